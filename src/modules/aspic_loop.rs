//! `_aspic_loop`: the native primitives the Python `asyncio` event loop stands on.
//!
//! - `time()`: the loop clock (monotonic seconds; virtual under `--virtual-time`).
//! - `Poller()`: an I/O readiness poller built on `mio::Poll`, with the behaviour of
//!   `selectors.EpollSelector` (level-triggered: an fd stays reported while it is ready),
//!   a thread-safe `wakeup()` (and [`LoopWaker`] for Rust code on other threads), and
//!   waits that a signal (Ctrl-C) ends early. The loop only ever blocks in `wait`, so an
//!   idle loop uses no CPU.
//!
//! On Linux the script's fds are added to mio's epoll instance directly, level-triggered
//! (as `selectors.EpollSelector` does), so a wait is one epoll_wait(2). Elsewhere mio is
//! edge-triggered and level-triggered reporting is rebuilt on top: an fd that was
//! reported stays a candidate, and every candidate's current readiness is confirmed with
//! a zero-timeout poll(2) before it is reported.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mio::unix::SourceFd;
use mio::{Events, Interest, Poll, Token, Waker};

use super::add_fn;
use crate::vm::clock::{ns_to_secs, secs_to_ns};
use crate::vm::limits::Limits;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Mask bits, as `selectors.EVENT_READ` / `selectors.EVENT_WRITE`.
pub const EVENT_READ: i64 = 1;
pub const EVENT_WRITE: i64 = 2;

const WAKE_TOKEN: Token = Token(usize::MAX);
const SIGNAL_TOKEN: Token = Token(usize::MAX - 1);
/// The VM's interrupt wakeup pipe (see `vm::limits`).
const INTERRUPT_TOKEN: Token = Token(usize::MAX - 2);

/// A handle that wakes a poller from any thread: `Poller.wait` returns (an empty list if
/// nothing else is ready). Cheap to clone.
#[derive(Clone)]
pub struct LoopWaker {
    /// None once the poller is closed (its eventfd is released then).
    waker: Arc<Mutex<Option<Waker>>>,
    pending: Arc<AtomicBool>,
}

impl LoopWaker {
    pub fn wake(&self) -> std::io::Result<()> {
        self.pending.store(true, Ordering::SeqCst);
        match &*self.waker.lock().unwrap_or_else(|e| e.into_inner()) {
            Some(w) => w.wake(),
            None => Ok(()),
        }
    }

