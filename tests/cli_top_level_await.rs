//! `aspic --top-level-await script.py`: the script is compiled with CPython's
//! PyCF_ALLOW_TOP_LEVEL_AWAIT; when that makes it a coroutine it is run to completion.

use std::process::Command;

fn run(name: &str, args: &[&str], script: &str) -> (String, String, i32) {
    let dir = std::env::temp_dir().join(format!("aspic_tla_{}_{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("main.py");
    std::fs::write(&path, script).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_aspic"))
        .args(args)
        .arg(&path)
        .current_dir(&dir)
        .env("ASPIC_STDLIB_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/stdlib"))
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

const SCRIPT: &str = "async def double(x):\n    return x * 2\n\nasync def arange(n):\n    for i in range(n):\n        yield i\n\nx = await double(21)\nprint(x)\nasync for i in arange(2):\n    print('i', i)\nprint([v async for v in arange(3)])\n";

#[test]
fn top_level_await_runs_the_module_as_a_coroutine() {
    let (out, err, code) = run("tla", &["--top-level-await"], SCRIPT);
    assert_eq!(code, 0, "stderr: {err}");
    assert_eq!(out, "42\ni 0\ni 1\n[0, 1, 2]\n");
}

#[test]
fn without_the_flag_top_level_await_is_a_syntax_error() {
    let (_, err, code) = run("noflag", &[], SCRIPT);
    assert_eq!(code, 1);
    assert!(err.contains("'await' outside function"), "stderr: {err}");
}

#[test]
fn plain_scripts_run_unchanged_with_the_flag() {
    let (out, _, code) = run(
        "plain",
        &["--top-level-await"],
        "import sys\nprint('plain', __name__)\nsys.exit(4)\n",
    );
    assert_eq!(code, 4);
    assert_eq!(out, "plain __main__\n");
}

#[test]
fn help_mentions_the_flag() {
    let out = Command::new(env!("CARGO_BIN_EXE_aspic")).arg("--help").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("--top-level-await"));
}
