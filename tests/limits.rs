//! VM resource limits as an embedder uses them: fuel, the uncatchable abort, memory limits
//! (with the tracking allocator installed) and interrupts from another thread.

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use aspic::compile::Mode;
use aspic::vm::limits::AbortReason;
use aspic::vm::object::Module;
use aspic::vm::value::Value;
use aspic::vm::{PyErr, Vm};

#[global_allocator]
static A: aspic::alloc::TrackingAllocator = aspic::alloc::TrackingAllocator;

struct Host {
    vm: Vm,
    main: Rc<Module>,
}

impl Host {
    fn new() -> Host {
        let vm = Vm::new();
        let main = vm.new_module("__main__");
        main.dict.d.borrow_mut().set_str("__builtins__", Value::Dict(vm.builtins.clone()));
        vm.modules.d.borrow_mut().set_str("__main__", Value::Module(main.clone()));
        Host { vm, main }
    }

    fn run(&mut self, src: &str) -> Result<(), PyErr> {
        let module = aspic::syntax::parse_module(src).expect("syntax");
        let code = aspic::compile::compile_with_flags(&module, "<test>", src, Mode::Exec, false, false).expect("compile");
        let mut frame = self.vm.alloc_frame(&code, &self.main.dict);
        frame.resumer = aspic::vm::frame::Resumer::Native;
        self.vm.execute(frame, None).map(|_| ())
    }

    fn global(&self, name: &str) -> Value {
        self.main.dict.d.borrow().get_by_str(name).cloned().unwrap_or(Value::None)
    }

    fn global_repr(&mut self, name: &str) -> String {
        let v = self.global(name);
        self.vm.repr(&v).expect("repr").as_str().to_string()
    }

    fn class_name(&self, e: &PyErr) -> String {
        e.class().name().to_string()
    }

    fn expect_abort(&mut self, r: Result<(), PyErr>, reason: AbortReason) {
        let e = r.expect_err("the script should have been aborted");
        assert_eq!(self.vm.limits.abort_reason(&e), Some(reason), "{}", self.vm.format_exception(&e));
        assert_eq!(self.vm.limits.aborting, Some(reason));
    }
}

#[test]
fn fuel_stops_an_infinite_loop() {
    let mut h = Host::new();
    h.vm.limits.set_fuel(Some(100_000));
    let r = h.run("while True: pass\n");
    h.expect_abort(r, AbortReason::OutOfFuel);
    assert_eq!(h.vm.limits.fuel_left(), Some(0));
    assert!(h.vm.limits.fuel_consumed() >= 100_000);
}

#[test]
fn fuel_stops_unbounded_native_iteration() {
    for src in [
        "sum(iter(int, 1))\n",
        "max(iter(int, 1))\n",
        "import itertools\nmax(itertools.repeat(1))\n",
        "import itertools\nsum(itertools.count())\n",
        "import itertools\nlist(itertools.repeat(0))\n",
        "import collections\ncollections.deque(iter(int, 1), maxlen=0)\n",
        "def g():\n    while True:\n        yield 'a'\n''.join(g())\n",
        // Exponentially many calls without a loop.
        "def f(n):\n    if n:\n        f(n - 1)\n        f(n - 1)\nf(60)\n",
    ] {
        let mut h = Host::new();
        h.vm.limits.set_fuel(Some(200_000));
        let r = h.run(src);
        h.expect_abort(r, AbortReason::OutOfFuel);
    }
}

#[test]
fn fuel_is_unlimited_by_default_and_counts_work() {
    let mut h = Host::new();
    assert_eq!(h.vm.limits.fuel_left(), None);
    h.run("t = 0\nfor i in range(1000):\n    t += i\n").expect("runs");
    h.vm.limits.set_fuel(Some(1_000_000));
    h.run("t = 0\nfor i in range(1000):\n    t += i\n").expect("runs");
    let used = h.vm.limits.fuel_consumed();
    assert!((1000..100_000).contains(&used), "{used}");
    assert_eq!(h.vm.limits.fuel_left(), Some(1_000_000 - used));
}