    fn close(&self) {
        *self.waker.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

/// The state of one `Poller` object.
pub struct PollerData {
    /// None once closed.
    poll: Option<Poll>,
    events: Events,
    waker: LoopWaker,
    /// Registered fds and their masks.
    fds: HashMap<i32, i64>,
    /// Fds reported ready last time: still candidates until poll(2) says otherwise.
    sticky: HashSet<i32>,
    /// The VM's interrupt wakeup pipe is registered.
    interrupt: bool,
}

thread_local! {
    static POLLER_CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

pub(crate) fn reset_thread_state() {
    POLLER_CLASS.with(|c| c.borrow_mut().take());
}

/// The Rust-side waker of a `Poller` value (None if it is not a poller).
pub fn loop_waker(v: &Value) -> Option<LoopWaker> {
    let Value::Object(o) = v else { return None };
    let d = o.data.try_borrow().ok()?;
    d.downcast_ref::<PollerData>().map(|p| p.waker.clone())
}

/// The pollable fd of a `Poller` (its epoll instance: readable when an event is
/// pending), and whether ready fds from the last wait may still be ready (level-triggered
/// candidates that no new event will announce). For hosts that wait on the loop's behalf.
pub fn poller_fd(v: &Value) -> Option<(i32, bool)> {
    use std::os::fd::AsRawFd;
    let Value::Object(o) = v else { return None };
    let d = o.data.try_borrow().ok()?;
    let p = d.downcast_ref::<PollerData>()?;
    Some((p.poll.as_ref()?.as_raw_fd(), !p.sticky.is_empty()))
}

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_aspic_loop");
    add_fn(vm, &m, "time", |vm, _, _| Ok(Value::Float(ns_to_secs(vm.clock.monotonic_ns()))));
    add_fn(vm, &m, "virtual_time", |vm, _, _| Ok(Value::Bool(vm.clock.is_virtual())));
    m.dict.d.borrow_mut().set_str("EVENT_READ", Value::Int(EVENT_READ));
    m.dict.d.borrow_mut().set_str("EVENT_WRITE", Value::Int(EVENT_WRITE));
    let cls = poller_class(vm);
    m.dict.d.borrow_mut().set_str("Poller", Value::Class(cls));
    m
}

fn poller_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = POLLER_CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let cls = crate::vm::types::new_class("Poller", vec![vm.types.object.clone()], Layout::Object, None);
    cls.dict.borrow_mut().set_str("__module__", Value::str("_aspic_loop"));
    vm.add_method(&cls, "__new__", |vm, a, _| {
        if let Some(Value::Class(c)) = a.first()
            && a.len() > 1
        {
            return Err(vm.type_error(format!("{}() takes no arguments", c.name())));
        }
        new_poller(vm)
    });
    vm.add_method(&cls, "register", |vm, a, _| {
        let (me, rest) = split_self(vm, a, "register", 2)?;
        let fd = fd_arg(vm, &rest[0])?;
        vm.check_fd(fd, "selector.register")?;
        let mask = events_arg(vm, &rest[1], true)?;
        with_poller(vm, me, |vm, p| {
            let poll = p.poll.as_ref().ok_or_else(|| closed_error(vm))?;
            if p.fds.contains_key(&fd) {
                let r = vm.repr_string(&rest[0])?;
                return Err(vm.key_error(Value::string(format!("{r} (FD {fd}) is already registered"))));
            }
            fd_register(poll, fd, mask).map_err(|e| io_error(vm, &e))?;
            p.fds.insert(fd, mask);
            Ok(Value::None)
        })
    });
    vm.add_method(&cls, "modify", |vm, a, _| {
        let (me, rest) = split_self(vm, a, "modify", 2)?;
        let fd = fd_arg(vm, &rest[0])?;
        vm.check_fd(fd, "selector.modify")?;
        let mask = events_arg(vm, &rest[1], false)?;
        with_poller(vm, me, |vm, p| {
            let Some(&old) = p.fds.get(&fd) else {
                let r = vm.repr_string(&rest[0])?;
                return Err(vm.key_error(Value::string(format!("{r} is not registered"))));
            };
            let poll = p.poll.as_ref().ok_or_else(|| closed_error(vm))?;
            if old == mask {
                return Ok(Value::None);
            }
            // An empty mask takes the fd out of the poll while it stays registered (an fd
            // watched for nothing would still report errors and hang-ups).
            let r = match (interest(old), interest(mask)) {
                (Some(_), Some(_)) => fd_reregister(poll, fd, mask),
                (None, Some(_)) => fd_register(poll, fd, mask),
                (Some(_), None) => fd_deregister(poll, fd),
                (None, None) => Ok(()),
            };
            if let Err(e) = r {
                // As selectors does: a failed modify unregisters the fd.
                p.fds.remove(&fd);
                p.sticky.remove(&fd);
                let _ = fd_deregister(poll, fd);
                return Err(io_error(vm, &e));
            }
            p.fds.insert(fd, mask);
            Ok(Value::None)
        })
    });
    vm.add_method(&cls, "unregister", |vm, a, _| {
        let (me, rest) = split_self(vm, a, "unregister", 1)?;
        let fd = fd_arg(vm, &rest[0])?;
        with_poller(vm, me, |vm, p| {
            let Some(mask) = p.fds.remove(&fd) else {
                let r = vm.repr_string(&rest[0])?;
                return Err(vm.key_error(Value::string(format!("{r} is not registered"))));
            };
            p.sticky.remove(&fd);
            if let Some(poll) = &p.poll
                && interest(mask).is_some()
            {
                // The fd may already be closed (and so gone from epoll): ignored, as
                // selectors does.
                let _ = fd_deregister(poll, fd);
            }
            Ok(Value::None)
        })
    });
    vm.add_method(&cls, "wait", |vm, a, k| {
        let parkable = vm.can_park();
        let me = a.first().cloned().unwrap_or(Value::None);
        let timeout = match (a.get(1), crate::vm::call::kw_get(k, "timeout")) {
            (Some(v), None) | (None, Some(v)) => v.clone(),
            (None, None) => Value::None,
            (Some(_), Some(_)) => {
                return Err(vm.type_error("wait() got multiple values for argument 'timeout'"));
            }
        };
        if a.len() > 2 {
            return Err(vm.type_error(format!("wait() takes at most 1 argument ({} given)", a.len() - 1)));
        }
        let timeout = timeout_arg(vm, &timeout)?;
        wait(vm, &me, timeout, parkable)
    });
    vm.add_method(&cls, "wakeup", |vm, a, _| {
        let (me, _) = split_self(vm, a, "wakeup", 0)?;
        with_poller(vm, me, |vm, p| {
            if p.poll.is_none() {
                return Err(closed_error(vm));
            }
            p.waker.wake().map_err(|e| io_error(vm, &e))?;
            Ok(Value::None)
        })
    });
    vm.add_method(&cls, "close", |vm, a, _| {
        let (me, _) = split_self(vm, a, "close", 0)?;
        with_poller(vm, me, |_, p| {
            p.poll = None;
            p.waker.close();
            p.fds.clear();
            p.sticky.clear();
            Ok(Value::None)
        })
    });
    vm.add_method(&cls, "fileno", |vm, a, _| {
        let (me, _) = split_self(vm, a, "fileno", 0)?;
        with_poller(vm, me, |vm, p| {
            use std::os::fd::AsRawFd;
            let poll = p.poll.as_ref().ok_or_else(|| closed_error(vm))?;
            Ok(Value::Int(poll.as_raw_fd() as i64))
        })
    });
    vm.add_method(&cls, "registered", |vm, a, _| {
        let (me, _) = split_self(vm, a, "registered", 0)?;
        with_poller(vm, me, |_, p| {
            let mut fds: Vec<(i32, i64)> = p.fds.iter().map(|(f, m)| (*f, *m)).collect();
            fds.sort();
            Ok(Value::list(
                fds.into_iter()
                    .map(|(f, m)| Value::tuple(vec![Value::Int(f as i64), Value::Int(m)]))
                    .collect(),
            ))
        })
    });
    vm.add_method(&cls, "is_closed", |vm, a, _| {
        let (me, _) = split_self(vm, a, "is_closed", 0)?;
        with_poller(vm, me, |_, p| Ok(Value::Bool(p.poll.is_none())))
    });
    POLLER_CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    cls
}

fn new_poller(vm: &mut Vm) -> PyResult<Value> {
    let poll = Poll::new().map_err(|e| io_error(vm, &e))?;
    let waker = Waker::new(poll.registry(), WAKE_TOKEN).map_err(|e| io_error(vm, &e))?;
    if let Some(fd) = crate::runtime::signals::wake_fd() {
        poll.registry()
            .register(&mut SourceFd(&fd), SIGNAL_TOKEN, Interest::READABLE)
            .map_err(|e| io_error(vm, &e))?;
    }
    let data = PollerData {
        poll: Some(poll),
        events: Events::with_capacity(256),
        waker: LoopWaker {
            waker: Arc::new(Mutex::new(Some(waker))),
            pending: Arc::new(AtomicBool::new(false)),
        },
        fds: HashMap::new(),
        sticky: HashSet::new(),
        interrupt: false,
    };
    let cls = poller_class(vm);
    Ok(Value::Object(Rc::new(NativeObject {
        class: cls,
        data: RefCell::new(Box::new(data)),
    })))
}

fn split_self<'a>(vm: &Vm, a: &'a [Value], name: &str, n: usize) -> PyResult<(&'a Value, &'a [Value])> {
    match a.split_first() {
        Some((me, rest)) if rest.len() == n => Ok((me, rest)),
        Some((_, rest)) => Err(vm.type_error(match n {
            0 => format!("{name}() takes no arguments ({} given)", rest.len()),
            1 => format!("{name}() takes exactly one argument ({} given)", rest.len()),
            _ => format!("{name} expected {n} arguments, got {}", rest.len()),
        })),
        None => Err(vm.type_error(format!("descriptor '{name}' of 'Poller' object needs an argument"))),
    }
}

