//! Capabilities: hostile snippets run in a VM with one capability denied must end in
//! PermissionError (or the documented behaviour), and work with it granted. The VM is
//! driven directly, as an embedder would.

use std::sync::atomic::{AtomicUsize, Ordering};

use aspic::vm::Vm;
use aspic::vm::caps::{Capabilities, Capability};
use aspic::vm::value::Value;

/// How a script ended: Ok, or the uncaught exception's class name and message line.
type Outcome = Result<(), (String, String)>;

/// Runs `src` in a fresh VM on a fresh thread: a restricted VM caps its thread (see
/// vm::caps), and the CLI's interpreter thread has a large stack.
fn run_in(caps: Capabilities, script_dir: &str, src: &str) -> Outcome {
    on_vm_thread(caps, script_dir, |vm| exec_in(vm, src))
}

fn on_vm_thread<T: Send + 'static>(caps: Capabilities, script_dir: &str, f: impl FnOnce(&mut Vm) -> T + Send) -> T {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(256 * 1024 * 1024)
            .spawn_scoped(s, || {
                let mut vm = Vm::new();
                vm.caps = caps;
                vm.script_dir = script_dir.to_string();
                f(&mut vm)
            })
            .unwrap()
            .join()
            .unwrap()
    })
}

/// Runs `src` as `__main__` in `vm`, then finalizes its objects.
fn exec_in(vm: &mut Vm, src: &str) -> Outcome {
    let module = aspic::syntax::parse_module(src).unwrap_or_else(|_| panic!("syntax error in:\n{src}"));
    let code = aspic::compile::compile_with_flags(&module, "<caps>", src, aspic::compile::Mode::Exec, false, false)
        .unwrap_or_else(|_| panic!("compile error in:\n{src}"));
    let main = vm.new_module("__main__");
    main.dict.d.borrow_mut().set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    vm.modules.d.borrow_mut().set_str("__main__", Value::Module(main.clone()));
    let mut frame = vm.alloc_frame(&code, &main.dict);
    frame.resumer = aspic::vm::frame::Resumer::Native;
    let r = vm.execute(frame, None);
    vm.shutdown_threads();
    let outcome = r.map(|_| ()).map_err(|e| {
        let text = vm.format_exception(&e);
        let last = text.trim_end().lines().last().unwrap_or_default().to_string();
        (e.class().name().to_string(), last)
    });
    // Finalizers of the script's objects run in this VM (as at the CLI's shutdown), not
    // in the next one on this thread.
    let keys = main.dict.d.borrow().keys();
    for k in keys {
        if let Value::Str(name) = k
            && name.as_str() != "__builtins__"
        {
            let old = main.dict.d.borrow().get_str(&name).cloned();
            main.dict.d.borrow_mut().set_pystr(name, Value::None);
            drop(old);
        }
    }
    vm.frame_pool.clear();
    vm.gc_collect();
    vm.run_pending_finalizers();
    vm.flush_stdout();
    outcome
}

fn run(caps: Capabilities, src: &str) -> Outcome {
    run_in(caps, "", src)
}

fn all_but(cap: Capability) -> Capabilities {
    Capabilities::ALL.without(cap)
}

#[track_caller]
fn assert_denied(cap: Capability, src: &str) {
    match run(all_but(cap), src) {
        Err((cls, msg)) if cls == "PermissionError" && msg.contains("disabled in this interpreter") => {}
        Err((cls, msg)) if cls == "PermissionError" && msg.contains("not created by this interpreter") => {}
        other => panic!("{cap:?} denied: expected PermissionError from\n{src}\ngot {other:?}"),
    }
}

#[track_caller]
fn assert_works(caps: Capabilities, src: &str) {
    if let Err(e) = run(caps, src) {
        panic!("expected success with {caps:?} from\n{src}\ngot {e:?}");
    }
}

