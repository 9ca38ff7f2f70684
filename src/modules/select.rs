//! `select`: `select.select`, `select.poll` and `select.epoll`.
//!
//! A call that has to wait blocks only the calling thread (see vm::fiber): `select` and
//! `poll.poll` put the fds in a temporary epoll set and wait on its fd, `epoll.poll` waits
//! on the epoll object's own fd; when that fd is ready (or the deadline passes) the result
//! is computed with a zero-timeout poll(2) / epoll_wait(2). A zero timeout never blocks.
//!
//! The `poll` and `epoll` classes are Python (below) over the native helpers.

use std::rc::Rc;

use super::add_fn;
use super::aspic_loop::errno_error;
use crate::vm::clock::secs_to_ns;
use crate::vm::fiber::WaitKind;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

const SELECT_PY: &str = r#"
error = OSError

class epoll:
    def __init__(self, sizehint=-1, flags=0):
        if sizehint != -1 and sizehint <= 0:
            raise ValueError("negative sizehint")
        self._epfd = -1
        self._epfd = _epoll_create()

    def _fd(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")
        return self._epfd

    @property
    def closed(self):
        return self._epfd < 0

    def close(self):
        fd = self._epfd
        if fd >= 0:
            self._epfd = -1
            _close(fd)

    def fileno(self):
        return self._fd()

    @classmethod
    def fromfd(cls, fd):
        self = cls.__new__(cls)
        self._epfd = fd
        return self

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        _epoll_ctl(self._fd(), 1, _fileno(fd), eventmask)

    def modify(self, fd, eventmask):
        _epoll_ctl(self._fd(), 3, _fileno(fd), eventmask)

    def unregister(self, fd):
        _epoll_ctl(self._fd(), 2, _fileno(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        return _epoll_wait(self._fd(), timeout, maxevents)

    def __enter__(self):
        self._fd()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        self.close()


class poll:
    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = _mask(eventmask)

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = _mask(eventmask)

    def unregister(self, fd):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None):
        return _poll(list(self._fds.items()), timeout)


def _mask(m):
    m = m.__index__()
    if m < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if m > 0xffff:
        raise OverflowError("Python int too large for C unsigned short")
    return m

epoll.__module__ = poll.__module__ = 'select'
"#;

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// An fd from an int or an object with `fileno()` (CPython's PyObject_AsFileDescriptor).
pub fn fileno_of(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let fd = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_index(v)?,
        _ => {
            let f = match vm.get_attr_str(v, "fileno") {
                Ok(f) => f,
                Err(e) if e.is(&vm.types.attribute_error.clone()) => {
                    return Err(vm.type_error("argument must be an int, or have a fileno() method."));
                }
                Err(e) => return Err(e),
            };
            let r = vm.call(&f, &[])?;
            match r {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_index(&r)?,
                _ => return Err(vm.type_error("fileno() returned a non-integer")),
            }
        }
    };
    if fd < 0 {
        return Err(vm.value_error(format!("file descriptor cannot be a negative integer ({fd})")));
    }
    i32::try_from(fd).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

/// Closes its epoll fd when dropped.
struct TempEpoll(i32);

impl Drop for TempEpoll {
    fn drop(&mut self) {
        // SAFETY: closing the epoll fd this value owns.
        unsafe { libc::close(self.0) };
    }
}

impl TempEpoll {
    fn new(vm: &Vm, pfds: &[libc::pollfd]) -> PyResult<TempEpoll> {
        // SAFETY: epoll_create1 with a flag.
        let ep = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
        if ep < 0 {
            return Err(errno_error(vm, errno()));
        }
        let ep = TempEpoll(ep);
        let mut seen: std::collections::HashMap<i32, u32> = std::collections::HashMap::new();
        for p in pfds {
            *seen.entry(p.fd).or_default() |= p.events as u16 as u32;
        }
        for (fd, events) in seen {
            let mut ev = libc::epoll_event { events, u64: fd as u64 };
            // SAFETY: registering an fd in our epoll set. Failures (a regular file, which
            // poll(2) reports ready anyway) are ignored.
            unsafe { libc::epoll_ctl(ep.0, libc::EPOLL_CTL_ADD, fd, &mut ev) };
        }
        Ok(ep)
    }
}

fn poll_now(vm: &mut Vm, pfds: &mut [libc::pollfd]) -> PyResult<usize> {
    loop {
        // SAFETY: pfds is a valid array of pollfd of the given length.
        let r = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, 0) };
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(errno_error(vm, e));
        }
        vm.check_signals()?;
    }
}