fn with_poller<R>(vm: &mut Vm, me: &Value, f: impl FnOnce(&mut Vm, &mut PollerData) -> PyResult<R>) -> PyResult<R> {
    let obj = match me {
        Value::Object(o) => o.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "descriptor requires a '_aspic_loop.Poller' object but received a '{}'",
                vm.type_name(me)
            )));
        }
    };
    let mut d = obj.data.try_borrow_mut().map_err(|_| vm.runtime_error("Poller is in use"))?;
    match d.downcast_mut::<PollerData>() {
        Some(p) => f(vm, p),
        None => Err(vm.type_error(format!(
            "descriptor requires a '_aspic_loop.Poller' object but received a '{}'",
            vm.type_name(me)
        ))),
    }
}

fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed epoll object")
}

fn interest(mask: i64) -> Option<Interest> {
    match (mask & EVENT_READ != 0, mask & EVENT_WRITE != 0) {
        (true, true) => Some(Interest::READABLE | Interest::WRITABLE),
        (true, false) => Some(Interest::READABLE),
        (false, true) => Some(Interest::WRITABLE),
        (false, false) => None,
    }
}

/// A file descriptor from an int or an object with `fileno()`, as selectors'
/// `_fileobj_to_fd`.
fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let fd = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_value(v),
        _ => {
            let r = match vm.get_attr_str(v, "fileno") {
                Ok(f) => vm.call(&f, &[]),
                Err(e) => Err(e),
            };
            match r {
                Ok(n @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => int_value(&n),
                Ok(_) | Err(_) => {
                    let r = vm.repr_string(v)?;
                    return Err(vm.value_error(format!("Invalid file object: {r}")));
                }
            }
        }
    };
    match fd {
        Some(fd) if fd < 0 => Err(vm.value_error(format!("Invalid file descriptor: {fd}"))),
        Some(fd) if fd <= i32::MAX as i64 => Ok(fd as i32),
        _ => Err(vm.overflow_error("fd is greater than maximum")),
    }
}