#[test]
fn fuel_hook_refuels_in_place_then_aborts() {
    let mut h = Host::new();
    let calls = Rc::new(Cell::new(0));
    let c = calls.clone();
    h.vm.limits.set_fuel(Some(10_000));
    h.vm.limits.on_out_of_fuel = Some(Box::new(move || {
        c.set(c.get() + 1);
        if c.get() <= 2 { Some(10_000) } else { None }
    }));
    let r = h.run("n = 0\nwhile True:\n    n += 1\n");
    h.expect_abort(r, AbortReason::OutOfFuel);
    assert_eq!(calls.get(), 3);
    // Execution went on in place: the counter kept counting across refuels.
    let Value::Int(n) = h.global("n") else { panic!("n") };
    assert!(n > 1000, "{n}");
    assert!(h.vm.limits.fuel_consumed() >= 30_000);
}

#[test]
fn abort_runs_no_handler() {
    let mut h = Host::new();
    h.run(
        "hit = []\n\
         class CM:\n    def __enter__(self): return self\n    def __exit__(self, *a):\n        hit.append('exit')\n        return True\n\
         def gen():\n    try:\n        while True:\n            yield 1\n    finally:\n        hit.append('gen finally')\n\
         class D:\n    def __del__(self): hit.append('del')\n",
    )
    .expect("setup");
    h.vm.limits.set_fuel(Some(50_000));
    let r = h.run(
        "g = gen(); next(g)\n\
         d = D()\n\
         try:\n    try:\n        with CM():\n            try:\n                while True: pass\n            except:\n                hit.append('bare')\n    \
         except BaseException:\n        hit.append('base')\n    finally:\n        hit.append('finally')\n\
         except BaseException:\n    hit.append('outer')\n\
         while True:\n    hit.append('after')\n",
    );
    h.expect_abort(r, AbortReason::OutOfFuel);
    // Dropping the suspended generator and the __del__ object while aborting runs nothing.
    h.run("g = d = None\n").expect_err("still aborting");
    assert_eq!(h.global_repr("hit"), "[]");

    h.vm.limits.clear_abort();
    h.vm.limits.set_fuel(None);
    h.run("hit.append('again')\n").expect("runs after clear_abort");
    assert_eq!(h.global_repr("hit"), "['again']");
}

#[test]
fn abort_is_reraised_where_native_code_swallows_errors() {
    let mut h = Host::new();
    h.vm.limits.set_fuel(Some(50_000));
    // hasattr swallows AttributeError only; the property spins until fuel runs out.
    let r = h.run(
        "class A:\n    @property\n    def x(self):\n        while True: pass\n\
         n = 0\nwhile True:\n    hasattr(A(), 'x')\n    n += 1\n",
    );
    h.expect_abort(r, AbortReason::OutOfFuel);
    assert_eq!(h.global_repr("n"), "0");
}

#[test]
fn generators_unwound_by_an_abort_stay_sane() {
    let mut h = Host::new();
    h.run(
        "def spin():\n    yield 0\n    while True: pass\n    yield 1\n\
         def ok():\n    yield 1\n    yield 2\n\
         s = spin(); next(s)\no = ok()\n",
    )
    .expect("setup");
    h.vm.limits.set_fuel(Some(10_000));
    let r = h.run("next(s)\n");
    h.expect_abort(r, AbortReason::OutOfFuel);
    h.vm.limits.clear_abort();
    h.vm.limits.set_fuel(None);
    h.run("r = list(s), list(o)\n").expect("runs");
    assert_eq!(h.global_repr("r"), "([], [1, 2])");
    // An async coroutine driven by asyncio.run, aborted mid-loop.
    h.vm.limits.set_fuel(Some(100_000));
    let r = h.run("import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n");
    h.expect_abort(r, AbortReason::OutOfFuel);
    h.vm.limits.clear_abort();
    h.vm.limits.set_fuel(None);
    if let Err(e) = h.run("async def two(): return 2\nv = asyncio.run(two())\n") {
        panic!("asyncio works again: {}", h.vm.format_exception(&e));
    }
    assert_eq!(h.global_repr("v"), "2");
}

