//! Async in both directions: a script awaits host operations that worker threads
//! complete, while the host drives the script's event loop from its own main loop
//! (one `run_ready` per "frame"), then awaits a script coroutine from Rust async code.
//!
//! cargo run --release --example embed_async

use std::time::{Duration, Instant};

use aspic::{Error, Interpreter};

const SCRIPT: &str = r#"
import asyncio
import host

async def player(name, url):
    print(f"{name}: loading {url}")
    try:
        data = await host.fetch(url)          # completed by a host worker thread
    except ConnectionError as e:
        print(f"{name}: failed ({e})")
        return 0
    await asyncio.sleep(0.01)                 # timers run on the host's frames
    print(f"{name}: got {data!r}")
    return len(data)

async def level():
    sizes = await asyncio.gather(
        player("alice", "maps/forest"),
        player("bob", "maps/cave"),
        player("carol", "maps/missing"),
    )
    return sum(sizes)
"#;

fn main() -> Result<(), Error> {
    let mut py = Interpreter::new()?;

    // host.fetch(url) returns a future; a worker thread completes it later.
    py.register_module("host", |m| {
        m.function("fetch", |py, (url,): (String,)| {
            let (future, done) = py.create_future()?;
            std::thread::spawn(move || {
                // Stand-in for real I/O: a delay per map, then the contents.
                let ms = match url.as_str() {
                    "maps/cave" => 5,
                    "maps/forest" => 30,
                    _ => 60,
                };
                std::thread::sleep(Duration::from_millis(ms));
                if url.ends_with("missing") {
                    done.reject(Error::new("ConnectionError", format!("404 for {url}")));
                } else {
                    done.resolve(format!("<{url}>"));
                }
            });
            Ok(future)
        });
        Ok(())
    })?;
    py.exec_as(SCRIPT, "level.py")?;

    // The host's main loop: one non-blocking step of the script's loop per frame.
    let level = py.eval("level()")?;
    let task = py.spawn(&level)?;
    let started = Instant::now();
    let mut frames = 0;
    loop {
        frames += 1;
        let status = py.run_ready()?;
        if py.call_method::<bool>(&task, "done", ())? {
            break;
        }
        // A real host would render here; it sleeps until the next timer or 2 ms.
        let nap = status.next_timer.unwrap_or(Duration::from_millis(2)).min(Duration::from_millis(2));
        std::thread::sleep(nap);
        assert!(started.elapsed() < Duration::from_secs(10), "the level never finished");
    }
    let total: i64 = py.call_method(&task, "result", ())?;
    println!("level loaded: {total} bytes (after more than one frame: {})", frames > 1);

    // The other direction: a script coroutine awaited by Rust async code, under a tiny
    // hand-written executor (any executor works the same way).
    py.exec("async def compute(n):\n    await asyncio.sleep(0.01)\n    return n * n")?;
    let coro = py.eval("compute(12)")?;
    let value = block_on(py.run_async(&coro)?)?;
    println!("compute(12) awaited from Rust: {}", py.repr(&value)?);
    Ok(())
}

/// Polls a future on this thread, parking between wake-ups.
fn block_on<F: std::future::Future>(fut: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl std::task::Wake for Unpark {
        fn wake(self: std::sync::Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = std::task::Waker::from(std::sync::Arc::new(Unpark(std::thread::current())));
    let mut cx = std::task::Context::from_waker(&waker);
    let mut fut = std::pin::pin!(fut);
    loop {
        if let std::task::Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}
