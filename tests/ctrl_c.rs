//! Ctrl-C and virtual time, end to end: spawn the aspic binary, send SIGINT while it
//! loops, sleeps or waits on the event-loop poller, and check that it dies like CPython
//! (a traceback ending in `KeyboardInterrupt`, killed by SIGINT); and that a
//! `--virtual-time` program sleeping for minutes finishes at once with exact clocks.

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn aspic() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_aspic"));
    // SIGINT must not be inherited as ignored (as it is for background shell jobs).
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        c.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    c
}

/// Runs `code`, waits until it printed its first line (so it is inside the loop), sends
/// SIGINT and returns (signal that ended it or exit code, last stderr line, elapsed).
fn interrupt(code: &str) -> (Option<i32>, Option<i32>, String, Duration) {
    let mut child = aspic()
        .args(["-c", code])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn aspic");
    let mut out = child.stdout.take().expect("stdout");
    let mut first = [0u8; 6];
    out.read_exact(&mut first).expect("program prints 'ready\\n'");
    assert_eq!(&first, b"ready\n");
    let start = Instant::now();
    std::thread::sleep(Duration::from_millis(50));
    // SAFETY: signalling our own child.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let mut err = String::new();
    let mut se = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let _ = se.read_to_string(&mut err);
        err
    });
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break st;
        }
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("aspic did not stop on SIGINT: {code}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let err = reader.join().unwrap_or_default();
    let last = err.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").to_string();
    (status.signal(), status.code(), last, elapsed)
}

fn check_killed(code: &str) {
    let (sig, exit, last, elapsed) = interrupt(code);
    assert_eq!(sig, Some(libc::SIGINT), "exit code {exit:?}, stderr ends {last:?} for {code}");
    assert_eq!(last, "KeyboardInterrupt", "{code}");
    assert!(elapsed < Duration::from_secs(1), "took {elapsed:?}: {code}");
}

#[test]
fn ctrl_c_stops_a_busy_loop() {
    check_killed("import sys\nprint('ready', flush=True)\nwhile True: pass");
}

#[test]
fn ctrl_c_stops_a_loop_of_calls() {
    check_killed("def f(): return 1\nprint('ready', flush=True)\nwhile True: f()");
}

#[test]
fn ctrl_c_interrupts_time_sleep() {
    check_killed("import time\nprint('ready', flush=True)\ntime.sleep(60)");
}

#[test]
fn ctrl_c_interrupts_poller_wait() {
    check_killed("import _aspic_loop\np = _aspic_loop.Poller()\nprint('ready', flush=True)\np.wait(None)");
    check_killed("import _aspic_loop\np = _aspic_loop.Poller()\nprint('ready', flush=True)\np.wait(60)");
}

#[test]
fn ctrl_c_can_be_caught() {
    let code = "import time\nprint('ready', flush=True)\ntry:\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    import sys\n    sys.stderr.write('caught\\n')\n    sys.exit(3)";
    let (sig, exit, last, _) = interrupt(code);
    assert_eq!((sig, exit, last.as_str()), (None, Some(3), "caught"));
}

#[test]
fn python_sigint_handler_runs_and_sleep_resumes() {
    let code = "import signal, time, sys\nhits = []\nsignal.signal(signal.SIGINT, lambda s, f: hits.append(s))\nprint('ready', flush=True)\nt = time.monotonic()\ntime.sleep(0.3)\nsys.stderr.write('%s %s\\n' % (hits, time.monotonic() - t >= 0.29))";
    let (sig, exit, last, _) = interrupt(code);
    assert_eq!((sig, exit, last.as_str()), (None, Some(0), "[2] True"));
}

#[test]
fn virtual_time_sleeps_take_no_time() {
    let code = "import time, _aspic_loop\nt = time.monotonic(); w = time.time(); l = _aspic_loop.time()\ntime.sleep(100)\nprint(time.monotonic() - t, time.time() - w)\np = _aspic_loop.Poller()\nfor _ in range(10): p.wait(0.5)\nprint(_aspic_loop.time() - l, _aspic_loop.virtual_time())";
    let start = Instant::now();
    let out = aspic().args(["--virtual-time", "-c", code]).output().expect("run aspic");
    assert!(start.elapsed() < Duration::from_secs(2), "took {:?}", start.elapsed());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "100.0 100.0\n105.0 True\n");
}