type Finish = Rc<dyn Fn(&mut Vm, &[libc::pollfd]) -> PyResult<Value>>;

/// Waits until one of `pfds` is ready or `timeout` seconds (None: no limit) pass, then
/// gives `finish` the polled set.
fn wait_pollfds(vm: &mut Vm, parkable: bool, mut pfds: Vec<libc::pollfd>, timeout: Option<f64>, finish: Finish) -> PyResult<Value> {
    let n = poll_now(vm, &mut pfds)?;
    if n > 0 || timeout.is_some_and(|t| t <= 0.0) {
        return finish(vm, &pfds);
    }
    let deadline = timeout.map(|t| vm.clock.monotonic_ns() + secs_to_ns(t));
    let ep = Rc::new(TempEpoll::new(vm, &pfds)?);
    block_pollfds(vm, parkable, pfds, ep, deadline, finish)
}

fn block_pollfds(
    vm: &mut Vm,
    parkable: bool,
    pfds: Vec<libc::pollfd>,
    ep: Rc<TempEpoll>,
    deadline: Option<i128>,
    finish: Finish,
) -> PyResult<Value> {
    let fd = ep.0;
    vm.block(
        WaitKind::Fd {
            fd,
            read: true,
            write: false,
        },
        deadline,
        parkable,
        Some(Box::new(move |vm: &mut Vm| {
            let mut pfds = pfds;
            let n = poll_now(vm, &mut pfds)?;
            if n > 0 || deadline.is_some_and(|d| vm.clock.monotonic_ns() >= d) {
                return finish(vm, &pfds);
            }
            let parkable = vm.resume_can_park();
            block_pollfds(vm, parkable, pfds, ep, deadline, finish)
        })),
    )
}