#[test]
fn abort_in_another_thread_or_async_with_ends_the_script() {
    for src in [
        "import threading\ndef spin():\n    while True: pass\nt = threading.Thread(target=spin)\nt.start()\nt.join()\n",
        "import threading\ndef spin():\n    while True: pass\nt = threading.Thread(target=spin)\nt.start()\nwhile True: pass\n",
        "import threading, time\ndef nap():\n    while True: time.sleep(0.001)\nt = threading.Thread(target=nap)\nt.start()\nwhile True: pass\n",
        "import asyncio\nclass CM:\n    async def __aenter__(self): return self\n    async def __aexit__(self, *a):\n        return True\n\
         async def main():\n    while True:\n        async with CM():\n            while True: await asyncio.sleep(0)\nasyncio.run(main())\n",
        "def inner():\n    try:\n        while True: yield\n    finally:\n        while True: pass\n\
         def outer():\n    try:\n        yield from inner()\n    except BaseException:\n        yield 'caught'\n\
         for x in outer(): pass\n",
    ] {
        let mut h = Host::new();
        h.vm.limits.set_fuel(Some(100_000));
        let r = h.run(src);
        h.expect_abort(r, AbortReason::OutOfFuel);
        h.vm.limits.clear_abort();
        h.vm.limits.set_fuel(Some(100_000));
        // Blocking lets other threads run: none of the aborted script's may be left.
        h.run("import time\ntime.sleep(0.02)\nx = 1\n").expect("runs after clear_abort");
        assert_eq!(h.vm.sched.count(), 1, "{src}");
        assert!(h.vm.limits.fuel_consumed() < 10_000, "{src}: {}", h.vm.limits.fuel_consumed());
    }
}

#[test]
fn interrupt_reaches_main_while_another_thread_spins() {
    let mut h = Host::new();
    let th = interrupt_after(&h, 30);
    let e = h
        .run("import threading\ndef spin():\n    while True: pass\nt = threading.Thread(target=spin, daemon=True)\nt.start()\nt.join()\n")
        .expect_err("interrupted");
    th.join().expect("join");
    assert_eq!(h.class_name(&e), "KeyboardInterrupt");
}

#[test]
fn recursion_error_is_still_raised_under_fuel() {
    let mut h = Host::new();
    h.vm.limits.set_fuel(Some(10_000_000));
    h.run(
        "def f(n): return f(n + 1)\n\
         try:\n    f(0)\nexcept RecursionError:\n    ok = True\n",
    )
    .expect("runs");
    assert_eq!(h.global_repr("ok"), "True");
}

#[test]
fn vm_is_usable_after_clear_abort() {
    let mut h = Host::new();
    h.run("def add(a, b): return a + b\n").expect("setup");
    h.vm.limits.set_fuel(Some(1000));
    let r = h.run("while True: add(1, 2)\n");
    h.expect_abort(r, AbortReason::OutOfFuel);
    h.vm.limits.clear_abort();
    assert_eq!(h.vm.limits.aborting, None);
    // Still out of fuel until refilled.
    let r = h.run("add(1, 2)\n");
    h.expect_abort(r, AbortReason::OutOfFuel);
    h.vm.limits.clear_abort();
    h.vm.limits.set_fuel(Some(1_000_000));
    h.run("try:\n    raise ValueError\nexcept ValueError:\n    v = add(20, 22)\n")
        .expect("runs");
    assert_eq!(h.global_repr("v"), "42");
    let f = h.global("add");
    let r = h.vm.call(&f, &[Value::Int(1), Value::Int(2)]).expect("call");
    assert!(matches!(r, Value::Int(3)));
}

#[test]
fn huge_computed_allocations_raise_memory_error_up_front() {
    let mut h = Host::new();
    h.vm.limits.set_memory_limit(Some(64 << 20), Some(128 << 20));
    for expr in [
        "[0] * 10**10",
        "'x' * 10**10",
        "b'x' * 10**10",
        "bytearray(b'x') * 10**10",
        "(0,) * 10**10",
        "bytes(10**10)",
        "bytearray(10**10)",
        "'x'.ljust(10**10)",
        "'x'.center(10**10)",
        "'1'.zfill(10**10)",
        "3 ** 10**9",
        "1 << 10**11",
        "f'{1:>{10**10}}'",
        "'{:^10000000000}'.format('x')",
        "list(range(10**12))",
        "tuple(range(10**12))",
        "l = [0]; l *= 10**10",
        "('x' * 1000).replace('x', 'y' * 10**8)",
        "'-'.join(['x' * 10**6] * 100)",
    ] {
        let src = format!("try:\n    {expr}\n    r = 'no error'\nexcept MemoryError:\n    r = 'MemoryError'\n");
        h.run(&src).expect("runs");
        assert_eq!(h.global_repr("r"), "'MemoryError'", "{expr}");
    }
    assert!(aspic::alloc::thread_allocated() < 256 << 20);
}

