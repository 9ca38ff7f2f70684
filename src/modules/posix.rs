//! `posix`: the system calls behind `os` (stdlib/os.py), `io` file objects and `os.path`.
//! Functions take positional arguments; paths arrive as `str` or `bytes` (os.py applies
//! `fspath` and keyword defaults). Errors are `OSError` subclasses by errno, with the
//! file name(s) attached as CPython does.

use std::ffi::{CString, OsStr};
use std::os::unix::ffi::OsStrExt;
use std::rc::Rc;

use super::{add_fn, aspic_loop};
use crate::vm::caps::Capability::{Environment, Filesystem, Process};
use crate::vm::object::Module;
use crate::vm::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A path argument: its bytes and whether it was given as `bytes`.
struct PathArg {
    bytes: Vec<u8>,
    is_bytes: bool,
    orig: Value,
}

impl PathArg {
    fn c(&self, vm: &Vm) -> PyResult<CString> {
        CString::new(self.bytes.clone()).map_err(|_| vm.value_error("embedded null byte"))
    }
    fn os(&self) -> &OsStr {
        OsStr::from_bytes(&self.bytes)
    }
}

fn path_arg(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<PathArg> {
    match v {
        Some(Value::Str(s)) => Ok(PathArg {
            bytes: s.as_str().as_bytes().to_vec(),
            is_bytes: false,
            orig: v.cloned().unwrap_or(Value::None),
        }),
        Some(Value::Bytes(b)) => Ok(PathArg {
            bytes: (**b).clone(),
            is_bytes: true,
            orig: v.cloned().unwrap_or(Value::None),
        }),
        Some(v) => Err(vm.type_error(format!(
            "{fname}: path should be string, bytes or os.PathLike, not {}",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!("{fname}() missing required argument 'path' (pos 1)"))),
    }
}

fn int_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(v) => vm.to_index(v),
        None => Err(vm.type_error("missing required argument")),
    }
}

fn fd_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    let i = int_arg(vm, v)?;
    i32::try_from(i).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

