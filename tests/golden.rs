//! Golden test runner: runs every `tests/py/<area>/<name>.py` through the
//! `aspic` binary and compares stdout with `<name>.out`, the exit status with
//! `<name>.code` (default 0) and, if `<name>.err` exists, the last non-empty
//! line of stderr with its (trimmed) content. A `# aspic-args: --virtual-time` line
//! among the program's leading comments passes those options to aspic.
//!
//! Tests listed in `tests/py/XFAIL` are expected to fail: a failure is reported
//! as a pass (silently), a pass is reported as a failure so the list shrinks.

use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);

fn py_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("py")
}

fn is_helper(path: &Path) -> bool {
    let stem_helper = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("helper_"));
    let in_pkg = path
        .components()
        .any(|c| c.as_os_str().to_str().is_some_and(|s| s.starts_with("helper_pkg")));
    stem_helper || in_pkg
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") && !is_helper(&p) {
            out.push(p);
        }
    }
}

fn load_xfail(root: &Path) -> HashSet<String> {
    let Ok(text) = fs::read_to_string(root.join("XFAIL")) else {
        return HashSet::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn trial_name(root: &Path, py: &Path) -> String {
    let rel = py.strip_prefix(root).unwrap_or(py).with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Minimal line diff (LCS based) rendered in a unified-like style.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let (n, m) = (a.len(), b.len());
    let mut out = String::from("--- expected\n+++ actual\n");
    if n * m > 4_000_000 {
        for l in &a {
            out.push_str(&format!("-{l}\n"));
        }
        for l in &b {
            out.push_str(&format!("+{l}\n"));
        }
        return out;
    }
    // lcs[i][j] = LCS length of a[i..], b[j..]
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // Build edit script, then print hunks with 3 lines of context.
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(('+', b[j]));
            j += 1;
        } else {
            ops.push(('-', a[i]));
            i += 1;
        }
    }
    let keep: Vec<bool> = (0..ops.len())
        .map(|k| {
            let lo = k.saturating_sub(3);
            let hi = (k + 3).min(ops.len() - 1);
            (lo..=hi).any(|x| ops[x].0 != ' ')
        })
        .collect();
    let mut last_kept = true;
    for (k, (c, l)) in ops.iter().enumerate() {
        if keep[k] {
            if !last_kept {
                out.push_str("@@ ... @@\n");
            }
            out.push_str(&format!("{c}{l}\n"));
            last_kept = true;
        } else {
            last_kept = false;
        }
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out.push_str("(difference in trailing newline)\n");
    }
    out
}

fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// Extra aspic options from a `# aspic-args: ...` line among the leading comment lines
/// of the program (python3 ignores it when recording).
fn aspic_args(py: &Path) -> Vec<String> {
    let Ok(src) = fs::read_to_string(py) else { return vec![] };
    src.lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .find_map(|l| l.strip_prefix('#').map(str::trim).and_then(|l| l.strip_prefix("aspic-args:")))
        .map(|a| a.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// The exit status as a shell reports it: 128 + n for a process killed by signal n
/// (CPython ends by SIGINT after an uncaught KeyboardInterrupt; record.sh sees 130).
fn shell_status(st: &std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    st.code().or_else(|| st.signal().map(|s| 128 + s))
}

fn run_one(py: &Path) -> Result<(), String> {
    let out_path = py.with_extension("out");
    let expected_out = fs::read_to_string(&out_path).map_err(|e| format!("missing expected output {}: {e}", out_path.display()))?;
    let expected_code: i32 = match fs::read_to_string(py.with_extension("code")) {
        Ok(s) => s.trim().parse().map_err(|e| format!("bad .code file: {e}"))?,
        Err(_) => 0,
    };
    let expected_err = fs::read_to_string(py.with_extension("err")).ok().map(|s| s.trim().to_string());

    let dir = py.parent().unwrap_or(Path::new("."));
    let mut child = Command::new(env!("CARGO_BIN_EXE_aspic"))
        .args(aspic_args(py))
        .arg(py)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("failed to spawn aspic: {e}"))?;
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = so.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) => {
                if start.elapsed() > TIMEOUT {
                    let _ = child.kill();
                    let _ = child.wait();
                    let stderr = String::from_utf8_lossy(&t_err.join().unwrap_or_default()).into_owned();
                    return Err(format!(
                        "timed out after {}s\n--- stderr (last 20 lines) ---\n{}",
                        TIMEOUT.as_secs(),
                        tail(&stderr, 20)
                    ));
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let stdout = String::from_utf8_lossy(&t_out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&t_err.join().unwrap_or_default()).into_owned();

    let mut problems = Vec::new();
    if stdout != expected_out {
        problems.push(format!("stdout mismatch:\n{}", diff(&expected_out, &stdout)));
    }
    match shell_status(&status) {
        Some(c) if c == expected_code => {}
        Some(c) => problems.push(format!("exit status: expected {expected_code}, got {c}")),
        None => problems.push(format!("killed by signal (expected exit status {expected_code})")),
    }
    if let Some(want) = expected_err {
        let got = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
        if got != want {
            problems.push(format!("last stderr line mismatch:\n  expected: {want}\n  actual:   {got}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n--- stderr (last 20 lines) ---\n{}",
            problems.join("\n"),
            tail(&stderr, 20)
        ))
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = py_root();
    let xfail = load_xfail(&root);
    let mut files = Vec::new();
    collect(&root, &mut files);

    let mut trials = Vec::new();
    let mut missing_out = Vec::new();
    for py in files {
        let name = trial_name(&root, &py);
        if !py.with_extension("out").exists() {
            missing_out.push(name.clone());
        }
        let expect_fail = xfail.contains(&name);
        trials.push(Trial::test(name, move || match (run_one(&py), expect_fail) {
            (Ok(()), false) => Ok(()),
            (Err(msg), false) => Err(Failed::from(msg)),
            (Err(_), true) => Ok(()),
            (Ok(()), true) => Err(Failed::from("passes now: remove it from tests/py/XFAIL")),
        }));
    }
    trials.push(Trial::test("meta/every_py_has_out", move || {
        if missing_out.is_empty() {
            Ok(())
        } else {
            Err(Failed::from(format!(
                "these programs have no .out file (run tests/record.sh): {}",
                missing_out.join(", ")
            )))
        }
    }));
    libtest_mimic::run(&args, trials).exit();
}