fn timeout_secs(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Option<f64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
            let t = vm.to_f64(v)?;
            if t.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            Ok(Some(t))
        }
        _ => Err(vm.type_error(msg.to_string())),
    }
}

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("select");
    {
        let mut d = m.dict.d.borrow_mut();
        let consts: &[(&str, i64)] = &[
            ("POLLIN", libc::POLLIN as i64),
            ("POLLPRI", libc::POLLPRI as i64),
            ("POLLOUT", libc::POLLOUT as i64),
            ("POLLERR", libc::POLLERR as i64),
            ("POLLHUP", libc::POLLHUP as i64),
            ("POLLNVAL", libc::POLLNVAL as i64),
            ("POLLRDNORM", libc::POLLRDNORM as i64),
            ("POLLRDBAND", libc::POLLRDBAND as i64),
            ("POLLWRNORM", libc::POLLWRNORM as i64),
            ("POLLWRBAND", libc::POLLWRBAND as i64),
            ("POLLMSG", 0x400),
            ("POLLRDHUP", 0x2000),
            ("EPOLLIN", libc::EPOLLIN as i64),
            ("EPOLLPRI", libc::EPOLLPRI as i64),
            ("EPOLLOUT", libc::EPOLLOUT as i64),
            ("EPOLLERR", libc::EPOLLERR as i64),
            ("EPOLLHUP", libc::EPOLLHUP as i64),
            ("EPOLLRDNORM", libc::EPOLLRDNORM as i64),
            ("EPOLLRDBAND", libc::EPOLLRDBAND as i64),
            ("EPOLLWRNORM", libc::EPOLLWRNORM as i64),
            ("EPOLLWRBAND", libc::EPOLLWRBAND as i64),
            ("EPOLLMSG", libc::EPOLLMSG as i64),
            ("EPOLLRDHUP", libc::EPOLLRDHUP as i64),
            ("EPOLLET", libc::EPOLLET as u32 as i64),
            ("EPOLLONESHOT", libc::EPOLLONESHOT as i64),
            ("EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE as i64),
            ("EPOLL_CLOEXEC", libc::EPOLL_CLOEXEC as i64),
            ("PIPE_BUF", libc::PIPE_BUF as i64),
        ];
        for (k, v) in consts {
            d.set_str(k, Value::Int(*v));
        }
    }
    add_fn(vm, &m, "select", select);
    add_fn(vm, &m, "_fileno", |vm, a, _| {
        let v = a.first().cloned().unwrap_or(Value::None);
        Ok(Value::Int(fileno_of(vm, &v)? as i64))
    });
    add_fn(vm, &m, "_close", |vm, a, _| {
        let fd = vm.to_index(a.first().unwrap_or(&Value::None))? as i32;
        vm.check_fd(fd, "select.epoll.close")?;
        vm.release_fd(fd);
        // SAFETY: closing the epoll object's own fd.
        if unsafe { libc::close(fd) } != 0 {
            return Err(errno_error(vm, errno()));
        }
        Ok(Value::None)
    });
    add_fn(vm, &m, "_epoll_create", |vm, _, _| {
        // SAFETY: epoll_create1 with a flag.
        let ep = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
        if ep < 0 {
            return Err(errno_error(vm, errno()));
        }
        vm.own_fd(ep);
        Ok(Value::Int(ep as i64))
    });
    add_fn(vm, &m, "_epoll_ctl", |vm, a, _| {
        let ep = vm.to_index(a.first().unwrap_or(&Value::None))? as i32;
        let op = vm.to_index(a.get(1).unwrap_or(&Value::None))? as i32;
        let fd = vm.to_index(a.get(2).unwrap_or(&Value::None))? as i32;
        let mask = vm.to_index(a.get(3).unwrap_or(&Value::None))?;
        vm.check_fd(ep, "select.epoll")?;
        vm.check_fd(fd, "select.epoll")?;
        let mut ev = libc::epoll_event {
            events: mask as u32,
            u64: fd as u64,
        };
        // SAFETY: epoll_ctl with a valid event struct.
        if unsafe { libc::epoll_ctl(ep, op, fd, &mut ev) } != 0 {
            return Err(errno_error(vm, errno()));
        }
        Ok(Value::None)
    });
    add_fn(vm, &m, "_epoll_wait", |vm, a, _| {
        let parkable = vm.can_park();
        let ep = vm.to_index(a.first().unwrap_or(&Value::None))? as i32;
        vm.check_fd(ep, "select.epoll.poll")?;
        let timeout = timeout_secs(vm, a.get(1).unwrap_or(&Value::None), "timeout must be an integer or None")?;
        let timeout = timeout.filter(|t| *t >= 0.0);
        let maxevents = vm.to_index(a.get(2).unwrap_or(&Value::Int(-1)))?;
        let maxevents = match maxevents {
            -1 => 1023,
            n if n <= 0 => return Err(vm.value_error(format!("maxevents must be greater than 0, got {n}"))),
            n => n.min(1 << 20) as usize,
        };
        let r = epoll_now(vm, ep, maxevents)?;
        if !r.is_empty() || timeout == Some(0.0) {
            return Ok(events_list(r));
        }
        let deadline = timeout.map(|t| vm.clock.monotonic_ns() + secs_to_ns(t));
        block_epoll(vm, parkable, ep, maxevents, deadline)
    });
    add_fn(vm, &m, "_poll", |vm, a, _| {
        let parkable = vm.can_park();
        let items = match a.first() {
            Some(Value::List(l)) => l.v.borrow().clone(),
            _ => vec![],
        };
        let timeout = match a.get(1).unwrap_or(&Value::None) {
            Value::None => None,
            v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                let ms = vm.to_index(v)?;
                (ms >= 0).then_some(ms as f64 / 1000.0)
            }
            Value::Float(f) => (*f >= 0.0).then_some(f.ceil() / 1000.0),
            _ => return Err(vm.type_error("timeout must be an integer or None")),
        };
        let mut pfds = vec![];
        for it in items {
            if let Value::Tuple(t) = it {
                let fd = vm.to_index(&t[0])? as i32;
                vm.check_fd(fd, "select.poll")?;
                let ev = vm.to_index(&t[1])? as i16;
                pfds.push(libc::pollfd {
                    fd,
                    events: ev,
                    revents: 0,
                });
            }
        }
        let finish: Finish = Rc::new(|_, pfds| {
            Ok(Value::list(
                pfds.iter()
                    .filter(|p| p.revents != 0)
                    .map(|p| Value::tuple(vec![Value::Int(p.fd as i64), Value::Int(p.revents as u16 as i64)]))
                    .collect(),
            ))
        });
        wait_pollfds(vm, parkable, pfds, timeout, finish)
    });
    if let Err(e) = vm.run_source(SELECT_PY, "<select>", &m.dict, None, crate::compile::Mode::Exec) {
        let text = vm.format_exception(&e);
        vm.write_stderr(&text);
    }
    m
}

