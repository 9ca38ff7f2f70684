//! Hostile scripts against an embedding host: each must end with the expected error
//! while the host stays intact (the interpreter keeps working afterwards). Only the
//! public API is used, as a host would.

use std::time::{Duration, Instant};

use aspic::{Capabilities, Capability, ErrorKind, Interpreter};

#[global_allocator]
static ALLOC: aspic::alloc::TrackingAllocator = aspic::alloc::TrackingAllocator;

/// A sandboxed interpreter: nothing of the host reachable, fuel and memory capped.
fn sandbox() -> Interpreter {
    Interpreter::builder()
        .capabilities(Capabilities::NONE)
        .fuel(20_000_000)
        .memory_limit(Some(64 << 20), Some(128 << 20))
        .stdout_fn(|_| {})
        .stderr_fn(|_| {})
        .build()
        .unwrap()
}

/// The host can still use the interpreter: fresh fuel, new code runs.
fn assert_intact(py: &mut Interpreter) {
    py.set_fuel(Some(1_000_000));
    assert_eq!(py.eval::<i64>("sum(range(10))").unwrap(), 45);
    py.exec("def ok():\n    return 'ok'").unwrap();
    assert_eq!(py.eval::<String>("ok()").unwrap(), "ok");
}

#[test]
fn endless_loops_run_out_of_fuel_whatever_they_catch() {
    let mut py = sandbox();
    for src in [
        "while True:\n    pass",
        "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass",
        "try:\n    while True: pass\nfinally:\n    while True: pass",
        "class W:\n    def __enter__(self): return self\n    def __exit__(self, *a): return True\nwhile True:\n    with W():\n        while True: pass",
        "import itertools\nsum(itertools.count())",
        "import itertools\nmax(itertools.repeat(1))",
        "import collections, itertools\ncollections.deque(itertools.repeat(1), maxlen=0)",
        "def g():\n    while True:\n        yield 1\nfor _ in g(): pass",
        "import threading\nthreading.Thread(target=lambda: [0 for _ in iter(int, 1)]).start()\nwhile True: pass",
        "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())",
        "import asyncio\nasync def hog():\n    while True: pass\nasyncio.run(hog())",
        "class D:\n    def __del__(self):\n        while True: pass\nd = D()\ndel d\nwhile True: pass",
    ] {
        py.set_fuel(Some(2_000_000));
        let started = Instant::now();
        let e = py.exec(src).unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::OutOfFuel, "{src}: {e}");
        assert!(started.elapsed() < Duration::from_secs(10), "{src}");
        assert_intact(&mut py);
    }
}

#[test]
fn recursion_that_catches_its_own_recursion_error_is_stopped() {
    // Exponential work with an ever longer exception chain: fuel or memory ends it.
    let mut py = sandbox();
    py.set_fuel(Some(5_000_000));
    let e = py
        .exec("def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()")
        .unwrap_err();
    let stopped = matches!(e.kind(), ErrorKind::OutOfFuel | ErrorKind::MemoryLimit) || e.type_name() == "MemoryError";
    assert!(stopped, "{e}");
    assert_intact(&mut py);
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let mut py = sandbox();
    for src in [
        "def f(n):\n    return f(n + 1)\nf(0)",
        "class R:\n    def __repr__(self):\n        return repr(R())\nrepr(R())",
        "def g():\n    yield from g()\nnext(g())",
        "l = []\nfor _ in range(100000):\n    l = [l]\nstr(l)",
        "async def a():\n    await a()\nimport asyncio\nasyncio.run(a())",
    ] {
        let e = py.exec(src).unwrap_err();
        assert_eq!(e.type_name(), "RecursionError", "{src}: {e}");
        assert_intact(&mut py);
    }
    // Deeply nested data is built and freed without deep Rust recursion (the host runs
    // this test on libtest's 2 MiB thread).
    py.set_fuel(None);
    py.exec(concat!(
        "l = []\nfor _ in range(100000):\n    l = [(l,)]\n",
        "class N:\n    pass\nn = None\nfor _ in range(100000):\n    m = N()\n    m.next = n\n    n = m\n",
    ))
    .unwrap();
    py.exec("del l, n, m").unwrap();
    // Raising the limit to reach the Rust stack needs the process capability.
    let e = py.exec("import sys\nsys.setrecursionlimit(10**9)").unwrap_err();
    assert_eq!(e.type_name(), "PermissionError");
}