/// Denied: PermissionError. Granted: runs to the end.
#[track_caller]
fn gated(cap: Capability, src: &str) {
    assert_denied(cap, src);
    assert_works(Capabilities::ALL, src);
}

/// Denied: PermissionError. Granted: ends with `granted_error` (reaching the resource
/// and failing there, e.g. a refused connection).
#[track_caller]
fn gated_then(cap: Capability, src: &str, granted_error: &str) {
    assert_denied(cap, src);
    match run(Capabilities::ALL, src) {
        Err((cls, _)) if cls == granted_error => {}
        other => panic!("granted: expected {granted_error} from\n{src}\ngot {other:?}"),
    }
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh directory holding `data.txt` ("secret"); removed when dropped.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let p = std::env::temp_dir().join(format!("aspic-caps-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&p).unwrap();
        std::fs::write(p.join("data.txt"), "secret").unwrap();
        TempDir(p)
    }
    fn path(&self) -> String {
        self.0.display().to_string()
    }
    /// `src` with {DIR} replaced by this directory.
    fn sub(&self, src: &str) -> String {
        src.replace("{DIR}", &self.path())
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// ---- filesystem ----------------------------------------------------------------------------

#[test]
fn filesystem_paths() {
    let snippets = [
        "assert open('{DIR}/data.txt').read() == 'secret'",
        "open('{DIR}/new.txt', 'w').write('x')",
        "assert 'data.txt' in __import__('os').listdir('{DIR}')",
        "assert [e.name for e in __import__('os').scandir('{DIR}')] == ['data.txt']",
        "assert __import__('os').stat('{DIR}/data.txt').st_size == 6",
        "import os\nopen('{DIR}/a', 'w').close()\nos.remove('{DIR}/a')",
        "import os\nopen('{DIR}/b', 'w').close()\nos.rename('{DIR}/b', '{DIR}/c')",
        "import os\nos.mkdir('{DIR}/d')\nos.rmdir('{DIR}/d')",
        "import os\nos.makedirs('{DIR}/e/f', exist_ok=True)",
        "import os\nos.getcwd()",
        "import pathlib\nassert pathlib.Path('{DIR}/data.txt').read_text() == 'secret'",
        "import pathlib\npathlib.Path('{DIR}/g.txt').write_text('x')",
        "import pathlib\nlist(pathlib.Path('{DIR}').iterdir())",
        "import pathlib\npathlib.Path.cwd()",
        "import shutil\nshutil.copy('{DIR}/data.txt', '{DIR}/copy.txt')",
        "import shutil, os\nos.mkdir('{DIR}/t')\nshutil.rmtree('{DIR}/t')",
        "import tempfile, os\nfd, p = tempfile.mkstemp(dir='{DIR}')\nos.close(fd)",
        "import tempfile\nwith tempfile.TemporaryDirectory(dir='{DIR}'):\n    pass",
        "import io\nassert io.FileIO('{DIR}/data.txt').read() == b'secret'",
        "import io\nassert io.open('{DIR}/data.txt', 'rb').read() == b'secret'",
        "import _aspic_io\nassert _aspic_io.open('{DIR}/data.txt').read() == 'secret'",
        "import posix\nposix.close(posix.open('{DIR}/data.txt', 0))",
        "import posix\nposix.listdir('{DIR}')",
        "import _aspic_fs\nassert _aspic_fs.read('{DIR}/data.txt') == 'secret'",
        "import _aspic_fs\n_aspic_fs.write('{DIR}/h.txt', 'x')",
        "import _aspic_fs\nassert _aspic_fs.exists('{DIR}/data.txt')",
        "import os\nos.chmod('{DIR}/data.txt', 0o644)",
        "import os\nos.utime('{DIR}/data.txt')",
        "import os\nos.access('{DIR}/data.txt', os.R_OK)",
        "import os\nos.symlink('{DIR}/data.txt', '{DIR}/link')\nos.readlink('{DIR}/link')",
        "import os\nos.truncate('{DIR}/data.txt', 6)",
        "import asyncio, aiofiles\nasync def main():\n    async with aiofiles.open('{DIR}/data.txt') as f:\n        assert await f.read() == 'secret'\nasyncio.run(main())",
    ];
    for s in snippets {
        let d = TempDir::new();
        gated(Capability::Filesystem, &d.sub(s));
    }
}

#[test]
fn filesystem_documented_behaviour() {
    let d = TempDir::new();
    let fs_off = all_but(Capability::Filesystem);
    // os.path predicates swallow OSError: a denied script sees nothing there.
    let src = d.sub("import os\nassert not os.path.exists('{DIR}/data.txt')\nassert not os.path.isdir('{DIR}')");
    assert_works(fs_off, &src);
    let src = d.sub("import os\nassert list(os.walk('{DIR}')) == []");
    assert_works(fs_off, &src);
    let src = d.sub("import os\nassert os.path.exists('{DIR}/data.txt')\nassert os.path.isdir('{DIR}')");
    assert_works(Capabilities::ALL, &src);
    // Modules beside the script are not imported from disk.
    std::fs::write(d.0.join("capsmod.py"), "X = 42\n").unwrap();
    let src = "import capsmod\nassert capsmod.X == 42";
    assert!(run_in(Capabilities::ALL, &d.path(), src).is_ok());
    match run_in(fs_off, &d.path(), src) {
        Err((cls, _)) if cls == "ModuleNotFoundError" => {}
        other => panic!("expected ModuleNotFoundError, got {other:?}"),
    }
    // importlib.reload reads the (script-settable) __file__ from disk.
    let src = d.sub("import importlib, json\njson.__file__ = '{DIR}/capsmod.py'\nimportlib.reload(json)\nassert json.X == 42");
    gated(Capability::Filesystem, &src);
    // Standard input is the host's fd 0.
    assert_denied(Capability::Filesystem, "input()");
    assert_denied(Capability::Filesystem, "import sys\nsys.stdin.readline()");
    assert_works(fs_off, "import sys\nassert sys.executable == ''");
    // The REPL's line editor (registered by the CLI) reads the terminal and history file.
    let r = on_vm_thread(fs_off, "", |vm| {
        let repl = aspic::repl::make_module(vm);
        vm.modules.d.borrow_mut().set_str("_aspic_repl", Value::Module(repl));
        exec_in(vm, "import _aspic_repl\n_aspic_repl.readline('>>> ')")
    });
    match r {
        Err((cls, _)) if cls == "PermissionError" => {}
        other => panic!("expected PermissionError, got {other:?}"),
    }
    // print and sys.stdout/sys.stderr go through the VM's output, not fds.
    assert_works(
        fs_off,
        "import sys\nprint('', end='')\nsys.stdout.write('')\nsys.stderr.write('')\nsys.stdout.flush()",
    );
}

/// A pipe the test created: the script must not be able to touch it.
struct HostPipe {
    r: i32,
    w: i32,
}

impl HostPipe {
    fn new() -> HostPipe {
        let mut fds = [0i32; 2];
        // SAFETY: fds has room for two descriptors.
        assert_eq!(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) }, 0);
        HostPipe { r: fds[0], w: fds[1] }
    }
    fn sub(&self, src: &str) -> String {
        src.replace("{R}", &self.r.to_string()).replace("{W}", &self.w.to_string())
    }
    /// The pipe still works and held nothing the script wrote.
    fn assert_intact(&self) {
        let mut buf = [0u8; 16];
        // SAFETY: reading into buf.
        let n = unsafe { libc::read(self.r, buf.as_mut_ptr().cast(), buf.len()) };
        assert_eq!(n, -1, "the script wrote into the host's pipe");
        // SAFETY: writing two bytes from a static buffer.
        assert_eq!(unsafe { libc::write(self.w, b"ok".as_ptr().cast(), 2) }, 2);
        // SAFETY: reading into buf.
        let n = unsafe { libc::read(self.r, buf.as_mut_ptr().cast(), buf.len()) };
        assert_eq!(&buf[..n.max(0) as usize], b"ok", "the host's pipe was broken");
    }
}

impl Drop for HostPipe {
    fn drop(&mut self) {
        // SAFETY: closing the test's own descriptors.
        unsafe {
            libc::close(self.r);
            libc::close(self.w);
        }
    }
}

#[test]
fn raw_fds_of_the_host() {
    let fs = Capability::Filesystem;
    let attacks = [
        "import os\nos.write({W}, b'pwned')",
        "import os\nos.read({R}, 10)",
        "import os\nos.close({W})",
        "import os\nos.dup({W})",
        "import os\nos.dup2({R}, {W})",
        "import os\nr, w = os.pipe()\nos.dup2(r, {W})",
        "import os\nos.fdopen({W}, 'w')",
        "import os\nos.fstat({R})",
        "import os\nos.lseek({R}, 0, 0)",
        "import os\nos.set_blocking({R}, True)",
        "import os\nos.get_blocking({R})",
        "import os\nos.isatty({R})",
        "import os\nos.ftruncate({W}, 0)",
        "import io\nio.open({W}, 'wb')",
        "import io\nio.FileIO({R})",
        "import posix\nposix.write({W}, b'pwned')",
        "import posix\nposix.readall({R})",
        "import socket\nsocket.socket(fileno={W})",
        "import _socket\n_socket.send({W}, b'pwned', 0, None)",
        "import _socket\n_socket.close({W})",
        "import select\nselect.select([{R}], [], [], 0)",
        "import select\np = select.poll()\np.register({R})\np.poll(0)",
        "import select\ne = select.epoll()\ne.register({R})",
        "import select\ne = select.epoll.fromfd({R})\ne.close()",
        "import select\ne = select.epoll.fromfd({R})\ntry:\n    e.poll(0)\nfinally:\n    e._epfd = -1",
        "import selectors\ns = selectors.DefaultSelector()\ns.register({R}, selectors.EVENT_READ)",
        "import _aspic_loop\n_aspic_loop.Poller().register({R}, _aspic_loop.EVENT_READ)",
        "import asyncio\nasync def main():\n    asyncio.get_running_loop().add_reader({R}, print)\nasyncio.run(main())",
        "import os\nos.get_terminal_size({W})",
    ];
    for a in attacks {
        let p = HostPipe::new();
        assert_denied(fs, &p.sub(a));
        p.assert_intact();
    }
    // Sweeping every descriptor number: only the script's own may be closed.
    let p = HostPipe::new();
    let sweep = "import os\nfor n in range(1024):\n    try:\n        os.close(n)\n    except OSError:\n        pass\n\
                 for n in range(1024):\n    try:\n        os.dup2(0, n)\n    except OSError:\n        pass";
    assert_works(all_but(fs), sweep);
    p.assert_intact();
    // Granted, the same descriptors are reachable (the test's own pipe only).
    let p = HostPipe::new();
    assert_works(
        Capabilities::ALL,
        &p.sub("import os\nos.write({W}, b'x')\nassert os.read({R}, 1) == b'x'"),
    );
    p.assert_intact();
}

#[test]
fn raw_fds_of_the_script() {
    // Descriptors the interpreter created for the script stay usable, and are no longer
    // the script's once closed.
    let src = "import os, io, select, socket
r, w = os.pipe()
os.write(w, b'hi')
assert select.select([r], [], [], 0)[0] == [r]
assert os.read(r, 2) == b'hi'
assert os.fstat(r).st_size == 0
w2 = os.dup(w)
os.write(w2, b'yo')
os.close(w2)
f = os.fdopen(r, 'rb', buffering=0)
assert f.read(2) == b'yo'
f.close()
try:
    os.read(r, 1)
    raise AssertionError('read after close')
except OSError:
    pass
os.close(w)
a, b = socket.socketpair()
a.sendall(b'ping')
assert b.recv(4) == b'ping'
c = socket.socket(fileno=os.dup(a.fileno()))
c.sendall(b'!')
assert b.recv(1) == b'!'
e = select.epoll()
e.register(b.fileno(), select.EPOLLIN)
a.send(b'x')
assert e.poll(0)
e.close()
for s in (a, b, c):
    s.close()
";
    assert_works(Capabilities::NONE, src);
    assert_works(Capabilities::ALL, src);
}

// ---- network -------------------------------------------------------------------------------

/// A local port with nothing listening (bound then closed by the test).
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

#[test]
fn network() {
    let net = Capability::Network;
    let port = closed_port().to_string();
    let sub = |s: &str| s.replace("{PORT}", &port);
    // Each one reaches a listening socket the script itself made.
    let works = [
        "import socket\nsocket.socket().close()",
        "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.close()",
        "import socket\ns = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\ns.close()",
        "import socket\nsocket.getaddrinfo('127.0.0.1', 80)",
        "import socket\nsocket.gethostbyname('127.0.0.1')",
        "import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.create_connection(srv.getsockname())
s, _ = srv.accept()
c.sendall(b'hi')
assert s.recv(2) == b'hi'
for x in (c, s, srv):
    x.close()",
        "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.sendto(b'x', ('127.0.0.1', {PORT}))\ns.close()",
        "import socket\nsrv = socket.create_server(('127.0.0.1', 0))\nsrv.close()",
        "import asyncio
async def main():
    async def handle(r, w):
        w.write(await r.read(2))
        await w.drain()
        w.close()
    srv = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(b'hi')
    assert await r.read(2) == b'hi'
    w.close()
    srv.close()
    await srv.wait_closed()
asyncio.run(main())",
        "import asyncio
async def main():
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    tr, _ = await loop.create_connection(asyncio.Protocol, '127.0.0.1', port)
    tr.close()
    srv.close()
asyncio.run(main())",
    ];
    for s in works {
        gated(net, &sub(s));
    }
    let refused = [
        "import socket\nsocket.create_connection(('127.0.0.1', {PORT}))",
        "import asyncio\nasyncio.run(asyncio.open_connection('127.0.0.1', {PORT}))",
        "import asyncio, socket
async def main():
    s = socket.socket()
    s.setblocking(False)
    await asyncio.get_running_loop().sock_connect(s, ('127.0.0.1', {PORT}))
asyncio.run(main())",
        "import urllib.request, urllib.error\ntry:\n    urllib.request.urlopen('http://127.0.0.1:{PORT}/')\nexcept urllib.error.URLError as e:\n    raise e.reason",
        "import http.client\nc = http.client.HTTPConnection('127.0.0.1', {PORT})\nc.request('GET', '/')",
    ];
    for s in refused {
        gated_then(net, &sub(s), "ConnectionRefusedError");
    }
    // A socket the host had open is out of reach even with filesystem access.
    let (host, peer) = std::os::unix::net::UnixStream::pair().unwrap();
    let fd = std::os::fd::AsRawFd::as_raw_fd(&host).to_string();
    for s in [
        "import os\nos.write({FD}, b'x')",
        "import socket\nsocket.socket(fileno={FD}).send(b'x')",
        "import os\nos.fstat({FD})",
    ] {
        assert_denied(net, &s.replace("{FD}", &fd));
    }
    peer.set_nonblocking(true).unwrap();
    let mut buf = [0u8; 4];
    assert!(
        std::io::Read::read(&mut &peer, &mut buf).is_err(),
        "the script wrote to the host's socket"
    );
    assert_works(Capabilities::ALL, &"import os\nos.fstat({FD})".replace("{FD}", &fd));
    drop(host);
    // An unnamed socket pair is local IPC, allowed without the network; it cannot be
    // pointed at an address.
    assert_works(
        all_but(net),
        "import socket\na, b = socket.socketpair()\na.send(b'x')\nassert b.recv(1) == b'x'\na.close()\nb.close()",
    );
    assert_denied(
        net,
        "import socket\na, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)\na.bind('\\0aspic-caps')",
    );
    assert_denied(
        net,
        "import socket\na, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)\na.sendto(b'x', '/dev/log')",
    );
}

// ---- environment ---------------------------------------------------------------------------

#[test]
fn environment() {
    let env = Capability::Environment;
    // Reads see an empty environment.
    assert_works(
        all_but(env),
        "import os\nassert len(os.environ) == 0 and dict(os.environ) == {}\nassert os.getenv('PATH') is None\n\
         assert 'PATH' not in os.environ and os.environ.get('HOME', 'x') == 'x'",
    );
    assert_works(Capabilities::ALL, "import os\nassert os.getenv('PATH') is not None");
    // Also when `os` was imported before the capability was taken away.
    on_vm_thread(Capabilities::ALL, "", |vm| {
        exec_in(vm, "import os\nassert os.getenv('PATH') is not None").unwrap();
        vm.caps = all_but(env);
        exec_in(vm, "import os\nassert os.getenv('PATH') is None and len(os.environ) == 0").unwrap();
    });
    // Writes raise.
    gated(
        env,
        "import os\nos.environ['ASPIC_CAPS_TEST_A'] = '1'\ndel os.environ['ASPIC_CAPS_TEST_A']",
    );
    gated(
        env,
        "import os\nos.putenv('ASPIC_CAPS_TEST_B', '1')\nos.unsetenv('ASPIC_CAPS_TEST_B')",
    );
    gated(env, "import os\nos.unsetenv('ASPIC_CAPS_TEST_C')");
    gated(env, "import socket\nsocket.gethostname()");
    assert!(std::env::var("ASPIC_CAPS_TEST_A").is_err());
}

// ---- process -------------------------------------------------------------------------------

#[test]
fn process() {
    let p = Capability::Process;
    gated(p, "import os\nos.kill(os.getpid(), 0)");
    assert_denied(p, "import os\nos._exit(3)");
    assert_denied(p, "import os, signal\nos.kill(os.getpid(), signal.SIGTERM)");
    assert_denied(p, "import signal\nsignal.raise_signal(signal.SIGTERM)");
    assert_denied(p, "import _thread\n_thread.interrupt_main()");
    gated(
        p,
        "import signal\nold = signal.signal(signal.SIGUSR2, lambda *a: None)\nsignal.signal(signal.SIGUSR2, old)",
    );
    gated(p, "import os\nold = os.umask(0o022)\nos.umask(old)");
    gated(p, "import os\nos.chdir('.')");
    gated(p, "import sys\nsys.setswitchinterval(sys.getswitchinterval())");
    // sys.exit only raises SystemExit, with or without process control.
    for caps in [all_but(p), Capabilities::ALL] {
        match run(caps, "import sys\nsys.exit(3)") {
            Err((cls, _)) if cls == "SystemExit" => {}
            other => panic!("expected SystemExit, got {other:?}"),
        }
    }
    // asyncio.run installs its Ctrl-C handler only when allowed to.
    assert_works(all_but(p), "import asyncio\nasyncio.run(asyncio.sleep(0))");
    // Raising the recursion limit lets a script use more of the host thread's stack;
    // lowering it is fine.
    gated(p, "import sys\nsys.setrecursionlimit(sys.getrecursionlimit() + 1)");
    assert_works(all_but(p), "import sys\nsys.setrecursionlimit(500)\nsys.setrecursionlimit(500)");
}

// ---- clock ---------------------------------------------------------------------------------

#[test]
fn clock() {
    let c = Capability::Clock;
    for s in [
        "import time\ntime.time()",
        "import time\ntime.time_ns()",
        "import time\ntime.localtime()",
        "import time\ntime.gmtime()",
        "import time\ntime.strftime('%Y')",
        "import datetime\ndatetime.datetime.now()",
        "import datetime\ndatetime.datetime.now(datetime.timezone.utc)",
        "import datetime\ndatetime.datetime.utcnow()",
        "import datetime\ndatetime.datetime.today()",
        "import datetime\ndatetime.date.today()",
    ] {
        gated(c, s);
    }
    // Monotonic time, sleeping, explicit times and the event loop keep working.
    assert_works(
        all_but(c),
        "import time, datetime, asyncio
t = time.monotonic(); time.perf_counter(); time.process_time(); time.monotonic_ns()
time.sleep(0)
assert time.monotonic() >= t
assert time.gmtime(0).tm_year == 1970
assert time.strftime('%Y', time.gmtime(0)) == '1970'
time.localtime(0)
assert datetime.datetime.fromtimestamp(0, datetime.timezone.utc).year == 1970
async def main():
    await asyncio.sleep(0.001)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.001)
    except TimeoutError:
        pass
    asyncio.get_running_loop().time()
asyncio.run(main())",
    );
    // Timestamps of new files (here a pipe) would tell the time.
    assert_works(all_but(c), "import os\nr, w = os.pipe()\nassert os.fstat(r).st_ctime == 0");
    assert_works(Capabilities::ALL, "import os\nr, w = os.pipe()\nassert os.fstat(r).st_ctime > 0");
}