fn epoll_now(vm: &mut Vm, ep: i32, maxevents: usize) -> PyResult<Vec<(i32, u32)>> {
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; maxevents];
    loop {
        // SAFETY: evs has room for maxevents events.
        let n = unsafe { libc::epoll_wait(ep, evs.as_mut_ptr(), maxevents as i32, 0) };
        if n >= 0 {
            return Ok(evs[..n as usize].iter().map(|e| (e.u64 as i32, e.events)).collect());
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(errno_error(vm, e));
        }
        vm.check_signals()?;
    }
}

fn events_list(r: Vec<(i32, u32)>) -> Value {
    Value::list(
        r.into_iter()
            .map(|(fd, ev)| Value::tuple(vec![Value::Int(fd as i64), Value::Int(ev as i64)]))
            .collect(),
    )
}

fn block_epoll(vm: &mut Vm, parkable: bool, ep: i32, maxevents: usize, deadline: Option<i128>) -> PyResult<Value> {
    vm.block(
        WaitKind::Fd {
            fd: ep,
            read: true,
            write: false,
        },
        deadline,
        parkable,
        Some(Box::new(move |vm: &mut Vm| {
            let r = epoll_now(vm, ep, maxevents)?;
            if !r.is_empty() || deadline.is_some_and(|d| vm.clock.monotonic_ns() >= d) {
                return Ok(events_list(r));
            }
            let parkable = vm.resume_can_park();
            block_epoll(vm, parkable, ep, maxevents, deadline)
        })),
    )
}

fn seq_fds(vm: &mut Vm, v: &Value) -> PyResult<Vec<(Value, i32)>> {
    let items = match v {
        Value::List(l) => l.v.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => match vm.iterate(v) {
            Ok(items) => items,
            Err(e) if e.is(&vm.types.type_error.clone()) => {
                return Err(vm.type_error("arguments 1-3 must be sequences"));
            }
            Err(e) => return Err(e),
        },
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let fd = fileno_of(vm, &it)?;
        vm.check_fd(fd, "select.select")?;
        out.push((it, fd));
    }
    Ok(out)
}

fn select(vm: &mut Vm, a: &[Value], k: &[(Rc<crate::vm::value::PyStr>, Value)]) -> PyResult<Value> {
    let parkable = vm.can_park();
    if !k.is_empty() {
        return Err(vm.type_error("select() takes no keyword arguments"));
    }
    if a.len() < 3 {
        return Err(vm.type_error(format!("select expected at least 3 arguments, got {}", a.len())));
    }
    if a.len() > 4 {
        return Err(vm.type_error(format!("select expected at most 4 arguments, got {}", a.len())));
    }
    let timeout = timeout_secs(vm, a.get(3).unwrap_or(&Value::None), "timeout must be a float or None")?;
    if timeout.is_some_and(|t| t < 0.0) {
        return Err(vm.value_error("timeout must be non-negative"));
    }
    let r = seq_fds(vm, &a[0])?;
    let w = seq_fds(vm, &a[1])?;
    let x = seq_fds(vm, &a[2])?;
    let mut pfds: Vec<libc::pollfd> = vec![];
    let mut add = |fd: i32, ev: i16| match pfds.iter_mut().find(|p| p.fd == fd) {
        Some(p) => p.events |= ev,
        None => pfds.push(libc::pollfd {
            fd,
            events: ev,
            revents: 0,
        }),
    };
    for (_, fd) in &r {
        add(*fd, libc::POLLIN);
    }
    for (_, fd) in &w {
        add(*fd, libc::POLLOUT);
    }
    for (_, fd) in &x {
        add(*fd, libc::POLLPRI);
    }
    let finish: Finish = Rc::new(move |vm, pfds| {
        if pfds.iter().any(|p| p.revents & libc::POLLNVAL != 0) {
            return Err(errno_error(vm, libc::EBADF));
        }
        let rev = |fd: i32| pfds.iter().find(|p| p.fd == fd).map(|p| p.revents).unwrap_or(0);
        let pick = |set: &[(Value, i32)], mask: i16| -> Value {
            Value::list(set.iter().filter(|(_, fd)| rev(*fd) & mask != 0).map(|(o, _)| o.clone()).collect())
        };
        Ok(Value::tuple(vec![
            pick(&r, libc::POLLIN | libc::POLLHUP | libc::POLLERR),
            pick(&w, libc::POLLOUT | libc::POLLERR),
            pick(&x, libc::POLLPRI),
        ]))
    });
    wait_pollfds(vm, parkable, pfds, timeout, finish)
}