fn int_value(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => {
            use num_traits::{Signed, ToPrimitive};
            Some(b.to_i64().unwrap_or(if b.is_negative() { -1 } else { i64::MAX }))
        }
        _ => None,
    }
}

/// An event mask. `register` requires 1, 2 or 3 (ValueError "Invalid events: ..."), as
/// selectors does; `modify` keeps only the known bits.
fn events_arg(vm: &mut Vm, v: &Value, strict: bool) -> PyResult<i64> {
    let Some(m) = int_value(v) else {
        return Err(vm.type_error(format!("unsupported operand type(s) for &: '{}' and 'int'", vm.type_name(v))));
    };
    if strict && (m == 0 || m & !(EVENT_READ | EVENT_WRITE) != 0) {
        let r = vm.repr_string(v)?;
        return Err(vm.value_error(format!("Invalid events: {r}")));
    }
    Ok(m & (EVENT_READ | EVENT_WRITE))
}

/// None: block; Some(d): at most d (zero: poll).
fn timeout_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<Duration>> {
    let s = match v {
        Value::None => return Ok(None),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => vm.to_f64(v)?,
        _ => return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    };
    if s.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if s <= 0.0 {
        return Ok(Some(Duration::ZERO));
    }
    if s > 9.2e9 {
        return Err(vm.overflow_error("timeout is too large"));
    }
    Ok(Some(Duration::from_secs_f64(s)))
}