/// A descriptor argument the script may operate on (see `Vm::check_fd`).
fn owned_fd_arg(vm: &mut Vm, v: Option<&Value>, what: &str) -> PyResult<i32> {
    let fd = fd_arg(vm, v)?;
    vm.check_fd(fd, what)?;
    Ok(fd)
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// `OSError` for `errno`, with `filename` (and `filename2`) set.
fn err_with(vm: &Vm, errno: i32, f1: Option<&Value>, f2: Option<&Value>) -> PyErr {
    let e = aspic_loop::errno_error(vm, errno);
    if let Some(f) = f1 {
        e.0.set_attr_str("filename", f.clone());
    }
    if let Some(f) = f2 {
        e.0.set_attr_str("filename2", f.clone());
    }
    e
}

fn last_err(vm: &Vm, f1: Option<&Value>) -> PyErr {
    err_with(vm, errno(), f1, None)
}

/// Retries a system call interrupted by a signal (after running Python handlers).
fn retry(vm: &mut Vm, mut f: impl FnMut() -> isize) -> PyResult<Result<isize, i32>> {
    loop {
        let r = f();
        if r >= 0 {
            return Ok(Ok(r));
        }
        let e = errno();
        if e != libc::EINTR {
            return Ok(Err(e));
        }
        vm.check_signals()?;
    }
}

fn name_value(name: &[u8], as_bytes: bool) -> Value {
    if as_bytes {
        Value::Bytes(Rc::new(name.to_vec()))
    } else {
        Value::string(String::from_utf8_lossy(name).into_owned())
    }
}

#[allow(clippy::unnecessary_cast)] // field types differ between targets
fn stat_tuple(vm: &Vm, st: &libc::stat) -> Value {
    // Without the clock a new file's (or a pipe's) timestamps would tell the time.
    let mut st = *st;
    if !vm.effective_caps().clock {
        (st.st_atime, st.st_mtime, st.st_ctime) = (0, 0, 0);
        (st.st_atime_nsec, st.st_mtime_nsec, st.st_ctime_nsec) = (0, 0, 0);
    }
    let f = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let ns = |s: i64, ns: i64| {
        let v = s as i128 * 1_000_000_000 + ns as i128;
        match i64::try_from(v) {
            Ok(v) => Value::Int(v),
            Err(_) => Value::BigInt(Rc::new(v.into())),
        }
    };
    Value::tuple(vec![
        Value::Int(st.st_mode as i64),
        Value::Int(st.st_ino as i64),
        Value::Int(st.st_dev as i64),
        Value::Int(st.st_nlink as i64),
        Value::Int(st.st_uid as i64),
        Value::Int(st.st_gid as i64),
        Value::Int(st.st_size),
        Value::Int(st.st_atime),
        Value::Int(st.st_mtime),
        Value::Int(st.st_ctime),
        Value::Float(f(st.st_atime, st.st_atime_nsec)),
        Value::Float(f(st.st_mtime, st.st_mtime_nsec)),
        Value::Float(f(st.st_ctime, st.st_ctime_nsec)),
        ns(st.st_atime, st.st_atime_nsec),
        ns(st.st_mtime, st.st_mtime_nsec),
        ns(st.st_ctime, st.st_ctime_nsec),
        Value::Int(st.st_blksize as i64),
        Value::Int(st.st_blocks),
        Value::Int(st.st_rdev as i64),
    ])
}

fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok((**b).clone()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        v @ Value::Object(_) if crate::runtime::memoryview::view_bytes(v).is_some() => {
            Ok(crate::runtime::memoryview::view_bytes(v).unwrap_or_default())
        }
        v => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

fn none() -> PyResult<Value> {
    Ok(Value::None)
}

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("posix");
    add_fn(vm, &m, "getcwd", |vm, _, _| {
        vm.require(Filesystem, "os.getcwd")?;
        match std::env::current_dir() {
            Ok(p) => Ok(Value::string(p.to_string_lossy().into_owned())),
            Err(e) => Err(aspic_loop::io_error(vm, &e)),
        }
    });
    add_fn(vm, &m, "getcwdb", |vm, _, _| {
        vm.require(Filesystem, "os.getcwdb")?;
        match std::env::current_dir() {
            Ok(p) => Ok(Value::Bytes(Rc::new(p.as_os_str().as_bytes().to_vec()))),
            Err(e) => Err(aspic_loop::io_error(vm, &e)),
        }
    });
    add_fn(vm, &m, "getpid", |_, _, _| Ok(Value::Int(std::process::id() as i64)));
    // SAFETY (these four): plain queries without arguments.
    add_fn(vm, &m, "getppid", |_, _, _| Ok(Value::Int(unsafe { libc::getppid() } as i64)));
    add_fn(vm, &m, "getuid", |_, _, _| Ok(Value::Int(unsafe { libc::getuid() } as i64)));
    add_fn(vm, &m, "geteuid", |_, _, _| Ok(Value::Int(unsafe { libc::geteuid() } as i64)));
    add_fn(vm, &m, "getgid", |_, _, _| Ok(Value::Int(unsafe { libc::getgid() } as i64)));
    add_fn(vm, &m, "cpu_count", |_, _, _| {
        Ok(Value::Int(
            std::thread::available_parallelism().map(|n| n.get() as i64).unwrap_or(1),
        ))
    });
    add_fn(vm, &m, "umask", |vm, a, _| {
        vm.require(Process, "os.umask")?;
        let mask = int_arg(vm, a.first())?;
        // SAFETY: umask cannot fail.
        Ok(Value::Int(unsafe { libc::umask(mask as libc::mode_t) } as i64))
    });
    add_fn(vm, &m, "strerror", |vm, a, _| {
        let n = int_arg(vm, a.first())?;
        Ok(Value::string(aspic_loop::strerror(n as i32)))
    });
    add_fn(vm, &m, "urandom", |vm, a, _| {
        let n = int_arg(vm, a.first())?;
        if n < 0 {
            return Err(vm.value_error("negative argument not allowed"));
        }
        let mut buf = vec![0u8; n as usize];
        let mut got = 0;
        while got < buf.len() {
            // SAFETY: filling the rest of buf.
            let r = unsafe { libc::getrandom(buf[got..].as_mut_ptr().cast(), buf.len() - got, 0) };
            if r < 0 {
                if errno() == libc::EINTR {
                    continue;
                }
                return Err(last_err(vm, None));
            }
            got += r as usize;
        }
        Ok(Value::Bytes(Rc::new(buf)))
    });
    add_fn(vm, &m, "environ_allowed", |vm, _, _| {
        Ok(Value::Bool(vm.effective_caps().environment))
    });
    add_fn(vm, &m, "environ_items", |vm, _, _| {
        // A denied script sees an empty environment (os.environ, os.getenv) rather than
        // failing at `import os`.
        if !vm.effective_caps().environment {
            return Ok(Value::list(vec![]));
        }
        let items = std::env::vars_os()
            .map(|(k, v)| {
                Value::tuple(vec![
                    Value::string(k.to_string_lossy().into_owned()),
                    Value::string(v.to_string_lossy().into_owned()),
                ])
            })
            .collect();
        Ok(Value::list(items))
    });
    add_fn(vm, &m, "putenv", |vm, a, _| {
        vm.require(Environment, "os.putenv")?;
        let k = path_arg(vm, "putenv", a.first())?;
        let v = path_arg(vm, "putenv", a.get(1))?;
        if k.bytes.is_empty() {
            return Err(aspic_loop::errno_error(vm, libc::EINVAL));
        }
        if k.bytes.contains(&b'=') {
            return Err(vm.value_error("illegal environment variable name"));
        }
        if k.bytes.contains(&0) || v.bytes.contains(&0) {
            return Err(vm.value_error("embedded null byte"));
        }
        // SAFETY: aspic runs Python threads as fibers on one OS thread.
        unsafe { std::env::set_var(k.os(), v.os()) };
        none()
    });
    add_fn(vm, &m, "unsetenv", |vm, a, _| {
        vm.require(Environment, "os.unsetenv")?;
        let k = path_arg(vm, "unsetenv", a.first())?;
        if k.bytes.is_empty() || k.bytes.contains(&b'=') {
            return Err(vm.value_error("illegal environment variable name"));
        }
        // SAFETY: as for putenv.
        unsafe { std::env::remove_var(k.os()) };
        none()
    });
    add_fn(vm, &m, "open", |vm, a, _| {
        vm.require(Filesystem, "os.open")?;
        let p = path_arg(vm, "open", a.first())?;
        let flags = int_arg(vm, a.get(1))? as i32;
        let mode = match a.get(2) {
            Some(v) => int_arg(vm, Some(v))?,
            None => 0o777,
        };
        let c = p.c(vm)?;
        // SAFETY: open(2) on a NUL-terminated path.
        match retry(
            vm,
            || unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) } as isize,
        )? {
            Ok(fd) => {
                vm.own_fd(fd as i32);
                Ok(Value::Int(fd as i64))
            }
            Err(e) => Err(err_with(vm, e, Some(&p.orig), None)),
        }
    });
    add_fn(vm, &m, "read", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(format!("read expected 2 arguments, got {}", a.len())));
        }
        let fd = owned_fd_arg(vm, a.first(), "os.read")?;
        let n = int_arg(vm, a.get(1))?;
        if n < 0 {
            return Err(aspic_loop::errno_error(vm, libc::EINVAL));
        }
        let mut buf = vec![0u8; n.min(1 << 30) as usize];
        // SAFETY: reading at most buf.len() bytes into buf.
        match retry(vm, || unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) })? {
            Ok(r) => {
                buf.truncate(r as usize);
                Ok(Value::Bytes(Rc::new(buf)))
            }
            Err(e) => Err(err_with(vm, e, None, None)),
        }
    });
    add_fn(vm, &m, "readall", |vm, a, _| {
        // Reads to end of file (FileIO.readall).
        let fd = owned_fd_arg(vm, a.first(), "os.read")?;
        let mut out = Vec::new();
        let mut buf = vec![0u8; 65536];
        loop {
            // SAFETY: reading at most buf.len() bytes into buf.
            match retry(vm, || unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) })? {
                Ok(0) => break,
                Ok(r) => out.extend_from_slice(&buf[..r as usize]),
                Err(libc::EAGAIN) if !out.is_empty() => break,
                Err(libc::EAGAIN) => return Ok(Value::None),
                Err(e) => return Err(err_with(vm, e, None, None)),
            }
        }
        Ok(Value::Bytes(Rc::new(out)))
    });
    add_fn(vm, &m, "write", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(format!("write expected 2 arguments, got {}", a.len())));
        }
        let fd = owned_fd_arg(vm, a.first(), "os.write")?;
        let data = bytes_arg(vm, &a[1])?;
        if fd == 1 {
            vm.flush_stdout();
        }
        // SAFETY: writing data.len() bytes from data.
        match retry(vm, || unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) })? {
            Ok(r) => Ok(Value::Int(r as i64)),
            Err(e) => Err(err_with(vm, e, None, None)),
        }
    });
    add_fn(vm, &m, "lseek", |vm, a, _| {
        let fd = owned_fd_arg(vm, a.first(), "os.lseek")?;
        let pos = int_arg(vm, a.get(1))?;
        let how = int_arg(vm, a.get(2))? as i32;
        // SAFETY: lseek on an integer descriptor.
        let r = unsafe { libc::lseek(fd, pos, how) };
        if r < 0 {
            return Err(last_err(vm, None));
        }
        Ok(Value::Int(r))
    });
    add_fn(vm, &m, "fsync", |vm, a, _| {
        let fd = owned_fd_arg(vm, a.first(), "os.fsync")?;
        // SAFETY: fsync on an integer descriptor.
        if unsafe { libc::fsync(fd) } != 0 {
            return Err(last_err(vm, None));
        }
        none()
    });
    add_fn(vm, &m, "ftruncate", |vm, a, _| {
        let fd = owned_fd_arg(vm, a.first(), "os.ftruncate")?;
        let n = int_arg(vm, a.get(1))?;
        // SAFETY: ftruncate on an integer descriptor.
        match retry(vm, || unsafe { libc::ftruncate(fd, n) } as isize)? {
            Ok(_) => none(),
            Err(e) => Err(err_with(vm, e, None, None)),
        }
    });
    add_fn(vm, &m, "truncate", |vm, a, _| {
        vm.require(Filesystem, "os.truncate")?;
        let p = path_arg(vm, "truncate", a.first())?;
        let n = int_arg(vm, a.get(1))?;
        let c = p.c(vm)?;
        // SAFETY: truncate on a NUL-terminated path.
        if unsafe { libc::truncate(c.as_ptr(), n) } != 0 {
            return Err(last_err(vm, Some(&p.orig)));
        }
        none()
    });
    add_fn(vm, &m, "dup", |vm, a, _| {
        let fd = owned_fd_arg(vm, a.first(), "os.dup")?;
        // SAFETY: duplicating an integer descriptor (non-inheritable, as in CPython).
        let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
        if r < 0 {
            return Err(last_err(vm, None));
        }
        vm.own_fd(r);
        Ok(Value::Int(r as i64))
    });
    add_fn(vm, &m, "dup2", |vm, a, _| {
        let fd = owned_fd_arg(vm, a.first(), "os.dup2")?;
        let fd2 = owned_fd_arg(vm, a.get(1), "os.dup2")?;
        // SAFETY: dup2 on integer descriptors.
        let r = unsafe { libc::dup2(fd, fd2) };
        if r < 0 {
            return Err(last_err(vm, None));
        }
        vm.own_fd(r);
        Ok(Value::Int(r as i64))
    });
    add_fn(vm, &m, "isatty", |vm, a, _| {
        let fd = owned_fd_arg(vm, a.first(), "os.isatty")?;
        // SAFETY: isatty on an integer descriptor.
        Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
    });
    add_fn(vm, &m, "close", |vm, a, _| {
        if a.len() != 1 {
            return Err(vm.type_error(format!("close() takes exactly one argument ({} given)", a.len())));
        }
        let fd = owned_fd_arg(vm, a.first(), "os.close")?;
        // Forgotten even when close fails: after close(2) the number is never ours.
        vm.release_fd(fd);
        // SAFETY: closing a descriptor the program names; errors are reported.
        if unsafe { libc::close(fd) } != 0 {
            return Err(last_err(vm, None));
        }
        none()
    });
    add_fn(vm, &m, "stat", |vm, a, _| {
        // stat(path_or_fd, follow_symlinks)
        // SAFETY: a zeroed stat is a valid out-buffer for the calls below.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        if let Some(Value::Int(_) | Value::Bool(_)) = a.first() {
            let fd = owned_fd_arg(vm, a.first(), "os.fstat")?;
            // SAFETY: fstat into st.
            if unsafe { libc::fstat(fd, &mut st) } != 0 {
                return Err(last_err(vm, None));
            }
            return Ok(stat_tuple(vm, &st));
        }
        vm.require(Filesystem, "os.stat")?;
        let p = path_arg(vm, "stat", a.first())?;
        let follow = match a.get(1) {
            Some(v) => vm.truthy(v)?,
            None => true,
        };
        let c = p.c(vm)?;
        // SAFETY: stat/lstat on a NUL-terminated path into st.
        let r = unsafe {
            if follow {
                libc::stat(c.as_ptr(), &mut st)
            } else {
                libc::lstat(c.as_ptr(), &mut st)
            }
        };
        if r != 0 {
            return Err(last_err(vm, Some(&p.orig)));
        }
        Ok(stat_tuple(vm, &st))
    });
    add_fn(vm, &m, "mkdir", |vm, a, _| {
        vm.require(Filesystem, "os.mkdir")?;
        let p = path_arg(vm, "mkdir", a.first())?;
        let mode = match a.get(1) {
            Some(v) => int_arg(vm, Some(v))?,
            None => 0o777,
        };
        let c = p.c(vm)?;
        // SAFETY: mkdir on a NUL-terminated path.
        if unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) } != 0 {
            return Err(last_err(vm, Some(&p.orig)));
        }
        none()
    });
    add_fn(vm, &m, "rmdir", |vm, a, _| {
        vm.require(Filesystem, "os.rmdir")?;
        let p = path_arg(vm, "rmdir", a.first())?;
        let c = p.c(vm)?;
        // SAFETY: rmdir on a NUL-terminated path.
        if unsafe { libc::rmdir(c.as_ptr()) } != 0 {
            return Err(last_err(vm, Some(&p.orig)));
        }
        none()
    });
    add_fn(vm, &m, "unlink", |vm, a, _| {
        vm.require(Filesystem, "os.unlink")?;
        let p = path_arg(vm, "unlink", a.first())?;
        let c = p.c(vm)?;
        // SAFETY: unlink on a NUL-terminated path.
        if unsafe { libc::unlink(c.as_ptr()) } != 0 {
            return Err(last_err(vm, Some(&p.orig)));
        }
        none()
    });
    add_fn(vm, &m, "rename", |vm, a, _| {
        vm.require(Filesystem, "os.rename")?;
        let p = path_arg(vm, "rename", a.first())?;
        let q = path_arg(vm, "rename", a.get(1))?;
        let (c, d) = (p.c(vm)?, q.c(vm)?);
        // SAFETY: rename on NUL-terminated paths.
        if unsafe { libc::rename(c.as_ptr(), d.as_ptr()) } != 0 {
            return Err(err_with(vm, errno(), Some(&p.orig), Some(&q.orig)));
        }
        none()
    });
    add_fn(vm, &m, "link", |vm, a, _| {
        vm.require(Filesystem, "os.link")?;
        let p = path_arg(vm, "link", a.first())?;
        let q = path_arg(vm, "link", a.get(1))?;
        let (c, d) = (p.c(vm)?, q.c(vm)?);
        // SAFETY: link on NUL-terminated paths.
        if unsafe { libc::link(c.as_ptr(), d.as_ptr()) } != 0 {
            return Err(err_with(vm, errno(), Some(&p.orig), Some(&q.orig)));
        }
        none()
    });
    add_fn(vm, &m, "symlink", |vm, a, _| {
        vm.require(Filesystem, "os.symlink")?;
        let p = path_arg(vm, "symlink", a.first())?;
        let q = path_arg(vm, "symlink", a.get(1))?;
        let (c, d) = (p.c(vm)?, q.c(vm)?);
        // SAFETY: symlink on NUL-terminated paths.
        if unsafe { libc::symlink(c.as_ptr(), d.as_ptr()) } != 0 {
            return Err(err_with(vm, errno(), Some(&p.orig), Some(&q.orig)));
        }
        none()
    });
    add_fn(vm, &m, "readlink", |vm, a, _| {
        vm.require(Filesystem, "os.readlink")?;
        let p = path_arg(vm, "readlink", a.first())?;
        match std::fs::read_link(p.os()) {
            Ok(t) => Ok(name_value(t.as_os_str().as_bytes(), p.is_bytes)),
            Err(e) => Err(err_with(vm, e.raw_os_error().unwrap_or(libc::EIO), Some(&p.orig), None)),
        }
    });
    add_fn(vm, &m, "chdir", |vm, a, _| {
        vm.require(Filesystem, "os.chdir")?;
        vm.require(Process, "os.chdir")?;
        let p = path_arg(vm, "chdir", a.first())?;
        let c = p.c(vm)?;
        // SAFETY: chdir on a NUL-terminated path.
        if unsafe { libc::chdir(c.as_ptr()) } != 0 {
            return Err(last_err(vm, Some(&p.orig)));
        }
        none()
    });
    add_fn(vm, &m, "chmod", |vm, a, _| {
        vm.require(Filesystem, "os.chmod")?;
        let mode = int_arg(vm, a.get(1))?;
        if let Some(Value::Int(_)) = a.first() {
            let fd = fd_arg(vm, a.first())?;
            // SAFETY: fchmod on an integer descriptor.
            if unsafe { libc::fchmod(fd, mode as libc::mode_t) } != 0 {
                return Err(last_err(vm, None));
            }
            return none();
        }
        let p = path_arg(vm, "chmod", a.first())?;
        let c = p.c(vm)?;
        // SAFETY: chmod on a NUL-terminated path.
        if unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) } != 0 {
            return Err(last_err(vm, Some(&p.orig)));
        }
        none()
    });
    add_fn(vm, &m, "access", |vm, a, _| {
        vm.require(Filesystem, "os.access")?;
        let p = path_arg(vm, "access", a.first())?;
        let mode = int_arg(vm, a.get(1))?;
        let c = p.c(vm)?;
        // SAFETY: access on a NUL-terminated path.
        Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode as i32) } == 0))
    });
    add_fn(vm, &m, "utime", |vm, a, _| {
        vm.require(Filesystem, "os.utime")?;
        // utime(path, atime_ns, mtime_ns) or utime(path) for now.
        let p = path_arg(vm, "utime", a.first())?;
        let c = p.c(vm)?;
        let ts = |ns: i64| libc::timespec {
            tv_sec: ns.div_euclid(1_000_000_000),
            tv_nsec: ns.rem_euclid(1_000_000_000),
        };
        let times = match (a.get(1), a.get(2)) {
            (Some(x), Some(y)) if !x.is_none() => {
                let (x, y) = (int_arg(vm, Some(x))?, int_arg(vm, Some(y))?);
                Some([ts(x), ts(y)])
            }
            _ => None,
        };
        let ptr = times.as_ref().map(|t| t.as_ptr()).unwrap_or(std::ptr::null());
        // SAFETY: utimensat on a NUL-terminated path with null or two timespecs.
        if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, 0) } != 0 {
            // CPython's utime reports no file name.
            return Err(last_err(vm, None));
        }
        none()
    });
    add_fn(vm, &m, "listdir", |vm, a, _| {
        vm.require(Filesystem, "os.listdir")?;
        let p = match a.first() {
            Some(v) if !v.is_none() => path_arg(vm, "listdir", Some(v))?,
            _ => path_arg(vm, "listdir", Some(&Value::str(".")))?,
        };
        let rd = std::fs::read_dir(p.os()).map_err(|e| err_with(vm, e.raw_os_error().unwrap_or(libc::EIO), Some(&p.orig), None))?;
        let names = rd.flatten().map(|e| name_value(e.file_name().as_bytes(), p.is_bytes)).collect();
        Ok(Value::list(names))
    });
    add_fn(vm, &m, "scandir", |vm, a, _| {
        vm.require(Filesystem, "os.scandir")?;
        // A list of (name, kind, inode); kind is 'f', 'd', 'l' or 'o' (lstat type).
        let p = match a.first() {
            Some(v) if !v.is_none() => path_arg(vm, "scandir", Some(v))?,
            _ => path_arg(vm, "scandir", Some(&Value::str(".")))?,
        };
        let rd = std::fs::read_dir(p.os()).map_err(|e| err_with(vm, e.raw_os_error().unwrap_or(libc::EIO), Some(&p.orig), None))?;
        let mut out = vec![];
        for e in rd.flatten() {
            use std::os::unix::fs::DirEntryExt;
            let kind = match e.file_type() {
                Ok(t) if t.is_symlink() => "l",
                Ok(t) if t.is_dir() => "d",
                Ok(t) if t.is_file() => "f",
                _ => "o",
            };
            out.push(Value::tuple(vec![
                name_value(e.file_name().as_bytes(), p.is_bytes),
                Value::str(kind),
                Value::Int(e.ino() as i64),
            ]));
        }
        Ok(Value::list(out))
    });
    add_fn(vm, &m, "get_terminal_size", |vm, a, _| {
        let fd = match a.first() {
            Some(v) => fd_arg(vm, Some(v))?,
            None => 1,
        };
        vm.check_fd(fd, "os.get_terminal_size")?;
        // SAFETY: a zeroed winsize is a valid out-buffer for TIOCGWINSZ.
        let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
        // SAFETY: ioctl TIOCGWINSZ writes into ws.
        if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
            return Err(last_err(vm, None));
        }
        Ok(Value::tuple(vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)]))
    });
    add_fn(vm, &m, "_exit", |vm, a, _| {
        vm.require(Process, "os._exit")?;
        let code = int_arg(vm, a.first())?;
        // SAFETY: ends the process at once, as os._exit does.
        unsafe { libc::_exit(code as i32) }
    });
    add_fn(vm, &m, "pipe", |vm, a, _| {
        if !a.is_empty() {
            return Err(vm.type_error(format!("os.pipe() takes no arguments ({} given)", a.len())));
        }
        let mut fds = [0i32; 2];
        // SAFETY: fds has room for two descriptors.
        if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
            return Err(last_err(vm, None));
        }
        for fd in fds {
            // SAFETY: fcntl on descriptors just created. Python's fds are non-inheritable.
            unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
            vm.own_fd(fd);
        }
        Ok(Value::tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
    });
    add_fn(vm, &m, "kill", |vm, a, _| {
        vm.require(Process, "os.kill")?;
        if a.len() != 2 {
            return Err(vm.type_error(format!("kill expected 2 arguments, got {}", a.len())));
        }
        let pid = fd_arg(vm, a.first())?;
        let sig = fd_arg(vm, a.get(1))?;
        // SAFETY: kill(2) with integer arguments; errors are reported.
        if unsafe { libc::kill(pid, sig) } != 0 {
            return Err(last_err(vm, None));
        }
        // A signal sent to ourselves is handled before kill returns, as in CPython.
        vm.check_signals()?;
        none()
    });
    add_fn(vm, &m, "set_blocking", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(format!("set_blocking expected 2 arguments, got {}", a.len())));
        }
        let fd = owned_fd_arg(vm, a.first(), "os.set_blocking")?;
        let blocking = vm.truthy(&a[1])?;
        // SAFETY: fcntl flag query and update on the given descriptor.
        unsafe {
            let fl = libc::fcntl(fd, libc::F_GETFL);
            if fl < 0 {
                return Err(last_err(vm, None));
            }
            let nfl = if blocking { fl & !libc::O_NONBLOCK } else { fl | libc::O_NONBLOCK };
            if libc::fcntl(fd, libc::F_SETFL, nfl) < 0 {
                return Err(last_err(vm, None));
            }
        }
        none()
    });
    add_fn(vm, &m, "get_blocking", |vm, a, _| {
        if a.len() != 1 {
            return Err(vm.type_error(format!("get_blocking() takes exactly one argument ({} given)", a.len())));
        }
        let fd = owned_fd_arg(vm, a.first(), "os.get_blocking")?;
        // SAFETY: fcntl flag query on the given descriptor.
        let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
        if fl < 0 {
            return Err(last_err(vm, None));
        }
        Ok(Value::Bool(fl & libc::O_NONBLOCK == 0))
    });
    let consts: &[(&str, i64)] = &[
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NDELAY", libc::O_NDELAY as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_DSYNC", libc::O_DSYNC as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("O_TMPFILE", libc::O_TMPFILE as i64),
        ("O_NOATIME", libc::O_NOATIME as i64),
        ("O_PATH", libc::O_PATH as i64),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("SEEK_DATA", libc::SEEK_DATA as i64),
        ("SEEK_HOLE", libc::SEEK_HOLE as i64),
        ("EX_OK", 0),
        ("WNOHANG", libc::WNOHANG as i64),
    ];
    for (k, v) in consts {
        m.dict.d.borrow_mut().set_str(k, Value::Int(*v));
    }
    m
}
