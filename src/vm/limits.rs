//! Resource limits for embedding: fuel (a budget of VM work), memory limits, interrupts
//! from other threads, and the uncatchable abort that ends a script which ran out.
//!
//! Fuel is charged at the interpreter's existing safe points, so the hot loop pays one
//! subtraction and a sign test: backward jumps (the jump distance, about the size of the
//! loop body), calls (1, including native calls and entries into the interpreter from
//! native code) and items taken by native iteration (`Vm::iter_next`, 1 each: loops such
//! as `sum(it)` or `list(it)` run no bytecode of their own). Unlimited fuel is
//! `i64::MAX`, which no run exhausts, so the same test serves both.
//!
//! An abort is raised as an instance of an internal BaseException subclass
//! (`ExecutionAborted`, not in builtins) and is sticky: while `Limits::aborting` is set, no
//! handler in any frame runs (`except`, `finally`, `with` exits), finalizers are dropped
//! unrun, and every charge re-raises it (the fuel counter is held negative), so native
//! code that swallows errors cannot keep the script going. The host ends it with
//! `clear_abort` once the top-level call has returned.

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use super::object::{Class, Layout};
use super::value::Value;
use super::{PyErr, PyResult, Vm};

/// Why a script was aborted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbortReason {
    OutOfFuel,
    MemoryLimit,
}

impl AbortReason {
    fn message(self) -> &'static str {
        match self {
            AbortReason::OutOfFuel => "execution aborted: out of fuel",
            AbortReason::MemoryLimit => "execution aborted: memory limit exceeded",
        }
    }
}

/// The fuel counter while aborting: negative, so every charge takes the slow path.
const ABORT_FUEL: i64 = -1;

/// Interrupt requests made and not yet taken by their VM, over all VMs. While it is
/// non-zero the process-wide safe-point flag stays raised (`run_pending_finalizers`
/// clears the flag, and another VM's thread may do so before the interrupted VM looked).
static OUTSTANDING: AtomicUsize = AtomicUsize::new(0);

/// Are interrupt requests waiting for some VM?
pub fn interrupts_outstanding() -> bool {
    OUTSTANDING.load(Ordering::SeqCst) != 0
}

struct InterruptShared {
    requested: AtomicBool,
    /// False once the VM is gone (later requests are ignored). Also serialises changes
    /// of `requested` with the `OUTSTANDING` count.
    alive: Mutex<bool>,
    /// A wakeup pipe (read, write), made when the first handle is taken: blocking waits
    /// of the VM poll its read end so an interrupt ends them.
    pipe: OnceLock<Option<(i32, i32)>>,
}

impl InterruptShared {
    fn read_fd(&self) -> Option<i32> {
        self.pipe.get().copied().flatten().map(|(r, _)| r)
    }