fn wait(vm: &mut Vm, me: &Value, timeout: Option<Duration>, parkable: bool) -> PyResult<Value> {
    // A signal that already arrived runs its handler first (Ctrl-C raises here).
    vm.check_signals()?;
    if vm.sched.threaded() {
        return wait_threaded(vm, me, timeout, parkable);
    }
    let virtual_time = vm.clock.is_virtual();
    let timeout = if host_pending(vm) { Some(Duration::ZERO) } else { timeout };
    let outcome = with_poller(vm, me, |vm, p| {
        if p.poll.is_none() {
            return Err(closed_error(vm));
        }
        Ok(poll_once(p, timeout, virtual_time, &vm.limits))
    })?;
    host_pending(vm);
    let outcome = outcome.map_err(|e| io_error(vm, &e))?;
    if let Some(d) = outcome.advance {
        vm.clock.advance_ns(secs_to_ns(d.as_secs_f64()));
    }
    if outcome.signal {
        vm.check_signals()?;
    }
    Ok(Value::list(
        outcome
            .ready
            .into_iter()
            .map(|(fd, m)| Value::tuple(vec![Value::Int(fd as i64), Value::Int(m)]))
            .collect(),
    ))
}

/// Whether a host completion waits for this VM; if so the safe-point flag is raised
/// again, so the next call runs it: the flag is shared by every VM of the process, and
/// another one may have cleared it after the completer set it.
fn host_pending(vm: &Vm) -> bool {
    let pending = vm.host_pending.load(Ordering::SeqCst);
    if pending {
        crate::vm::set_finalize_pending(true);
    }
    pending
}

/// `wait` while other threads exist: only this thread waits (on the poller's epoll fd,
/// in the scheduler's hub; see vm::fiber).
fn wait_threaded(vm: &mut Vm, me: &Value, timeout: Option<Duration>, parkable: bool) -> PyResult<Value> {
    let (outcome, fd) = with_poller(vm, me, |vm, p| {
        let Some(poll) = p.poll.as_ref() else {
            return Err(closed_error(vm));
        };
        let fd = std::os::fd::AsRawFd::as_raw_fd(poll);
        Ok((poll_once(p, Some(Duration::ZERO), false, &vm.limits), fd))
    })?;
    let outcome = outcome.map_err(|e| io_error(vm, &e))?;
    if outcome.signal {
        vm.check_signals()?;
    }
    if !outcome.ready.is_empty() || outcome.woke || outcome.signal || timeout == Some(Duration::ZERO) || host_pending(vm) {
        return Ok(ready_list(outcome.ready));
    }
    let deadline = timeout.map(|d| vm.clock.monotonic_ns() + secs_to_ns(d.as_secs_f64()));
    let me = me.clone();
    vm.block(
        crate::vm::fiber::WaitKind::Fd {
            fd,
            read: true,
            write: false,
        },
        deadline,
        parkable,
        Some(Box::new(move |vm: &mut Vm| {
            let outcome = with_poller(vm, &me, |vm, p| {
                if p.poll.is_none() {
                    return Err(closed_error(vm));
                }
                Ok(poll_once(p, Some(Duration::ZERO), false, &vm.limits))
            })?;
            let outcome = outcome.map_err(|e| io_error(vm, &e))?;
            if outcome.signal {
                vm.check_signals()?;
            }
            Ok(ready_list(outcome.ready))
        })),
    )
}

fn ready_list(ready: Vec<(i32, i64)>) -> Value {
    Value::list(
        ready
            .into_iter()
            .map(|(fd, m)| Value::tuple(vec![Value::Int(fd as i64), Value::Int(m)]))
            .collect(),
    )
}

struct Outcome {
    /// The waker was used (`wakeup()`).
    woke: bool,
    ready: Vec<(i32, i64)>,
    signal: bool,
    /// Virtual time to add (the wait had nothing to wait for).
    advance: Option<Duration>,
}