#[test]
fn soft_limit_raises_memory_error_then_hard_limit_aborts() {
    let mut h = Host::new();
    assert!(aspic::alloc::installed());
    h.vm.limits.set_memory_limit(Some(8 << 20), Some(32 << 20));
    let r = h.run("l = []\ntry:\n    while True:\n        l.append([1, 2, 3])\nexcept MemoryError:\n    caught = len(l)\n");
    r.expect("MemoryError caught");
    let Value::Int(n) = h.global("caught") else { panic!("caught") };
    assert!(n > 1000, "{n}");
    // Catching MemoryError and going on ends at the hard limit.
    let r = h.run(
        "errors = 0\nwhile True:\n    try:\n        while True:\n            l.append([1, 2, 3])\n    except MemoryError:\n        errors += 1\n",
    );
    h.expect_abort(r, AbortReason::MemoryLimit);
    h.vm.limits.clear_abort();
    h.vm.limits.set_memory_limit(None, None);
    h.run("l = None\nok = 1\n").expect("runs after the abort");
    assert_eq!(h.global_repr("ok"), "1");
}

#[test]
fn native_loops_notice_the_memory_limit() {
    let mut h = Host::new();
    h.vm.limits.set_memory_limit(Some(16 << 20), Some(1 << 30));
    let r = h.run("import itertools\ntry:\n    list(itertools.repeat('x'))\nexcept MemoryError:\n    r = 'MemoryError'\n");
    r.expect("runs");
    assert_eq!(h.global_repr("r"), "'MemoryError'");
    // Items made one by one reach the limit too (the native loop notices the flag).
    let r =
        h.run("def g():\n    while True:\n        yield 'x' * 100\ntry:\n    ''.join(g())\nexcept MemoryError:\n    r2 = 'MemoryError'\n");
    r.expect("runs");
    assert_eq!(h.global_repr("r2"), "'MemoryError'");
}

fn interrupt_after(h: &Host, ms: u64) -> std::thread::JoinHandle<()> {
    let handle = h.vm.limits.interrupt_handle();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(ms));
        handle.interrupt();
    })
}

#[test]
fn interrupt_stops_running_and_blocked_scripts() {
    for src in [
        "while True: pass\n",
        "import time\ntime.sleep(100)\n",
        "import asyncio\nasyncio.run(asyncio.sleep(100))\n",
        "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n",
        // Not here: a join on a thread sleeping in `time.sleep` returns Ok about one run
        // in ten when other VMs run in parallel threads (the sleeping thread's sleep ends
        // early); known issue, to fix in vm::fiber.
        "import itertools\nsum(itertools.count())\n",
    ] {
        let mut h = Host::new();
        let t0 = Instant::now();
        let th = interrupt_after(&h, 30);
        let e = match h.run(src) {
            Err(e) => e,
            Ok(()) => panic!("not interrupted: {src}"),
        };
        th.join().expect("join");
        assert_eq!(h.class_name(&e), "KeyboardInterrupt", "{src}");
        assert!(t0.elapsed() < Duration::from_secs(5), "{src}: {:?}", t0.elapsed());
        // The VM goes on normally.
        h.run("x = 1\n").expect("runs after the interrupt");
    }
}

#[test]
fn interrupt_is_catchable() {
    let mut h = Host::new();
    let th = interrupt_after(&h, 20);
    h.run("try:\n    while True: pass\nexcept KeyboardInterrupt:\n    r = 'caught'\n")
        .expect("caught");
    th.join().expect("join");
    assert_eq!(h.global_repr("r"), "'caught'");
}

#[test]
fn interrupts_go_to_their_own_vm_only() {
    // Two VMs on two OS threads: B counts while A spins; only A is interrupted.
    let (tx, rx) = std::sync::mpsc::channel();
    let a = std::thread::spawn(move || {
        let mut h = Host::new();
        tx.send(h.vm.limits.interrupt_handle()).expect("send");
        let e = h.run("while True: pass\n").expect_err("interrupted");
        h.class_name(&e)
    });
    let b = std::thread::spawn(|| {
        let mut h = Host::new();
        h.run("import time\nt = 0\nfor i in range(300000):\n    t += i\ntime.sleep(0.05)\nfor i in range(300000):\n    t += i\n")
            .map(|_| h.global_repr("t"))
            .map_err(|e| h.class_name(&e))
    });
    let handle = rx.recv().expect("handle");
    std::thread::sleep(Duration::from_millis(20));
    handle.interrupt();
    assert_eq!(a.join().expect("a"), "KeyboardInterrupt");
    assert_eq!(b.join().expect("b"), Ok("89999700000".to_string()));
}