#[test]
fn huge_allocations_are_memory_errors() {
    let mut py = sandbox();
    for src in [
        "'x' * 10**10",
        "[0] * 10**9",
        "b'ab' * 10**10",
        "bytearray(10**11)",
        "(1,) * 10**10",
        "7 ** (10**9)",
        "1 << 10**11",
        "f'{1:{10**10}}'",
        "'a'.ljust(10**11)",
        "list(range(10**10))",
        "'-'.join(['x' * 1000] * 10**7)",
    ] {
        let e = py.exec(src).unwrap_err();
        assert_eq!(e.type_name(), "MemoryError", "{src}: {e}");
        assert_intact(&mut py);
    }
}

#[test]
fn growing_memory_hits_the_soft_then_the_hard_limit() {
    let mut py = sandbox();
    py.set_fuel(None);
    let e = py.exec("l = []\nwhile True:\n    l.append('x' * 10000)").unwrap_err();
    assert_eq!(e.type_name(), "MemoryError", "{e}");
    py.exec("del l").unwrap();
    // A script that swallows MemoryError and keeps allocating meets the hard limit,
    // which it cannot catch. (The soft limit's MemoryError may surface where the script
    // does not catch it; a persistent script is simply run again.)
    py.exec("keep = []").unwrap();
    let mut reached_hard = false;
    for _ in 0..20 {
        let e = py
            .exec(concat!(
                "while True:\n    try:\n        while True:\n",
                "            keep.append([0] * 100)\n    except MemoryError:\n        pass",
            ))
            .unwrap_err();
        if e.kind() == &ErrorKind::MemoryLimit {
            reached_hard = true;
            break;
        }
        assert_eq!(e.type_name(), "MemoryError", "{e}");
    }
    assert!(reached_hard);
    // The hard limit held: the thread's heap is not far past it.
    assert!(
        aspic::alloc::thread_allocated() < (256 << 20),
        "{}",
        aspic::alloc::thread_allocated()
    );
    py.exec("del keep").unwrap();
    // Room for the host's next scripts.
    py.set_memory_limit(Some(256 << 20), Some(512 << 20)).unwrap();
    assert_intact(&mut py);
}