/// One poll; `limits` is the VM's, whose interrupt ends the wait as a signal does (the
/// outcome then reports `signal`, so the caller runs `check_signals`).
fn poll_once(p: &mut PollerData, timeout: Option<Duration>, virtual_time: bool, limits: &Limits) -> std::io::Result<Outcome> {
    let mut out = Outcome {
        woke: false,
        ready: vec![],
        signal: false,
        advance: None,
    };
    let Some(poll) = p.poll.as_mut() else {
        return Ok(out);
    };
    // The interrupt pipe exists once the host took a handle, maybe after this poller
    // was made.
    if !p.interrupt
        && let Some(fd) = limits.interrupt_fd()
    {
        poll.registry().register(&mut SourceFd(&fd), INTERRUPT_TOKEN, Interest::READABLE)?;
        p.interrupt = true;
    }
    let interrupted = || crate::runtime::signals::pending() || limits.interrupt_requested();
    // Level-triggered: fds still ready from last time mean no blocking now.
    let still_ready = level_check(&p.fds, &p.sticky);
    let mut timeout = if !still_ready.is_empty() || interrupted() {
        Some(Duration::ZERO)
    } else {
        timeout
    };
    // Virtual time: with nothing registered, a finite wait that nothing can end early
    // jumps the clock instead of sleeping.
    let jump = match timeout {
        Some(d) if virtual_time && d > Duration::ZERO && p.fds.is_empty() && !p.waker.pending.load(Ordering::SeqCst) => {
            timeout = Some(Duration::ZERO);
            Some(d)
        }
        _ => None,
    };
    let deadline = timeout.map(|d| Instant::now() + d);
    let mut woke = false;
    let mut candidates: HashSet<i32> = if LEVEL_TRIGGERED { HashSet::new() } else { p.sticky.clone() };
    let mut ready = still_ready;
    loop {
        match poll.poll(&mut p.events, timeout) {
            Ok(()) => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                if interrupted() {
                    out.signal = true;
                    break;
                }
                timeout = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            }
            Err(e) => return Err(e),
        }
    }
    for ev in p.events.iter() {
        match ev.token() {
            WAKE_TOKEN => woke = true,
            SIGNAL_TOKEN => out.signal = true,
            INTERRUPT_TOKEN => limits.clear_stale_wakeup(),
            Token(fd) if LEVEL_TRIGGERED => {
                // Level-triggered: the event is the fd's readiness now (epoll_wait checks
                // each fd as it reports it).
                let fd = fd as i32;
                let mut m = 0;
                if ev.is_writable() || ev.is_error() || ev.is_write_closed() {
                    m |= EVENT_WRITE;
                }
                if ev.is_readable() || ev.is_error() || ev.is_read_closed() {
                    m |= EVENT_READ;
                }
                let m = m & p.fds.get(&fd).copied().unwrap_or(0);
                if m != 0 {
                    ready.push((fd, m));
                }
            }
            Token(fd) => {
                candidates.insert(fd as i32);
            }
        }
    }
    if woke || p.waker.pending.swap(false, Ordering::SeqCst) {
        woke = true;
    }
    out.woke = woke;
    if out.signal && !crate::runtime::signals::pending() {
        // Handled already (a byte left over): empty the pipe so it can fill again.
        crate::runtime::signals::drain_wake_pipe();
    }
    out.signal |= interrupted();
    if !LEVEL_TRIGGERED {
        ready = level_check(&p.fds, &candidates);
        p.sticky = ready.iter().map(|(fd, _)| *fd).collect();
    }
    ready.sort_unstable();
    out.ready = ready;
    if let Some(d) = jump
        && out.ready.is_empty()
        && !woke
        && !out.signal
    {
        out.advance = Some(d);
    }
    Ok(out)
}

/// Script fds are registered level-triggered, straight on mio's epoll instance (Linux).
const LEVEL_TRIGGERED: bool = cfg!(target_os = "linux");

#[cfg(target_os = "linux")]
fn epoll_ctl(poll: &Poll, op: libc::c_int, fd: i32, mask: i64) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let mut events = 0;
    if mask & EVENT_READ != 0 {
        events |= libc::EPOLLIN;
    }
    if mask & EVENT_WRITE != 0 {
        events |= libc::EPOLLOUT;
    }
    let mut ev = libc::epoll_event {
        events: events as u32,
        u64: fd as u64,
    };
    // SAFETY: a valid epoll fd (owned by `poll`) and a valid epoll_event.
    if unsafe { libc::epoll_ctl(poll.as_raw_fd(), op, fd, &mut ev) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Watches `fd` for `mask` (not empty), reported with `Token(fd)`.
fn fd_register(poll: &Poll, fd: i32, mask: i64) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    return epoll_ctl(poll, libc::EPOLL_CTL_ADD, fd, mask);
    #[cfg(not(target_os = "linux"))]
    poll.registry()
        .register(&mut SourceFd(&fd), Token(fd as usize), interest(mask).unwrap_or(Interest::READABLE))
}