    fn drain(&self) {
        if let Some(r) = self.read_fd() {
            let mut buf = [0u8; 64];
            // SAFETY: reading into a valid buffer from our own non-blocking pipe.
            while unsafe { libc::read(r, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
        }
    }
}

impl InterruptShared {
    fn lock(&self) -> std::sync::MutexGuard<'_, bool> {
        self.alive.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Withdraws a request: true if there was one.
    fn take(&self) -> bool {
        if !self.requested.load(Ordering::SeqCst) {
            return false;
        }
        let _g = self.lock();
        if self.requested.swap(false, Ordering::SeqCst) {
            OUTSTANDING.fetch_sub(1, Ordering::SeqCst);
            return true;
        }
        false
    }
}

impl Drop for InterruptShared {
    fn drop(&mut self) {
        if let Some(Some((r, w))) = self.pipe.get() {
            // SAFETY: closing the descriptors this struct owns, once.
            unsafe {
                libc::close(*r);
                libc::close(*w);
            }
        }
    }
}

fn make_pipe() -> Option<(i32, i32)> {
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
    Some((fds[0], fds[1]))
}

/// Interrupts a VM from any thread: the running script raises KeyboardInterrupt at its
/// next safe point (in its main thread, as a signal would), and a blocking wait (sleep,
/// lock, event-loop poll) ends early to let it. Requests made while one is pending merge.
#[derive(Clone)]
pub struct InterruptHandle(Arc<InterruptShared>);

impl InterruptHandle {
    pub fn interrupt(&self) {
        {
            let alive = self.0.lock();
            if !*alive {
                return;
            }
            if !self.0.requested.swap(true, Ordering::SeqCst) {
                OUTSTANDING.fetch_add(1, Ordering::SeqCst);
            }
        }
        super::set_finalize_pending(true);
        if let Some(Some((_, w))) = self.0.pipe.get() {
            let b = [0u8];
            // SAFETY: one byte from a valid buffer; a full pipe already wakes the reader.
            unsafe {
                libc::write(*w, b.as_ptr().cast(), 1);
            }
        }
    }
}

/// The limits of one VM (`Vm::limits`).
pub struct Limits {
    /// Fuel left (i64::MAX: unlimited); may go below zero by the last charge.
    pub(crate) fuel: i64,
    unlimited: bool,
    /// Fuel handed out since the last `set_fuel` (the budget plus refuels).
    granted: i128,
    /// The fuel counter to restore when the abort is cleared.
    saved_fuel: i64,
    /// Called when fuel runs out: `Some(n)` adds n and execution goes on where it was;
    /// `None` (or no hook) aborts with `AbortReason::OutOfFuel`.
    pub on_out_of_fuel: Option<Box<dyn FnMut() -> Option<u64>>>,
    /// Set while an abort unwinds (sticky until `clear_abort`).
    pub aborting: Option<AbortReason>,
    /// Absolute soft and hard thresholds in bytes of the VM thread's usage.
    memory: Option<(usize, usize)>,
    abort_class: Rc<Class>,
    interrupt: Arc<InterruptShared>,
    /// Non-zero while interrupts and memory errors must wait (native module setup).
    pub(crate) defer_checks: u32,
    /// The abort was cleared; the VM tidies up after it at its next charge (the counter is
    /// held negative until then, as while aborting).
    reset_pending: bool,
}

impl Limits {
    pub(crate) fn new(base_exception: &Rc<Class>) -> Limits {
        let abort_class = super::types::new_class("ExecutionAborted", vec![base_exception.clone()], Layout::Exception, None);
        Limits {
            fuel: i64::MAX,
            unlimited: true,
            granted: 0,
            saved_fuel: i64::MAX,
            on_out_of_fuel: None,
            aborting: None,
            memory: None,
            abort_class,
            interrupt: Arc::new(InterruptShared {
                requested: AtomicBool::new(false),
                alive: Mutex::new(true),
                pipe: OnceLock::new(),
            }),
            defer_checks: 0,
            reset_pending: false,
        }
    }

    /// Is the real fuel counter set aside (`saved_fuel`) while `fuel` forces the slow path?
    fn set_aside(&self) -> bool {
        self.aborting.is_some() || self.reset_pending
    }

    fn counter(&self) -> i64 {
        if self.set_aside() { self.saved_fuel } else { self.fuel }
    }

    fn counter_mut(&mut self) -> &mut i64 {
        if self.set_aside() { &mut self.saved_fuel } else { &mut self.fuel }
    }

    /// Sets the fuel budget (None: unlimited) and restarts `fuel_consumed`.
    pub fn set_fuel(&mut self, fuel: Option<u64>) {
        self.unlimited = fuel.is_none();
        let v = fuel.map_or(i64::MAX, |n| n.min(i64::MAX as u64) as i64);
        self.granted = v as i128;
        *self.counter_mut() = v;
    }

    /// Fuel left (None: unlimited).
    pub fn fuel_left(&self) -> Option<u64> {
        if self.unlimited {
            return None;
        }
        Some(self.counter().max(0) as u64)
    }

    /// Fuel used since the last `set_fuel` (counting refuels by the hook).
    pub fn fuel_consumed(&self) -> u64 {
        (self.granted - self.counter() as i128).clamp(0, u64::MAX as i128) as u64
    }

    /// Sets memory limits in bytes, counted from the VM thread's live bytes now (the
    /// baseline: what the VM and the host already hold on this thread is not counted).
    /// Crossing `soft` raises MemoryError at the next safe point (catchable; raised again
    /// only after usage fell back below `soft`); crossing `hard` aborts the script with
    /// `AbortReason::MemoryLimit`. Usage is measured by `crate::alloc::TrackingAllocator`
    /// when the host installed it; without it only the size checks made before large
    /// allocations (`Vm::check_alloc`) apply, against the requested size alone. Must be
    /// called on the VM's thread; the thresholds are the thread's, so VMs sharing an OS
    /// thread share them (the last call wins). With only a hard limit, the pre-checks
    /// still raise MemoryError for requests that would cross it.
    pub fn set_memory_limit(&mut self, soft: Option<usize>, hard: Option<usize>) {
        if soft.is_none() && hard.is_none() {
            self.memory = None;
            crate::alloc::set_thread_limits(usize::MAX, usize::MAX);
            return;
        }
        let base = crate::alloc::thread_allocated();
        let abs = |l: Option<usize>| l.map_or(usize::MAX, |n| base.saturating_add(n));
        let (soft, hard) = (abs(soft), abs(hard));
        self.memory = Some((soft.min(hard), hard));
        crate::alloc::set_thread_limits(soft.min(hard), hard);
    }

    /// Is a memory limit set?
    pub fn memory_limited(&self) -> bool {
        self.memory.is_some()
    }

    /// A handle that interrupts this VM from any thread (taking the first one makes the
    /// VM's wakeup pipe, which its waits then poll). A request made while no script runs
    /// is raised at the first safe point of the next one.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.interrupt.pipe.get_or_init(make_pipe);
        InterruptHandle(self.interrupt.clone())
    }

    /// The read end of the interrupt wakeup pipe, once a handle was taken.
    pub fn interrupt_fd(&self) -> Option<i32> {
        self.interrupt.read_fd()
    }

    /// Has an interrupt been requested and not yet raised?
    pub fn interrupt_requested(&self) -> bool {
        self.interrupt.requested.load(Ordering::SeqCst)
    }

    /// Empties the interrupt wakeup pipe unless a request is waiting (a byte left from a
    /// request already taken would end every later wait at once).
    pub fn clear_stale_wakeup(&self) {
        if !self.interrupt_requested() {
            self.interrupt.drain();
        }
    }

    fn take_interrupt(&self) -> bool {
        if self.interrupt.take() {
            self.interrupt.drain();
            return true;
        }
        false
    }

    /// Is `e` the abort, and why? (Before `clear_abort`, the reason being unwound.)
    pub fn abort_reason(&self, e: &PyErr) -> Option<AbortReason> {
        if !e.is(&self.abort_class) {
            return None;
        }
        self.aborting.or_else(|| match e.0.get_attr_str("reason") {
            Some(Value::Int(1)) => Some(AbortReason::MemoryLimit),
            _ => Some(AbortReason::OutOfFuel),
        })
    }

    /// Ends an abort: the VM runs code normally again. Fuel is what it was before the
    /// abort (zero after running out: set more with `set_fuel`); a memory limit that was
    /// crossed is re-armed. State that the skipped `finally` blocks would have restored
    /// (asyncio's running loop) is reset when the VM next runs.
    pub fn clear_abort(&mut self) {
        if self.aborting.take().is_some() {
            self.reset_pending = true;
            self.fuel = ABORT_FUEL;
        }
        if let Some((soft, hard)) = self.memory {
            crate::alloc::set_thread_limits(soft, hard);
        }
    }
}

impl Drop for Limits {
    fn drop(&mut self) {
        // Handles may outlive the VM: a request left pending, or made later, must not
        // keep the process-wide safe-point flag raised for other VMs.
        *self.interrupt.lock() = false;
        self.interrupt.take();
    }
}

impl Vm {
    /// Charges `n` units of fuel; the slow path runs the out-of-fuel hook or aborts.
    #[inline(always)]
    pub fn charge_fuel(&mut self, n: i64) -> PyResult<()> {
        self.limits.fuel -= n;
        if self.limits.fuel < 0 {
            return self.fuel_exhausted();
        }
        Ok(())
    }

