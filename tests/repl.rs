//! REPL sessions: each `tests/repl/<name>.txt` is typed into `aspic -m asyncio` through a
//! pipe, and stdout (prompts included, as CPython writes them when stdin is not a
//! terminal) must equal `<name>.out`, recorded with `python3 -m asyncio < <name>.txt`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn asyncio_repl_sessions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repl");
    let mut sessions: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/repl")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    sessions.sort();
    assert!(!sessions.is_empty());
    let mut failures = vec![];
    for s in &sessions {
        let input = std::fs::read_to_string(s).unwrap();
        let want = std::fs::read_to_string(s.with_extension("out")).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_aspic"))
            .args(["-m", "asyncio"])
            .current_dir(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn aspic");
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        let got = String::from_utf8_lossy(&out.stdout);
        if got != want || !out.status.success() {
            failures.push(format!(
                "{}: status {:?}\n--- expected\n{want}\n--- got\n{got}\n--- stderr\n{}",
                s.display(),
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
