//! The embedding API, used as a host would: only `aspic::` public items.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::time::Duration;

use aspic::{Args, Bytes, ClassBuilder, Error, ErrorKind, Interpreter, Native, NativeClass, Value};

/// An interpreter whose stdout and stderr are captured.
fn captured() -> (Interpreter, Rc<RefCell<String>>, Rc<RefCell<String>>) {
    let out = Rc::new(RefCell::new(String::new()));
    let err = Rc::new(RefCell::new(String::new()));
    let (o, e) = (out.clone(), err.clone());
    let py = Interpreter::builder()
        .stdout_fn(move |s| o.borrow_mut().push_str(s))
        .stderr_fn(move |s| e.borrow_mut().push_str(s))
        .build()
        .unwrap();
    (py, out, err)
}

#[test]
fn exec_eval_and_globals() {
    let (mut py, out, _) = captured();
    py.exec("x = 20\ndef f(a, b=2):\n    return a * b + x\nprint('ready')").unwrap();
    assert_eq!(*out.borrow(), "ready\n");
    assert_eq!(py.eval::<i64>("f(11)").unwrap(), 42);
    py.set_global("x", 0).unwrap();
    assert_eq!(py.eval::<i64>("f(3, 3)").unwrap(), 9);
    assert!(py.global("nope").is_none());
    let e = py.get_global::<i64>("nope").unwrap_err();
    assert_eq!(e.to_string(), "NameError: name 'nope' is not defined");
    let m = py.import("math").unwrap();
    let pi: f64 = py.getattr(&m, "pi").unwrap();
    assert!((pi - std::f64::consts::PI).abs() < 1e-15);
}

#[test]
fn conversions_both_ways() {
    let mut py = Interpreter::new().unwrap();
    let v = py.value(vec![1i64, 2, 3]).unwrap();
    assert_eq!(py.repr(&v).unwrap(), "[1, 2, 3]");
    let mut m = BTreeMap::new();
    m.insert("a".to_string(), (1i32, Some(2.5f64)));
    m.insert("b".to_string(), (2, None));
    let v = py.value(m.clone()).unwrap();
    assert_eq!(py.repr(&v).unwrap(), "{'a': (1, 2.5), 'b': (2, None)}");
    let identity = py.eval("lambda d: d").unwrap();
    let back: BTreeMap<String, (i32, Option<f64>)> = py.call(&identity, (v,)).unwrap();
    assert_eq!(back, m);
    let h: HashMap<i64, String> = py.eval("{1: 'one', 2: 'two'}").unwrap();
    assert_eq!(h[&2], "two");
    assert_eq!(py.eval::<Bytes>("b'ab' + bytes([0])").unwrap(), Bytes(b"ab\0".to_vec()));
    assert_eq!(py.eval::<Vec<u8>>("[1, 2]").unwrap(), vec![1, 2]);
    assert_eq!(py.eval::<Vec<i64>>("range(3)").unwrap(), vec![0, 1, 2]);
    assert_eq!(
        py.eval::<(bool, String, ())>("(True, 'é', None)").unwrap(),
        (true, "é".to_string(), ())
    );
    assert_eq!(py.eval::<Option<i64>>("None").unwrap(), None);
    assert_eq!(py.eval::<num_like::Big>("2**100").unwrap().0, "1267650600228229401496703205376");
    assert!(py.eval::<bool>("[1]").unwrap());
    assert_eq!(py.eval::<f64>("7").unwrap(), 7.0);
    // Mismatches are TypeError / OverflowError.
    let e = py.eval::<i64>("'x'").unwrap_err();
    assert_eq!(e.type_name(), "TypeError");
    let e = py.eval::<u8>("300").unwrap_err();
    assert_eq!(e.type_name(), "OverflowError");
    let e = py.eval::<u32>("-1").unwrap_err();
    assert_eq!(e.message(), "can't convert negative int to unsigned");
    let e = py.eval::<(i64, i64)>("(1, 2, 3)").unwrap_err();
    assert_eq!(e.to_string(), "ValueError: expected a sequence of length 2, got 3");
}

mod num_like {
    /// A host type converted through the public traits.
    pub struct Big(pub String);
    impl aspic::FromValue for Big {
        fn from_value(v: aspic::Value, py: &mut aspic::Interpreter) -> Result<Self, aspic::Error> {
            py.str(&v).map(Big)
        }
    }
}