    /// Fuel ran out (or an abort is unwinding): refuel from the hook, or abort.
    #[cold]
    pub(crate) fn fuel_exhausted(&mut self) -> PyResult<()> {
        if let Some(r) = self.limits.aborting {
            self.limits.fuel = ABORT_FUEL;
            return Err(self.abort_error(r));
        }
        if self.limits.reset_pending {
            self.limits.reset_pending = false;
            let charged = ABORT_FUEL - self.limits.fuel;
            self.limits.fuel = self.limits.saved_fuel.saturating_sub(charged);
            self.reset_after_abort();
        }
        while self.limits.fuel < 0 {
            // Taken out while it runs: the hook may not reach the VM, but must not find
            // itself borrowed either.
            let more = match self.limits.on_out_of_fuel.take() {
                Some(mut hook) => {
                    let r = hook();
                    if self.limits.on_out_of_fuel.is_none() {
                        self.limits.on_out_of_fuel = Some(hook);
                    }
                    r
                }
                None => None,
            };
            match more {
                Some(n) if n > 0 => {
                    let n = n.min(i64::MAX as u64) as i64;
                    self.limits.fuel = self.limits.fuel.saturating_add(n);
                    self.limits.granted += n as i128;
                }
                _ => return Err(self.start_abort(AbortReason::OutOfFuel)),
            }
        }
        Ok(())
    }