// ---- everything denied ---------------------------------------------------------------------

#[test]
fn everything_denied_still_runs_programs() {
    let src = "import os, io, sys, time, random, json, asyncio, threading, socket, pathlib, datetime
import collections, functools, itertools, math, selectors, select, signal, struct, tempfile
import shutil, urllib.request, http.client, aiofiles, queue, contextlib, dataclasses
print('', end='')
sys.stdout.write('')
random.seed()
random.random()
assert json.loads(json.dumps({'a': [1, 2]})) == {'a': [1, 2]}
def gen():
    try:
        yield 1
        yield 2
    finally:
        pass
assert list(gen()) == [1, 2]
try:
    raise ValueError('x')
except ValueError as e:
    assert str(e) == 'x'
lock = threading.Lock()
total = []
def work(n):
    for _ in range(100):
        with lock:
            total.append(n)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert len(total) == 400
async def producer(q):
    for i in range(10):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)
async def consumer(q):
    got = []
    while (x := await q.get()) is not None:
        got.append(x)
    return got
async def main():
    q = asyncio.Queue()
    _, got = await asyncio.gather(producer(q), consumer(q))
    assert got == list(range(10))
    t = asyncio.create_task(asyncio.sleep(0.001, 'done'))
    assert await t == 'done'
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(10)
    except TimeoutError:
        pass
    await asyncio.to_thread(sum, [1, 2])
asyncio.run(main())
";
    assert_works(Capabilities::NONE, src);
    assert_works(Capabilities::ALL, src);
}

// ---- one thread, several interpreters ------------------------------------------------------

#[test]
fn restricted_vm_caps_its_thread() {
    // A restricted VM's code can outlive it on its thread (shared class caches, asyncio
    // state, finalizers run by whichever VM is next): every later VM there is capped too.
    let r = on_vm_thread(all_but(Capability::Process), "", |vm| {
        exec_in(vm, "pass").unwrap();
        let mut full = Vm::new();
        let r = exec_in(&mut full, "import os\nos.kill(os.getpid(), 0)");
        drop(full);
        r
    });
    match r {
        Err((cls, msg)) if cls == "PermissionError" && msg.contains("disabled on this thread") => {}
        other => panic!("expected the thread's ceiling, got {other:?}"),
    }
    // Other threads are not affected.
    assert_works(Capabilities::ALL, "import os\nos.kill(os.getpid(), 0)");
}