#[test]
fn denied_capabilities_leave_no_route_to_files_sockets_or_the_process() {
    let mut py = sandbox();
    let dir = std::env::temp_dir().join(format!("aspic_hostile_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let secret = dir.join("secret.txt");
    std::fs::write(&secret, "host secret").unwrap();
    let path = secret.display().to_string();
    let attempts = [
        format!("open({path:?}).read()"),
        format!("import io\nio.open({path:?}).read()"),
        format!("import os\nos.open({path:?}, os.O_RDONLY)"),
        format!("import posix\nposix.open({path:?}, 0)"),
        format!("import pathlib\npathlib.Path({path:?}).read_text()"),
        format!("import os\nos.listdir({:?})", dir.display().to_string()),
        format!("import os\nos.remove({path:?})"),
        format!("import shutil\nshutil.copy({path:?}, '/tmp/x')"),
        format!(
            "import aiofiles, asyncio\nasync def m():\n    async with aiofiles.open({path:?}) as f:\n        return await f.read()\nasyncio.run(m())"
        ),
        "import socket\nsocket.socket()".to_string(),
        "import socket\nsocket.create_connection(('127.0.0.1', 9))".to_string(),
        "import socket\nsocket.getaddrinfo('localhost', 80)".to_string(),
        "import asyncio\nasyncio.run(asyncio.open_connection('127.0.0.1', 9))".to_string(),
        "import asyncio\nasyncio.run(asyncio.start_server(lambda r, w: None, '127.0.0.1', 0))".to_string(),
        "import urllib.request\nurllib.request.urlopen('http://127.0.0.1:9/')".to_string(),
        "import os\nos.write(1, b'leak')".to_string(),
        "import os\nos.close(0)".to_string(),
        "import os\nos._exit(0)".to_string(),
        "import os\nos.kill(os.getpid(), 9)".to_string(),
        "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)".to_string(),
        "import os\nos.environ['PATH'] = ''".to_string(),
        "import time\ntime.time()".to_string(),
        "input()".to_string(),
    ];
    for src in &attempts {
        let e = py.exec(src).unwrap_err();
        // urllib reports socket errors as URLError with the PermissionError as reason.
        let denied =
            e.type_name() == "PermissionError" || (e.type_name() == "URLError" && e.message().contains("network access is disabled"));
        assert!(denied, "{src}: {e}");
        assert_intact(&mut py);
    }
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), "host secret");
    assert_eq!(py.eval::<Option<String>>("__import__('os').environ.get('PATH')").unwrap(), None);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn exit_ends_the_script_not_the_host() {
    let mut py = sandbox();
    let e = py.exec("import sys\nsys.exit(7)").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::SystemExit(7));
    let e = py.exec("raise SystemExit('bye')").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::SystemExit(1));
    let e = py
        .exec("import threading\nthreading.Thread(target=lambda: exit(3)).start()\nraise SystemExit(4)")
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::SystemExit(4));
    assert_intact(&mut py);
}

#[test]
fn interrupts_stop_loops_and_waits() {
    // No fuel limit here: the interrupt alone must stop them.
    let mut py = Interpreter::builder()
        .capabilities(Capabilities::NONE)
        .stdout_fn(|_| {})
        .build()
        .unwrap();
    for src in [
        "while True:\n    pass",
        "import time\ntime.sleep(100)",
        "import asyncio\nasyncio.run(asyncio.sleep(100))",
        "import threading\nthreading.Event().wait()",
        "import itertools\nsum(itertools.count())",
    ] {
        let handle = py.interrupt_handle();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(30));
            handle.interrupt();
        });
        let started = Instant::now();
        let e = py.exec(src).unwrap_err();
        t.join().unwrap();
        assert_eq!(e.type_name(), "KeyboardInterrupt", "{src}: {e}");
        assert!(started.elapsed() < Duration::from_secs(5), "{src}");
        assert_intact(&mut py);
    }
}

#[test]
fn fuel_hook_refuels_in_place_and_abandons_later() {
    let mut py = sandbox();
    py.set_fuel(Some(50_000));
    let calls = std::rc::Rc::new(std::cell::Cell::new(0));
    let c = calls.clone();
    py.on_out_of_fuel(move || {
        c.set(c.get() + 1);
        (c.get() <= 4).then_some(50_000)
    });
    // Enough work for three refuels: it completes, and its state is intact.
    py.exec("n = 0\nfor i in range(30000):\n    n += i").unwrap();
    assert_eq!(py.get_global::<i64>("n").unwrap(), 449985000);
    let e = py.exec("while True: pass").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::OutOfFuel);
    assert_eq!(calls.get(), 5);
}

#[test]
fn a_capability_can_be_denied_alone() {
    let mut py = Interpreter::builder().deny(Capability::Network).build().unwrap();
    let e = py.exec("import socket\nsocket.socket()").unwrap_err();
    assert_eq!(e.type_name(), "PermissionError");
    // Everything else is there.
    assert!(py.eval::<f64>("__import__('time').time()").unwrap() > 0.0);
}
