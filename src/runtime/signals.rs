//! Signals (Ctrl-C): the process-wide handler only records the signal, raises the VM's
//! safe-point flag and writes a byte to a wakeup pipe (so `time.sleep` and
//! `Poller.wait` return early); the interpreter runs the Python-level handler at its next
//! safe point, as CPython does. The default SIGINT handler raises `KeyboardInterrupt`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

/// Signal numbers are below this (Linux has 64, plus 0).
pub const NSIG: usize = 65;

static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
static ANY_TRIPPED: AtomicBool = AtomicBool::new(false);
static WAKE_WRITE: AtomicI32 = AtomicI32::new(-1);
static WAKE_PIPE: OnceLock<Option<(i32, i32)>> = OnceLock::new();
/// Set when the process should end by re-raising SIGINT (uncaught KeyboardInterrupt).
static DIE_BY_SIGINT: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// Python-level handlers by signal number (absent: the default for that signal).
    static HANDLERS: RefCell<HashMap<i32, Value>> = RefCell::new(HashMap::new());
}

pub(crate) fn reset_thread_state() {
    let old = HANDLERS.with(|h| std::mem::take(&mut *h.borrow_mut()));
    drop(old);
}

/// What the C-level disposition of a signal is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Disposition {
    Default,
    Ignore,
    /// Our recording handler: the Python-level handler runs at the next safe point.
    Python,
}

extern "C" fn on_signal(sig: libc::c_int) {
    // Only async-signal-safe work here: atomics and write(2).
    let saved = errno();
    if sig > 0 && (sig as usize) < NSIG {
        TRIPPED[sig as usize].store(true, Ordering::SeqCst);
    }
    ANY_TRIPPED.store(true, Ordering::SeqCst);
    crate::vm::set_finalize_pending(true);
    let fd = WAKE_WRITE.load(Ordering::SeqCst);
    if fd >= 0 {
        let b = [sig as u8];
        // SAFETY: writing one byte from a valid buffer; failure (full pipe) is harmless.
        unsafe {
            libc::write(fd, b.as_ptr().cast(), 1);
        }
    }
    set_errno(saved);
}

#[cfg(target_os = "linux")]
fn errno_ptr() -> *mut libc::c_int {
    // SAFETY: returns the calling thread's errno location.
    unsafe { libc::__errno_location() }
}

#[cfg(not(target_os = "linux"))]
fn errno_ptr() -> *mut libc::c_int {
    // SAFETY: returns the calling thread's errno location.
    unsafe { libc::__error() }
}

fn errno() -> libc::c_int {
    // SAFETY: errno_ptr points at this thread's errno.
    unsafe { *errno_ptr() }
}

fn set_errno(v: libc::c_int) {
    // SAFETY: errno_ptr points at this thread's errno.
    unsafe { *errno_ptr() = v }
}

/// The read end of the wakeup pipe the signal handler writes to (non-blocking,
/// close-on-exec); pollers watch it so a signal ends their wait. None if no pipe could
/// be made.
pub fn wake_fd() -> Option<i32> {
    let p = WAKE_PIPE.get_or_init(|| {
        let mut fds = [0i32; 2];
        // SAFETY: fds has room for the two descriptors pipe(2) writes.
        if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
            return None;
        }
        for fd in fds {
            // SAFETY: fcntl on descriptors we own.
            unsafe {
                let fl = libc::fcntl(fd, libc::F_GETFL);
                libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK);
                libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
            }
        }
        WAKE_WRITE.store(fds[1], Ordering::SeqCst);
        Some((fds[0], fds[1]))
    });
    p.map(|(r, _)| r)
}

