//! The interactive REPL on a real terminal, driven through tmux (skipped when tmux is not
//! installed): output of a background task appears while the prompt waits, Ctrl-C cancels
//! a running `await`, a multi-line `async def` typed line by line works, Tab completes.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Session {
    name: String,
}

impl Session {
    fn start(name: &str, cmd: &str) -> Option<Session> {
        let ok = Command::new("tmux")
            .args(["-L", name, "new-session", "-d", "-s", name, "-x", "120", "-y", "40", cmd])
            .status()
            .ok()?
            .success();
        ok.then(|| Session { name: name.to_string() })
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["-L", &self.name, "send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        let _ = Command::new("tmux").args(&args).status();
    }

    fn line(&self, text: &str) {
        self.keys(&["-l", text]);
        self.keys(&["Enter"]);
        sleep(Duration::from_millis(250));
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.name, "capture-pane", "-p", "-t", &self.name])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `text` (at most `secs`).
    fn wait_for(&self, text: &str, secs: f64) -> bool {
        let end = Instant::now() + Duration::from_secs_f64(secs);
        while Instant::now() < end {
            if self.screen().contains(text) {
                return true;
            }
            sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.name, "kill-server"]).status();
    }
}

#[test]
fn asyncio_repl_on_a_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux not installed: skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("aspic-pty-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let cmd = format!(
        "ASPIC_HISTORY={} NO_COLOR=1 {} -m asyncio",
        dir.join("history").display(),
        env!("CARGO_BIN_EXE_aspic")
    );
    let s = Session::start(&format!("aspic-test-{}", std::process::id()), &cmd).expect("tmux session");
    assert!(s.wait_for(">>> ", 10.0), "no prompt:\n{}", s.screen());
    // A multi-line async def, typed line by line (continuation lines are auto-indented).
    s.line("async def tick():");
    s.line("for i in range(3):");
    s.line("print('tick', i)");
    s.line("await asyncio.sleep(0.3)");
    s.line("");
    // A background task prints while the prompt waits for input.
    s.line("t = asyncio.create_task(tick())");
    assert!(s.wait_for("tick 2", 5.0), "background output missing:\n{}", s.screen());
    // Ctrl-C cancels a running await; the next prompt comes back quickly.
    s.line("await asyncio.sleep(30)");
    sleep(Duration::from_millis(300));
    s.keys(&["C-c"]);
    assert!(s.wait_for("KeyboardInterrupt", 2.0), "Ctrl-C did not cancel:\n{}", s.screen());
    s.line("print('after', 6 * 7)");
    assert!(s.wait_for("after 42", 3.0), "REPL did not continue:\n{}", s.screen());
    // Tab completes a module attribute.
    s.keys(&["-l", "asyncio.ga"]);
    s.keys(&["Tab"]);
    assert!(s.wait_for("asyncio.gather", 3.0), "no completion:\n{}", s.screen());
    s.keys(&["C-u"]);
    s.keys(&["C-d"]);
    let _ = std::fs::remove_dir_all(&dir);
}
