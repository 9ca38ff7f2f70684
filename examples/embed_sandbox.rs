//! Running untrusted scripts: capabilities, fuel, memory limits and an interrupt from
//! another thread. Every hostile script ends with an error; the host goes on.
//!
//! cargo run --release --example embed_sandbox

use std::time::Duration;

use aspic::{Capabilities, Capability, ErrorKind, Interpreter};

// Memory limits count the heap per thread through this allocator.
#[global_allocator]
static ALLOC: aspic::alloc::TrackingAllocator = aspic::alloc::TrackingAllocator;

fn main() -> Result<(), aspic::Error> {
    let mut py = Interpreter::builder()
        // Scripts may read the clock, nothing else of the host.
        .capabilities(Capabilities::NONE)
        .fuel(5_000_000)
        .memory_limit(Some(32 << 20), Some(64 << 20))
        .build()?;
    // Same as `.capabilities(..)` above, one at a time on another builder:
    let _ = Interpreter::builder().deny(Capability::Filesystem).deny(Capability::Network);

    let scripts = [
        ("endless loop", "while True:\n    pass"),
        (
            "loop that catches everything",
            "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass",
        ),
        ("huge string", "s = 'x' * 10**12"),
        ("growing list", "l = []\nwhile True:\n    l.append(bytes(10000))"),
        ("deep recursion", "def f():\n    return f()\nf()"),
        ("read a file", "print(open('/etc/hostname').read())"),
        ("open a socket", "import socket\nsocket.create_connection(('example.com', 80))"),
        ("kill the host", "import os\nos._exit(1)"),
        ("exit", "import sys\nsys.exit(3)"),
    ];
    for (what, src) in scripts {
        py.set_fuel(Some(5_000_000));
        match py.exec(src) {
            Ok(()) => println!("{what:30} finished?!"),
            Err(e) => {
                let how = match e.kind() {
                    ErrorKind::OutOfFuel => "stopped: out of fuel".to_string(),
                    ErrorKind::MemoryLimit => "stopped: hard memory limit".to_string(),
                    ErrorKind::SystemExit(code) => format!("exited with status {code}"),
                    _ => format!("raised {}", e.type_name()),
                };
                println!("{what:30} {how}");
            }
        }
        // After running out, a script gets no fuel until the host gives more.
        py.set_fuel(Some(5_000_000));
        py.exec("l = s = None")?;
    }

    // Refuelling in place: a budget per "frame" for a long computation.
    py.set_fuel(Some(100_000));
    let mut frames = 0;
    py.on_out_of_fuel(move || {
        frames += 1;
        (frames < 1000).then_some(100_000)
    });
    let n: i64 = py.eval("sum(i * i for i in range(200000))")?;
    println!("long computation done with refuels: {n}");

    // An interrupt from another thread (a watchdog): KeyboardInterrupt in the script.
    py.set_fuel(None);
    let watchdog = py.interrupt_handle();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        watchdog.interrupt();
    });
    let e = py.exec("import time\ntime.sleep(3600)").unwrap_err();
    println!("{:30} raised {}", "sleep for an hour", e.type_name());

    // The interpreter is intact.
    println!("still working: {}", py.eval::<i64>("6 * 7")?);
    Ok(())
}