/// Empties the wakeup pipe.
pub fn drain_wake_pipe() {
    if let Some(Some((r, _))) = WAKE_PIPE.get() {
        let mut buf = [0u8; 256];
        // SAFETY: reading into a valid buffer from our own non-blocking pipe.
        while unsafe { libc::read(*r, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
    }
}

/// True when a signal arrived that the VM has not handled yet.
pub fn pending() -> bool {
    ANY_TRIPPED.load(Ordering::SeqCst)
}

/// Sets the C-level disposition of `sig`. Returns the OS error on failure.
pub fn set_disposition(sig: i32, d: Disposition) -> std::io::Result<()> {
    if d == Disposition::Python {
        wake_fd();
    }
    let handler: libc::sighandler_t = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Python => on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    // SAFETY: a zeroed sigaction is valid; we fill in the handler and an empty mask.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// The C-level disposition currently installed for `sig`.
pub fn disposition(sig: i32) -> Disposition {
    // SAFETY: querying with a null new action only writes to `old`.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut old) != 0 {
            return Disposition::Default;
        }
        if old.sa_sigaction == libc::SIG_IGN {
            Disposition::Ignore
        } else if old.sa_sigaction == on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t {
            Disposition::Python
        } else {
            Disposition::Default
        }
    }
}

/// Installs the interpreter's SIGINT handler (raising KeyboardInterrupt), as CPython does
/// at startup, unless SIGINT is ignored (e.g. a background job of a shell).
pub fn install_default_handlers() {
    if disposition(libc::SIGINT) != Disposition::Ignore {
        let _ = set_disposition(libc::SIGINT, Disposition::Python);
    }
}

/// Blocks the asynchronous signals in the calling thread (the one that only waits for
/// the interpreter thread), so the kernel delivers them to the interpreter thread.
pub fn block_async_signals_in_this_thread() {
    // SAFETY: building a signal set and changing this thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [
            libc::SIGSEGV,
            libc::SIGBUS,
            libc::SIGFPE,
            libc::SIGILL,
            libc::SIGTRAP,
            libc::SIGABRT,
        ] {
            libc::sigdelset(&mut set, s);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// The Python-level handler recorded for `sig`, if one was set with `signal.signal`.
pub fn python_handler(sig: i32) -> Option<Value> {
    HANDLERS.with(|h| h.borrow().get(&sig).cloned())
}

pub fn set_python_handler(sig: i32, handler: Option<Value>) {
    HANDLERS.with(|h| match handler {
        Some(v) => {
            h.borrow_mut().insert(sig, v);
        }
        None => {
            h.borrow_mut().remove(&sig);
        }
    });
}

/// Ask the process to end by SIGINT once the VM has shut down (uncaught KeyboardInterrupt).
pub fn request_exit_by_sigint() {
    DIE_BY_SIGINT.store(true, Ordering::SeqCst);
}

/// Ends the process with SIGINT if that was requested, as CPython does after an uncaught
/// KeyboardInterrupt, so the parent sees "killed by SIGINT" (a shell shows 130). Returns
/// only if no exit by signal was requested or the signal did not end the process.
pub fn exit_by_sigint_if_requested() {
    if !DIE_BY_SIGINT.load(Ordering::SeqCst) {
        return;
    }
    let _ = set_disposition(libc::SIGINT, Disposition::Default);
    // SAFETY: unblocking SIGINT in this thread and sending it to ourselves with the
    // default disposition.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), libc::SIGINT);
    }
}

impl Vm {
    /// Runs the Python-level handlers of signals that arrived (the default SIGINT handler
    /// raises KeyboardInterrupt). Called at safe points and by blocking calls that a
    /// signal woke up.
    pub fn check_signals(&mut self) -> PyResult<()> {
        // Blocking calls check here too, so an abort, a memory limit or an interrupt of
        // an embedded VM ends their waits as a signal does.
        self.check_limits()?;
        // Handlers run in the main thread, as in CPython.
        if self.sched.current != crate::vm::fiber::MAIN_FIBER {
            return Ok(());
        }
        if !ANY_TRIPPED.swap(false, Ordering::SeqCst) {
            return Ok(());
        }
        drain_wake_pipe();
        for (sig, tripped) in TRIPPED.iter().enumerate().skip(1) {
            if !tripped.swap(false, Ordering::SeqCst) {
                continue;
            }
            let r = match python_handler(sig as i32) {
                Some(h) if !matches!(h, Value::Int(_)) => self.call(&h, &[Value::Int(sig as i64), Value::None]).map(|_| ()),
                Some(_) => Ok(()),
                None if sig as i32 == libc::SIGINT => Err(self.new_exception(&self.types.keyboard_interrupt.clone(), vec![])),
                None => Ok(()),
            };
            if let Err(e) = r {
                // Signals not handled yet stay for the next safe point.
                if TRIPPED.iter().any(|t| t.load(Ordering::SeqCst)) {
                    ANY_TRIPPED.store(true, Ordering::SeqCst);
                    crate::vm::set_finalize_pending(true);
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// The interpreter's safe point: pending finalizers, then pending signals.
    pub fn safe_point(&mut self) -> PyResult<()> {
        if crate::vm::finalize_pending() {
            self.run_pending_finalizers();
            self.check_signals()?;
            if self.switch_due() {
                self.preempt(false)?;
            }
        }
        Ok(())
    }

    /// A safe point where the running thread may also park (its frame is between
    /// instructions with a complete stack): after native calls, returns, backward jumps.
    pub fn safe_point_clean(&mut self) -> PyResult<()> {
        if self.sched.park_pending {
            return Err(self.park_sentinel());
        }
        if crate::vm::finalize_pending() {
            self.run_pending_finalizers();
            self.check_signals()?;
            if self.switch_due() {
                self.preempt(true)?;
            }
        }
        Ok(())
    }

    /// The time slice is over, or a signal waits for the main thread while another runs.
    fn switch_due(&self) -> bool {
        let requested = self.take_switch_request();
        requested || (self.sched.current != crate::vm::fiber::MAIN_FIBER && self.wake_pending())
    }
}