    /// `e` if it is the abort being unwound, else a new abort error.
    #[cold]
    pub(crate) fn abort_error_for(&self, e: PyErr) -> PyErr {
        match self.limits.aborting {
            Some(r) if !e.is(&self.limits.abort_class) => self.abort_error(r),
            _ => e,
        }
    }

    fn abort_error(&self, r: AbortReason) -> PyErr {
        let e = self.new_error(&self.limits.abort_class, r.message());
        e.0.set_attr_str("reason", Value::Int(r as i64));
        e
    }

    /// Forgets what an aborted script left behind because its `finally` blocks did not
    /// run: its other threads, asyncio's running loop and current tasks.
    fn reset_after_abort(&mut self) {
        // Under the abort flag again: what is dropped here runs no script code.
        let prev = self.limits.aborting.replace(AbortReason::OutOfFuel);
        self.drop_other_fibers();
        self.run_pending_finalizers();
        self.limits.aborting = prev;
        crate::modules::asyncio::reset_after_abort();
        let events = self.modules.d.borrow().get_by_str("asyncio.events").cloned();
        if let Some(Value::Module(m)) = events {
            let old = m.dict.d.borrow().get_by_str("_running_loop").cloned();
            if old.is_some() {
                m.dict.d.borrow_mut().set_str("_running_loop", Value::None);
            }
        }
    }

    /// Starts a sticky abort and returns the error that unwinds the script.
    pub(crate) fn start_abort(&mut self, r: AbortReason) -> PyErr {
        if self.limits.aborting.is_none() {
            // A new abort before the tidy-up of the last one: the real counter is the
            // one set aside.
            if !std::mem::take(&mut self.limits.reset_pending) {
                self.limits.saved_fuel = self.limits.fuel;
            }
            self.limits.saved_fuel = self.limits.saved_fuel.max(0);
            self.limits.aborting = Some(r);
            self.limits.fuel = ABORT_FUEL;
        }
        let r = self.limits.aborting.unwrap_or(r);
        self.abort_error(r)
    }

    /// The limits' share of a safe point: the abort being unwound, a memory threshold
    /// the allocator saw crossed, an interrupt request (taken by the main thread only).
    pub fn check_limits(&mut self) -> PyResult<()> {
        if let Some(r) = self.limits.aborting {
            return Err(self.abort_error(r));
        }
        if self.limits.defer_checks > 0 {
            return Ok(());
        }
        if self.limits.memory.is_some()
            && let Some(ev) = crate::alloc::take_event()
        {
            return Err(match ev {
                crate::alloc::MemoryEvent::Soft => self.new_exception(&self.types.memory_error.clone(), vec![]),
                crate::alloc::MemoryEvent::Hard => self.start_abort(AbortReason::MemoryLimit),
            });
        }
        if self.sched.current == super::fiber::MAIN_FIBER && self.limits.take_interrupt() {
            return Err(self.new_exception(&self.types.keyboard_interrupt.clone(), vec![]));
        }
        Ok(())
    }