#[test]
fn calls_attributes_and_items() {
    let mut py = Interpreter::new().unwrap();
    py.exec("class P:\n    def __init__(self):\n        self.items = {}\n    def get(self, k, default=None):\n        return self.items.get(k, default)\np = P()").unwrap();
    let p = py.global("p").unwrap();
    let items: Value = py.getattr(&p, "items").unwrap();
    py.set_item(&items, "k", 5).unwrap();
    assert_eq!(py.call_method::<i64>(&p, "get", ("k",)).unwrap(), 5);
    assert_eq!(py.call_method::<Option<i64>>(&p, "get", ("zz",)).unwrap(), None);
    py.setattr(&p, "name", "pp").unwrap();
    assert_eq!(py.eval::<String>("p.name").unwrap(), "pp");
    assert_eq!(py.get_item::<i64>(&items, "k").unwrap(), 5);
    let e = py.get_item::<i64>(&items, "missing").unwrap_err();
    assert_eq!(e.to_string(), "KeyError: 'missing'");
    let get: Value = py.getattr(&p, "get").unwrap();
    let d = py.value(9).unwrap();
    assert_eq!(py.call_kw::<i64>(&get, ("q",), vec![("default", d)]).unwrap(), 9);
    let e = py.call::<Value>(&get, ()).unwrap_err();
    assert_eq!(e.message(), "P.get() missing 1 required positional argument: 'k'");
}

#[test]
fn native_functions_convert_and_raise_like_builtins() {
    let mut py = Interpreter::new().unwrap();
    py.register_function("add", |_, (a, b): (i64, i64)| Ok(a + b)).unwrap();
    py.register_function("greet", |_, (name, punct): (String, Option<String>)| {
        Ok(format!("hi {name}{}", punct.unwrap_or_default()))
    })
    .unwrap();
    py.register_function("fail", |_, ()| -> Result<(), Error> { Err(Error::new("KeyError", "nope")) })
        .unwrap();
    py.register_function("kw", |_, a: Args| Ok(a.keyword("x").is_some())).unwrap();
    py.exec(concat!(
        "out = []\n",
        "out.append(add(2, 3))\n",
        "out.append(greet('bob'))\n",
        "out.append(greet('bob', '!'))\n",
        "for call in (lambda: add(1), lambda: add(1, 2, 3), lambda: add('1', 2), lambda: add(1, b=2),\n",
        "             lambda: greet(), lambda: greet(1)):\n",
        "    try:\n",
        "        call()\n",
        "    except TypeError as e:\n",
        "        out.append(str(e))\n",
        "try:\n",
        "    fail()\n",
        "except KeyError as e:\n",
        "    out.append(repr(e))\n",
        "out.append(kw(x=1))\n",
        "out.append(add.__name__)\n",
    ))
    .unwrap();
    let out: Vec<Value> = py.get_global("out").unwrap();
    let text: Vec<String> = out.iter().map(|v| py.str(v).unwrap()).collect();
    assert_eq!(
        text,
        [
            "5",
            "hi bob",
            "hi bob!",
            "add expected 2 arguments, got 1",
            "add expected 2 arguments, got 3",
            "add() argument 1 must be int, not str",
            "add() takes no keyword arguments",
            "greet expected at least 1 argument, got 0",
            "greet() argument 1 must be str, not int",
            "KeyError('nope')",
            "True",
            "add",
        ]
    );
}

#[test]
fn errors_pass_through_host_functions_unchanged() {
    let mut py = Interpreter::new().unwrap();
    // A host function calling back into Python: the script's own exception object comes
    // back out, not a copy.
    py.register_function("apply", |py, (f, x): (Value, i64)| py.call::<Value>(&f, (x,)))
        .unwrap();
    py.exec(concat!(
        "class Boom(Exception):\n    pass\n",
        "def bad(x):\n    raise Boom(x)\n",
        "try:\n    apply(bad, 7)\nexcept Boom as e:\n    caught = e.args\n",
    ))
    .unwrap();
    assert_eq!(py.get_global::<(i64,)>("caught").unwrap(), (7,));
    let e = py.eval::<Value>("apply(bad, 1)").unwrap_err();
    assert_eq!(e.type_name(), "Boom");
    assert!(e.traceback().contains("in bad"), "{}", e.traceback());
    let e = py.eval::<Value>("apply(print, 'x', 'y')").unwrap_err();
    assert_eq!(e.to_string(), "TypeError: apply expected 2 arguments, got 3");
}