fn fd_reregister(poll: &Poll, fd: i32, mask: i64) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    return epoll_ctl(poll, libc::EPOLL_CTL_MOD, fd, mask);
    #[cfg(not(target_os = "linux"))]
    poll.registry()
        .reregister(&mut SourceFd(&fd), Token(fd as usize), interest(mask).unwrap_or(Interest::READABLE))
}

fn fd_deregister(poll: &Poll, fd: i32) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    return epoll_ctl(poll, libc::EPOLL_CTL_DEL, fd, 0);
    #[cfg(not(target_os = "linux"))]
    poll.registry().deregister(&mut SourceFd(&fd))
}

/// The current readiness of `fds` (those registered), by a zero-timeout poll(2), reported
/// as selectors.EpollSelector does: error or hang-up counts for both directions, masked
/// by what the fd is registered for.
fn level_check(registered: &HashMap<i32, i64>, fds: &HashSet<i32>) -> Vec<(i32, i64)> {
    let mut pfds: Vec<libc::pollfd> = fds
        .iter()
        .filter_map(|fd| {
            let mask = *registered.get(fd)?;
            let mut events = 0;
            if mask & EVENT_READ != 0 {
                events |= libc::POLLIN;
            }
            if mask & EVENT_WRITE != 0 {
                events |= libc::POLLOUT;
            }
            (events != 0).then_some(libc::pollfd {
                fd: *fd,
                events,
                revents: 0,
            })
        })
        .collect();
    if pfds.is_empty() {
        return vec![];
    }
    // SAFETY: pfds is a valid array of pollfd of the given length.
    let n = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, 0) };
    if n <= 0 {
        return vec![];
    }
    pfds.iter()
        .filter(|p| p.revents != 0 && p.revents & libc::POLLNVAL == 0)
        .filter_map(|p| {
            let mut m = 0;
            if p.revents & !libc::POLLIN != 0 {
                m |= EVENT_WRITE;
            }
            if p.revents & !libc::POLLOUT != 0 {
                m |= EVENT_READ;
            }
            let m = m & registered.get(&p.fd).copied().unwrap_or(0);
            (m != 0).then_some((p.fd, m))
        })
        .collect()
}

/// OSError (or the subclass CPython picks for the errno) from an io::Error.
pub fn io_error(vm: &Vm, e: &std::io::Error) -> PyErr {
    match e.raw_os_error() {
        Some(errno) => errno_error(vm, errno),
        None => vm.new_error(&vm.types.os_error.clone(), e.to_string()),
    }
}

/// `OSError(errno, strerror)` with CPython's subclass for the errno.
pub fn errno_error(vm: &Vm, errno: i32) -> PyErr {
    let name = match errno {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::EEXIST => "FileExistsError",
        libc::ENOENT => "FileNotFoundError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EINTR => "InterruptedError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::ESRCH => "ProcessLookupError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => "OSError",
    };
    let cls = vm.types.by_name.get(name).cloned().unwrap_or_else(|| vm.types.os_error.clone());
    vm.new_exception(&cls, vec![Value::Int(errno as i64), Value::string(strerror(errno))])
}

/// The C library's message for an errno.
pub fn strerror(errno: i32) -> String {
    let mut buf = [0u8; 256];
    // SAFETY: buf is a valid writable buffer of the given length (XSI strerror_r).
    let r = unsafe { libc::strerror_r(errno, buf.as_mut_ptr().cast(), buf.len()) };
    if r != 0 {
        return format!("Unknown error {errno}");
    }
    let len = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..len]).into_owned()
}