    /// Per item of native iteration: fuel, and the limits when the safe-point flag is up
    /// (finalizers wait for a real safe point: native code is mid-operation here).
    #[inline(always)]
    pub(crate) fn iter_poll(&mut self) -> PyResult<()> {
        self.limits.fuel -= 1;
        if self.limits.fuel < 0 || super::finalize_pending() {
            return self.iter_poll_slow();
        }
        Ok(())
    }

    #[cold]
    fn iter_poll_slow(&mut self) -> PyResult<()> {
        if self.limits.fuel < 0 {
            self.fuel_exhausted()?;
        }
        self.check_limits()
    }

    /// Checks, before a large allocation whose size is computed up front (sequence
    /// repetition, padding, huge ints), that `bytes` more would stay within the memory
    /// limit: MemoryError if not (the allocator itself cannot refuse). Cheap without a
    /// limit.
    pub fn check_alloc(&self, bytes: usize) -> PyResult<()> {
        if self.limits.memory.is_some() && crate::alloc::would_exceed(bytes) {
            return Err(self.new_exception(&self.types.memory_error.clone(), vec![]));
        }
        Ok(())
    }

    /// Should a blocking wait end early: a signal arrived or this VM was interrupted?
    pub fn wake_pending(&self) -> bool {
        crate::runtime::signals::pending() || self.limits.interrupt_requested()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuel_accounting() {
        let mut vm = Vm::new();
        assert_eq!(vm.limits.fuel_left(), None);
        vm.limits.set_fuel(Some(10));
        assert_eq!(vm.limits.fuel_left(), Some(10));
        vm.charge_fuel(4).expect("within budget");
        assert_eq!((vm.limits.fuel_left(), vm.limits.fuel_consumed()), (Some(6), 4));
        // Out of fuel, no hook: an abort.
        let e = vm.charge_fuel(7).expect_err("over budget");
        assert_eq!(vm.limits.abort_reason(&e), Some(AbortReason::OutOfFuel));
        assert_eq!(vm.limits.fuel_left(), Some(0));
        // Sticky: every charge raises it again, even with fuel set meanwhile.
        vm.limits.set_fuel(Some(100));
        assert!(vm.charge_fuel(1).is_err());
        vm.limits.clear_abort();
        vm.charge_fuel(1).expect("runs after clear_abort");
        assert_eq!(vm.limits.fuel_left(), Some(99));
        vm.limits.set_fuel(None);
        assert_eq!(vm.limits.fuel_left(), None);
    }

    #[test]
    fn hook_refuels() {
        let mut vm = Vm::new();
        vm.limits.set_fuel(Some(5));
        vm.limits.on_out_of_fuel = Some(Box::new(|| Some(3)));
        // Overdrawn by 4: the hook is asked twice.
        vm.charge_fuel(9).expect("refuelled");
        assert_eq!(vm.limits.fuel_left(), Some(2));
        assert_eq!(vm.limits.fuel_consumed(), 9);
    }

    #[test]
    fn abort_reason_only_for_the_abort() {
        let mut vm = Vm::new();
        let e = vm.value_error("x");
        assert_eq!(vm.limits.abort_reason(&e), None);
        let e = vm.start_abort(AbortReason::MemoryLimit);
        vm.limits.clear_abort();
        // After clear_abort the error still tells its reason.
        assert_eq!(vm.limits.abort_reason(&e), Some(AbortReason::MemoryLimit));
    }

    #[test]
    fn interrupt_requests_merge_and_die_with_the_vm() {
        let vm = Vm::new();
        let h = vm.limits.interrupt_handle();
        h.interrupt();
        h.interrupt();
        assert!(vm.limits.interrupt_requested());
        assert!(vm.limits.take_interrupt());
        assert!(!vm.limits.take_interrupt());
        h.interrupt();
        drop(vm);
        // The VM is gone: ignored, and no request is left outstanding for it.
        h.interrupt();
        assert!(!h.0.requested.load(Ordering::SeqCst));
    }
}