#[test]
fn syntax_errors_and_exit() {
    let mut py = Interpreter::new().unwrap();
    let e = py.exec_as("x = (1,\ny = 2\n", "conf.py").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Syntax);
    assert_eq!(e.type_name(), "SyntaxError");
    let plain = e.render(false);
    assert!(plain.contains("conf.py"), "{plain}");
    assert!(!plain.contains('\x1b'));
    assert!(e.render(true).contains('\x1b'));
    let e = py.exec("  x = 1").unwrap_err();
    assert_eq!(e.type_name(), "IndentationError");
    assert_eq!(e.message(), "unexpected indent");
    let e = py.exec("import sys\nsys.exit(3)").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::SystemExit(3));
    let e = py.exec("raise SystemExit").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::SystemExit(0));
    // The interpreter is still usable.
    assert_eq!(py.eval::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn modules_from_the_host() {
    let dir = std::env::temp_dir().join(format!("aspic_embed_mods_{}", std::process::id()));
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("pkg/__init__.py"), "from .util import twice\n").unwrap();
    std::fs::write(dir.join("pkg/util.py"), "def twice(x):\n    return 2 * x\n").unwrap();
    let mut py = Interpreter::builder()
        .search_path(&dir)
        .module_source("config", "NAME = 'demo'\nfrom pkg import twice\nLIMIT = twice(21)\n")
        .build()
        .unwrap();
    py.register_module("host", |m| {
        m.function("version", |_, ()| Ok("1.0"));
        m.value("DEBUG", false)?;
        Ok(())
    })
    .unwrap();
    py.exec("import config, host\nr = (config.NAME, config.LIMIT, host.version(), host.DEBUG)")
        .unwrap();
    assert_eq!(
        py.get_global::<(String, i64, String, bool)>("r").unwrap(),
        ("demo".into(), 42, "1.0".into(), false)
    );
    let e = py.exec("import not_there").unwrap_err();
    assert_eq!(e.to_string(), "ModuleNotFoundError: No module named 'not_there'");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_search_path_means_no_imports_from_the_current_directory() {
    let dir = std::env::temp_dir().join(format!("aspic_embed_cwd_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("sneaky_mod.py"), "X = 1\n").unwrap();
    let mut py = Interpreter::new().unwrap();
    let e = py
        .exec(&format!(
            "import sys\nimport os\nos.chdir({:?})\nimport sneaky_mod",
            dir.display().to_string()
        ))
        .unwrap_err();
    assert_eq!(e.type_name(), "ModuleNotFoundError");
    let _ = std::fs::remove_dir_all(&dir);
}

struct Vec2 {
    x: f64,
    y: f64,
}

impl NativeClass for Vec2 {
    const NAME: &'static str = "Vec2";
    fn define(c: &mut ClassBuilder<Self>) {
        c.constructor(|_, (x, y): (f64, f64)| Ok(Vec2 { x, y }))
            .getter("x", |_, v| Ok(v.x))
            .setter("x", |_, v, x: f64| {
                v.x = x;
                Ok(())
            })
            .getter("y", |_, v| Ok(v.y))
            .method("length", |_, v, ()| Ok((v.x * v.x + v.y * v.y).sqrt()))
            .method("__add__", |py, v, (o,): (Native<Vec2>,)| {
                let o = o.borrow();
                Ok(py.wrap(Vec2 {
                    x: v.x + o.x,
                    y: v.y + o.y,
                }))
            })
            .method("__repr__", |_, v, ()| Ok(format!("Vec2({}, {})", v.x, v.y)))
            .method("__len__", |_, _, ()| Ok(2))
            .method("__getitem__", |_, v, (i,): (i64,)| match i {
                0 => Ok(v.x),
                1 => Ok(v.y),
                _ => Err(Error::new("IndexError", "Vec2 index out of range")),
            })
            .method("__eq__", |_, v, (o,): (Value,)| Ok(o.as_f64().is_none() && v.x.is_finite()));
    }
}

struct Secret;

impl NativeClass for Secret {
    const NAME: &'static str = "Secret";
    fn define(c: &mut ClassBuilder<Self>) {
        c.method("peek", |_, _, ()| Ok(42));
    }
}

#[test]
fn native_classes() {
    let (mut py, out, _) = captured();
    py.register_class::<Vec2>().unwrap();
    let s = py.wrap(Secret);
    py.set_global("secret", s).unwrap();
    py.exec(concat!(
        "a = Vec2(3, 4)\n",
        "b = a + Vec2(1, 1)\n",
        "print(a, b, a.length(), len(a), list(a), a[1], type(a).__name__)\n",
        "a.x = 10\n",
        "print(a.x, isinstance(a, Vec2))\n",
        "for bad in (lambda: a[5], lambda: Vec2('a', 1), lambda: type(secret)(), lambda: setattr(a, 'y', 1),\n",
        "            lambda: Vec2.length(5)):\n",
        "    try:\n",
        "        bad()\n",
        "    except Exception as e:\n",
        "        print(type(e).__name__, e)\n",
        "print(secret.peek())\n",
    ))
    .unwrap();
    assert_eq!(
        *out.borrow(),
        concat!(
            "Vec2(3, 4) Vec2(4, 5) 5.0 2 [3.0, 4.0] 4.0 Vec2\n",
            "10.0 True\n",
            "IndexError Vec2 index out of range\n",
            "TypeError Vec2() argument 1 must be float, not str\n",
            "TypeError cannot create 'Secret' instances\n",
            "AttributeError attribute 'y' of 'Vec2' objects is not writable\n",
            "TypeError descriptor 'length' for 'Vec2' objects doesn't apply to a 'int' object\n",
            "42\n",
        )
    );
    let b: Native<Vec2> = py.get_global("b").unwrap();
    assert_eq!((b.borrow().x, b.borrow().y), (4.0, 5.0));
    let e = py.get_global::<Native<Vec2>>("secret").err().unwrap();
    assert_eq!(e.type_name(), "TypeError");
}

#[test]
fn output_goes_to_the_sinks_in_order() {
    let (mut py, out, err) = captured();
    py.exec(concat!(
        "import sys, threading\n",
        "print('a')\n",
        "sys.stdout.write('b\\n')\n",
        "t = threading.Thread(target=print, args=('from thread',))\n",
        "t.start(); t.join()\n",
        "print('é' * 3, end='')\n",
        "print('err', file=sys.stderr)\n",
    ))
    .unwrap();
    assert_eq!(*out.borrow(), "a\nb\nfrom thread\nééé");
    assert_eq!(*err.borrow(), "err\n");
}

#[test]
fn finalizers_run_when_the_interpreter_is_dropped() {
    let out = Rc::new(RefCell::new(String::new()));
    let o = out.clone();
    {
        let mut py = Interpreter::builder()
            .stdout_fn(move |s| o.borrow_mut().push_str(s))
            .build()
            .unwrap();
        py.exec(concat!(
            "class D:\n    def __del__(self):\n        print('del')\n",
            "def g():\n    try:\n        yield 1\n    finally:\n        print('finally')\n",
            "d = D()\nit = g()\nnext(it)\n",
        ))
        .unwrap();
        assert_eq!(*out.borrow(), "");
    }
    assert_eq!(*out.borrow(), "del\nfinally\n");
}

#[test]
fn one_interpreter_per_thread_and_reuse_after_drop() {
    let py = Interpreter::new().unwrap();
    let e = Interpreter::new().err().unwrap();
    assert!(e.message().contains("one per thread"), "{e}");
    drop(py);
    // A fresh interpreter on the same thread gets fresh per-thread state: complex
    // numbers, locks and the event loop from the first one must not leak into it.
    for _ in 0..2 {
        let mut py = Interpreter::new().unwrap();
        py.exec(concat!(
            "import asyncio, threading\n",
            "async def main():\n    await asyncio.sleep(0)\n    return 1j\n",
            "r = asyncio.run(main())\n",
            "ok = isinstance(r, object) and isinstance(threading.Lock(), object) and isinstance(r, complex)\n",
        ))
        .unwrap();
        assert!(py.get_global::<bool>("ok").unwrap());
    }
}

#[test]
fn interpreters_on_several_threads_at_once() {
    let handles: Vec<_> = (0..4)
        .map(|i| {
            std::thread::spawn(move || {
                let mut py = Interpreter::new().unwrap();
                py.set_global("i", i).unwrap();
                py.exec("import asyncio\nasync def f(n):\n    await asyncio.sleep(0.01)\n    return sum(range(n)) + i\nr = asyncio.run(f(1000))").unwrap();
                py.get_global::<i64>("r").unwrap()
            })
        })
        .collect();
    let results: Vec<i64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(results, vec![499500, 499501, 499502, 499503]);
}

#[test]
fn deep_recursion_on_a_small_host_stack_is_a_recursion_error() {
    // Hosts run interpreters on ordinary threads (2 MiB here): native re-entry into
    // Python must stop with RecursionError before the Rust stack does.
    let h = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(|| {
            let mut py = Interpreter::new().unwrap();
            let mut kinds = Vec::new();
            for src in [
                "def f(n):\n    return f(n + 1)\nf(0)",
                "class R:\n    def __repr__(self):\n        return repr(R())\nrepr(R())",
                "def k(x):\n    return sorted([1, 2], key=k)\nk(0)",
                "class E:\n    def __eq__(self, o):\n        return [E()] == [E()]\nE() == E()",
                "def g():\n    yield from g()\nnext(g())",
            ] {
                kinds.push(py.exec(src).unwrap_err().type_name().to_string());
            }
            py.set_global("n", 3).unwrap();
            assert_eq!(py.eval::<i64>("n * 2").unwrap(), 6);
            kinds
        })
        .unwrap();
    let kinds = h.join().unwrap();
    assert!(kinds.iter().all(|k| k == "RecursionError"), "{kinds:?}");
}

// ---- async ---------------------------------------------------------------------------

#[test]
fn run_until_complete_keeps_the_loop_between_calls() {
    let (mut py, out, _) = captured();
    py.exec(concat!(
        "import asyncio\n",
        "log = []\n",
        "async def ticker():\n    while True:\n        log.append('t')\n        await asyncio.sleep(0.001)\n",
        "async def wait(n):\n    await asyncio.sleep(n)\n    return n\n",
    ))
    .unwrap();
    let t = py.eval("ticker()").unwrap();
    let task = py.spawn(&t).unwrap();
    let c = py.eval("wait(0.01)").unwrap();
    assert_eq!(py.run_until_complete::<f64>(&c).unwrap(), 0.01);
    let n1 = py.eval::<usize>("len(log)").unwrap();
    assert!(n1 >= 2, "{n1}");
    let c = py.eval("wait(0.005)").unwrap();
    py.run_until_complete::<f64>(&c).unwrap();
    assert!(py.eval::<usize>("len(log)").unwrap() > n1);
    py.call_method::<bool>(&task, "cancel", ()).unwrap();
    let c = py.eval("asyncio.sleep(0)").unwrap();
    py.run_until_complete::<()>(&c).unwrap();
    assert!(py.call_method::<bool>(&task, "cancelled", ()).unwrap());
    let c = py.eval("asyncio.wait_for(wait(1), 0.001)").unwrap();
    let e = py.run_until_complete::<f64>(&c).unwrap_err();
    assert_eq!(e.type_name(), "TimeoutError");
    assert_eq!(*out.borrow(), "");
}

#[test]
fn run_ready_steps_the_loop_without_blocking() {
    let mut py = Interpreter::builder().virtual_time(false).build().unwrap();
    py.exec(concat!(
        "import asyncio\n",
        "log = []\n",
        "async def job():\n    log.append('start')\n    await asyncio.sleep(0.02)\n    log.append('end')\n",
    ))
    .unwrap();
    let c = py.eval("job()").unwrap();
    py.spawn(&c).unwrap();
    let st = py.run_ready().unwrap();
    assert_eq!(py.get_global::<Vec<String>>("log").unwrap(), vec!["start"]);
    let next = st.next_timer.expect("a timer");
    assert!(next <= Duration::from_millis(20), "{next:?}");
    let started = std::time::Instant::now();
    // A host main loop: step, then do its own work until the next deadline.
    loop {
        let st = py.run_ready().unwrap();
        if st.next_timer.is_none() && st.ready == 0 {
            break;
        }
        std::thread::sleep(st.next_timer.unwrap_or_default().min(Duration::from_millis(5)));
    }
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(py.get_global::<Vec<String>>("log").unwrap(), vec!["start", "end"]);
}

#[test]
fn host_futures_completed_from_other_threads() {
    let mut py = Interpreter::new().unwrap();
    py.register_function("fetch", |py, (url, delay_ms): (String, u64)| {
        let (fut, done) = py.create_future()?;
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(delay_ms));
            if url.contains("bad") {
                done.reject(Error::new("ConnectionError", format!("cannot reach {url}")));
            } else if url.contains("drop") {
                drop(done);
            } else {
                done.resolve(format!("body:{url}"));
            }
        });
        Ok(fut)
    })
    .unwrap();
    py.exec(concat!(
        "import asyncio\n",
        "async def main():\n",
        "    out = await asyncio.gather(fetch('a', 20), fetch('b', 1), fetch('bad', 5), fetch('drop', 1),\n",
        "                               return_exceptions=True)\n",
        "    return [r if isinstance(r, str) else type(r).__name__ + ':' + str(r) for r in out]\n",
    ))
    .unwrap();
    let c = py.eval("main()").unwrap();
    let r: Vec<String> = py.run_until_complete(&c).unwrap();
    assert_eq!(r, ["body:a", "body:b", "ConnectionError:cannot reach bad", "CancelledError:"]);
}

#[test]
fn host_future_wakes_an_idle_loop() {
    // The loop has nothing else to do: it waits in its poller until the completion
    // arrives from another thread.
    let mut py = Interpreter::new().unwrap();
    let (fut, done) = py.create_future().unwrap();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(30));
        done.complete(|py| py.eval("{'k': [1, 2]}"));
    });
    py.set_global("fut", fut).unwrap();
    py.exec("async def main():\n    return (await fut)['k']").unwrap();
    let c = py.eval("main()").unwrap();
    let started = std::time::Instant::now();
    assert_eq!(py.run_until_complete::<Vec<i64>>(&c).unwrap(), vec![1, 2]);
    assert!(started.elapsed() < Duration::from_secs(2));
    t.join().unwrap();
}

/// A minimal executor: polls on this thread, parks until woken.
fn block_on<F: std::future::Future>(fut: F) -> F::Output {
    struct ThreadWaker(std::thread::Thread);
    impl std::task::Wake for ThreadWaker {
        fn wake(self: std::sync::Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = std::task::Waker::from(std::sync::Arc::new(ThreadWaker(std::thread::current())));
    let mut cx = std::task::Context::from_waker(&waker);
    let mut fut = std::pin::pin!(fut);
    loop {
        if let std::task::Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

#[test]
fn rust_futures_awaited_by_scripts_and_scripts_awaited_by_rust() {
    let mut py = Interpreter::new().unwrap();
    // A Rust future (a hand-made one-shot slot filled by another thread) as a Python
    // awaitable.
    type Slot = std::sync::Arc<std::sync::Mutex<(Option<i64>, Option<std::task::Waker>)>>;
    let slot: Slot = Default::default();
    let theirs = slot.clone();
    let fut = py
        .future_from(std::future::poll_fn(move |cx| {
            let mut s = theirs.lock().unwrap();
            match s.0.take() {
                Some(v) => std::task::Poll::Ready(Ok::<_, Error>(v + 1)),
                None => {
                    s.1 = Some(cx.waker().clone());
                    std::task::Poll::Pending
                }
            }
        }))
        .unwrap();
    let filler = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(20));
        let mut s = slot.lock().unwrap();
        s.0 = Some(41);
        if let Some(w) = s.1.take() {
            w.wake();
        }
    });
    py.set_global("fut", fut).unwrap();
    py.exec("import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    return await fut")
        .unwrap();
    let c = py.eval("main()").unwrap();
    // The script coroutine as a Rust future, under a foreign executor.
    let r = block_on(py.run_async(&c).unwrap()).unwrap();
    assert_eq!(r.as_i64(), Some(42));
    filler.join().unwrap();
    let c = py.eval("asyncio.sleep(0.02, 'done')").unwrap();
    let started = std::time::Instant::now();
    let r = block_on(py.run_async(&c).unwrap()).unwrap();
    assert_eq!(r.as_str(), Some("done"));
    assert!(started.elapsed() >= Duration::from_millis(20));
}
