//! Threads as fibers: every Python thread is a frame stack the interpreter switches
//! between, so one Python thread runs at a time (as under CPython's GIL) without OS
//! threads touching the heap.
//!
//! A fiber blocks (sleep, lock, poller wait) through [`Vm::block`]. Two cases:
//! - The blocking call was made by a CALL instruction in the base run of a fiber that is
//!   being *hosted* (see below): the fiber *parks*. Its frames move into the scheduler,
//!   the interpreter loop returns to the host, and the call's result is delivered into
//!   the frame when the fiber is resumed. Nothing of the fiber stays on the Rust stack.
//! - Otherwise (the main fiber, whose base run is the program itself, or a call made from
//!   native code that called back into Python, e.g. a coroutine stepped by a Task): the
//!   fiber stays on the Rust stack and becomes a *host*. Its `block` loops: run other
//!   runnable fibers one slice each (hosting them), and when none is runnable, wait in mio
//!   for the earliest timer, a ready fd, or a signal. It returns once its own wait is over.
//!
//! A parked fiber's fd wait completes with a deferred result computed when it resumes; if
//! that retry would block again (another thread took the data or the connection), it
//! parks again with a new wait (`Vm::resume_can_park`) rather than pinning the host.
//!
//! A fiber pinned on the Rust stack under a host can only continue when the fibers hosted
//! above it park, finish or use up their time slice; that is the one limit of the design
//! (documented in the README). Time slices: a ticker thread raises the interpreter's
//! safe-point flag every switch interval (5 ms, `sys.setswitchinterval`) while more than
//! one fiber exists; at clean points (backward jumps, returns, after native calls) a hosted
//! fiber parks and lets the next runnable one go; a host runs one other fiber, nested.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use mio::unix::SourceFd;
use mio::{Events, Interest, Poll, Token};

use super::frame::Frame;
use super::object::{DictObj, NativeObject};
use super::value::{PyStr, Value};
use super::{PyErr, PyResult, Vm};

pub type FiberId = u64;

/// The fiber the program starts on.
pub const MAIN_FIBER: FiberId = 1;

/// Set by the ticker thread when the running fiber's time slice is over.
static SWITCH_REQUESTED: AtomicBool = AtomicBool::new(false);
/// Whether the ticker should request switches (more than one fiber exists).
static SWITCHING: AtomicBool = AtomicBool::new(false);
/// The switch interval in microseconds, as CPython keeps it (`sys.getswitchinterval`).
static SWITCH_INTERVAL_US: AtomicU64 = AtomicU64::new(5_000);
static TICKER_STARTED: AtomicBool = AtomicBool::new(false);

pub fn switch_interval() -> f64 {
    SWITCH_INTERVAL_US.load(Ordering::Relaxed) as f64 * 1e-6
}

pub fn set_switch_interval(secs: f64) {
    SWITCH_INTERVAL_US.store((secs * 1e6).min(1e15) as u64, Ordering::Relaxed);
}

fn start_ticker() {
    if TICKER_STARTED.swap(true, Ordering::SeqCst) {
        return;
    }
    let _ = std::thread::Builder::new().name("aspic-ticker".into()).spawn(|| {
        // Signals belong to the interpreter thread.
        crate::runtime::signals::block_async_signals_in_this_thread();
        loop {
            std::thread::sleep(Duration::from_micros(SWITCH_INTERVAL_US.load(Ordering::Relaxed).max(1)));
            if SWITCHING.load(Ordering::Relaxed) {
                SWITCH_REQUESTED.store(true, Ordering::Relaxed);
                super::set_finalize_pending(true);
            }
        }
    });
}

/// Computes a blocked call's result once its fiber is current again.
pub type Resume = Box<dyn FnOnce(&mut Vm) -> PyResult<Value>>;

/// How a blocked call completes when its fiber resumes.
pub enum Outcome {
    Value(Value),
    Error(PyErr),
    /// Computed once the fiber is current again (a poller re-reads readiness).
    Deferred(Resume),
    /// Preempted at a clean point: nothing to deliver.
    Continue,
}

/// What a blocked fiber waits for.
pub enum WaitKind {
    /// `time.sleep`: the deadline gives None.
    Sleep,
    /// Queued on a lock (a native `_thread.lock`): the releaser hands the lock over and
    /// delivers True; the deadline removes the fiber from the queue and gives False.
    Lock(Rc<NativeObject>),
    /// A file descriptor's readiness (registered in the hub for reading and/or
    /// writing); readiness or the deadline both complete with the deferred result given
    /// to `block`.
    Fd { fd: i32, read: bool, write: bool },
}

struct Wait {
    kind: WaitKind,
    /// Matches the timer entry that belongs to this wait (older entries are stale).
    seq: u64,
    resume: Option<Resume>,
}

/// Per-thread interpreter state that is swapped when fibers switch.
#[derive(Default)]
pub struct FiberLocals {
    cur_globals: Option<Rc<DictObj>>,
    cur_locals: Option<Value>,
    cur_handled: Value,
    running_loop: Option<Value>,
    /// Values of the per-thread module globals, in registration order.
    globals: Vec<Value>,
}

pub struct Fiber {
    /// A parked fiber's running frame and its callers.
    top: Option<Box<Frame>>,
    #[allow(clippy::vec_box)] // the VM's frame stack, moved out as is
    frames: Vec<Box<Frame>>,
    outcome: Option<Outcome>,
    wait: Option<Wait>,
    /// Blocked on the Rust stack in `block` (only that call can resume it).
    pinned: bool,
    locals: FiberLocals,
    /// Locks released when the fiber ends (`_thread._set_sentinel`).
    pub sentinels: Vec<Rc<NativeObject>>,
    /// What was started, for the report of an exception that escapes it.
    pub entry: Value,
}

impl Fiber {
    fn new(entry: Value) -> Fiber {
        Fiber {
            top: None,
            frames: Vec::new(),
            outcome: None,
            wait: None,
            pinned: false,
            locals: FiberLocals::default(),
            sentinels: Vec::new(),
            entry,
        }
    }
}

/// The waiting side of the scheduler: a mio poll for fd waits and the signal pipe.
struct Hub {
    poll: Poll,
    events: Events,
    /// The VM's interrupt wakeup pipe is registered (see `vm::limits`).
    interrupt: bool,
}

const HUB_SIGNAL: Token = Token(usize::MAX);
const HUB_INTERRUPT: Token = Token(usize::MAX - 1);

pub struct Scheduler {
    pub current: FiberId,
    fibers: HashMap<FiberId, Fiber>,
    /// Parked fibers (not pinned) whose wait is over, in wake-up order.
    runnable: VecDeque<FiberId>,
    timers: BinaryHeap<Reverse<(i128, u64, FiberId)>>,
    next_id: FiberId,
    seq: u64,
    hub: Option<Hub>,
    /// `native_depth` of the interpreter run hosting the current fiber's base frame;
    /// blocking calls made directly from that run park. usize::MAX: not hosted (main).
    pub host_base_depth: usize,
    /// A blocking call asked to park the current fiber: the interpreter loop returns to
    /// the host at its next clean point.
    pub park_pending: bool,
    pub parked_top: Option<Box<Frame>>,
    /// Module globals with one value per thread: (namespace, name, factory for new threads).
    per_thread: Vec<(Rc<DictObj>, Rc<PyStr>, Value)>,
    park_sentinel: Option<PyErr>,
    /// A parked fiber's deferred result is being computed (in `host`): a call that has to
    /// wait again may park again (see [`Vm::resume_can_park`]).
    resuming: bool,
}

impl Default for Scheduler {
    fn default() -> Self {
        let mut fibers = HashMap::new();
        fibers.insert(MAIN_FIBER, Fiber::new(Value::None));
        Scheduler {
            current: MAIN_FIBER,
            fibers,
            runnable: VecDeque::new(),
            timers: BinaryHeap::new(),
            next_id: MAIN_FIBER + 1,
            seq: 0,
            hub: None,
            host_base_depth: usize::MAX,
            park_pending: false,
            parked_top: None,
            per_thread: Vec::new(),
            park_sentinel: None,
            resuming: false,
        }
    }
}

impl Scheduler {
    /// More than one fiber exists (blocking calls must let the others run).
    pub fn threaded(&self) -> bool {
        self.fibers.len() > 1
    }

    pub fn count(&self) -> usize {
        self.fibers.len()
    }

    pub fn fiber_mut(&mut self, id: FiberId) -> Option<&mut Fiber> {
        self.fibers.get_mut(&id)
    }

    /// The hub, made on first use; `interrupt_fd` is the VM's interrupt wakeup pipe
    /// (registered once it exists, which may be after the hub was made).
    fn hub(&mut self, interrupt_fd: Option<i32>) -> std::io::Result<&mut Hub> {
        if self.hub.is_none() {
            let poll = Poll::new()?;
            if let Some(fd) = crate::runtime::signals::wake_fd() {
                poll.registry().register(&mut SourceFd(&fd), HUB_SIGNAL, Interest::READABLE)?;
            }
            self.hub = Some(Hub {
                poll,
                events: Events::with_capacity(64),
                interrupt: false,
            });
        }
        let h = self.hub.as_mut().expect("hub");
        if let Some(fd) = interrupt_fd
            && !h.interrupt
        {
            h.poll.registry().register(&mut SourceFd(&fd), HUB_INTERRUPT, Interest::READABLE)?;
            h.interrupt = true;
        }
        Ok(h)
    }

    /// Ends `id`'s wait with `outcome`; a parked fiber becomes runnable.
    pub fn wake(&mut self, id: FiberId, outcome: Outcome) {
        let Some(fib) = self.fibers.get_mut(&id) else { return };
        let Some(w) = fib.wait.take() else { return };
        fib.outcome = Some(outcome);
        let pinned = fib.pinned;
        if let WaitKind::Fd { fd, .. } = w.kind
            && let Some(h) = self.hub.as_mut()
        {
            let _ = h.poll.registry().deregister(&mut SourceFd(&fd));
        }
        if !pinned {
            self.runnable.push_back(id);
        }
    }

    /// Is `id` queued on `lock` (and not yet woken)?
    pub fn is_waiting_on(&self, id: FiberId, lock: &Rc<NativeObject>) -> bool {
        self.fibers
            .get(&id)
            .and_then(|f| f.wait.as_ref())
            .is_some_and(|w| matches!(&w.kind, WaitKind::Lock(l) if Rc::ptr_eq(l, lock)))
    }
}

impl Vm {
    /// The error value that carries a park request out of the dispatch loop (never seen
    /// by Python code).
    pub fn park_sentinel(&mut self) -> PyErr {
        if let Some(e) = &self.sched.park_sentinel {
            return e.clone();
        }
        let e = self.runtime_error("internal: fiber park");
        self.sched.park_sentinel = Some(e.clone());
        e
    }

    /// Whether a blocking native may park: it was called directly by a CALL instruction
    /// in the base run of a hosted fiber. Read it first thing in the native.
    pub fn can_park(&self) -> bool {
        self.native_entries == self.park_entry && self.native_depth == self.sched.host_base_depth
    }

    /// Whether a blocking call made by a `resume` closure of [`Vm::block`] (retrying an
    /// operation that would still block) may park again rather than wait on the Rust
    /// stack: true while a parked fiber's deferred result is computed.
    pub fn resume_can_park(&self) -> bool {
        self.sched.resuming
    }

    fn run_resume(&mut self, f: Resume) -> PyResult<Value> {
        let was = std::mem::replace(&mut self.sched.resuming, true);
        self.sched.park_pending = false;
        let r = f(self);
        self.sched.resuming = was;
        r
    }

    /// Creates a fiber that will run `frame` (a frame with resumer Native) when the
    /// scheduler gets to it. Returns its id.
    pub fn spawn_fiber(&mut self, frame: Box<Frame>, entry: Value) -> PyResult<FiberId> {
        let id = self.sched.next_id;
        self.sched.next_id += 1;
        let mut fib = Fiber::new(entry);
        fib.top = Some(frame);
        fib.outcome = Some(Outcome::Continue);
        // New threads start with fresh per-thread globals.
        let factories: Vec<Value> = self.sched.per_thread.iter().map(|(_, _, f)| f.clone()).collect();
        for f in factories {
            let v = if f.is_none() { Value::None } else { self.call(&f, &[])? };
            fib.locals.globals.push(v);
        }
        fib.locals.cur_handled = Value::None;
        self.sched.fibers.insert(id, fib);
        self.sched.runnable.push_back(id);
        SWITCHING.store(true, Ordering::Relaxed);
        start_ticker();
        Ok(id)
    }

    /// Makes `name` in `ns` a per-thread global: each thread sees its own value; threads
    /// started later get `factory()` (or None).
    pub fn register_per_thread_global(&mut self, ns: Rc<DictObj>, name: Rc<PyStr>, factory: Value) -> PyResult<()> {
        let cur = ns.d.borrow().get_str(&name).cloned().unwrap_or(Value::None);
        let ids: Vec<FiberId> = self.sched.fibers.keys().copied().filter(|id| *id != self.sched.current).collect();
        for id in ids {
            let v = if factory.is_none() {
                Value::None
            } else {
                self.call(&factory, &[])?
            };
            if let Some(f) = self.sched.fibers.get_mut(&id) {
                let n = self.sched.per_thread.len();
                if f.locals.globals.len() == n {
                    f.locals.globals.push(v);
                }
            }
        }
        let _ = cur;
        self.sched.per_thread.push((ns, name, factory));
        Ok(())
    }

    /// Blocks the current fiber on `kind` until it is woken or `deadline` (VM monotonic
    /// ns) passes. `parkable` is [`Vm::can_park`] read at the native's entry; `resume`
    /// computes the result of an fd wait. A parked call returns a placeholder: the real
    /// result reaches the frame when the fiber resumes.
    pub fn block(&mut self, kind: WaitKind, deadline: Option<i128>, parkable: bool, resume: Option<Resume>) -> PyResult<Value> {
        let id = self.sched.current;
        self.begin_wait(id, kind, deadline, resume)?;
        if parkable {
            self.sched.park_pending = true;
            super::set_finalize_pending(true);
            return Ok(Value::None);
        }
        self.host_until_woken(id)
    }

    fn begin_wait(&mut self, id: FiberId, kind: WaitKind, deadline: Option<i128>, resume: Option<Resume>) -> PyResult<()> {
        if let WaitKind::Fd { fd, read, write } = &kind {
            let fd = *fd;
            let interest = match (read, write) {
                (true, true) => Interest::READABLE | Interest::WRITABLE,
                (false, true) => Interest::WRITABLE,
                _ => Interest::READABLE,
            };
            let ifd = self.limits.interrupt_fd();
            let r = self
                .sched
                .hub(ifd)
                .and_then(|h| h.poll.registry().register(&mut SourceFd(&fd), Token(id as usize), interest));
            if let Err(e) = r {
                return Err(crate::modules::aspic_loop::io_error(self, &e));
            }
        }
        self.sched.seq += 1;
        let seq = self.sched.seq;
        if let Some(d) = deadline {
            self.sched.timers.push(Reverse((d, seq, id)));
        }
        if let Some(f) = self.sched.fibers.get_mut(&id) {
            f.wait = Some(Wait { kind, seq, resume });
            f.outcome = None;
        }
        Ok(())
    }

    /// The current fiber's wait, run from the Rust stack: host other fibers until it is
    /// over, then deliver its outcome.
    fn host_until_woken(&mut self, id: FiberId) -> PyResult<Value> {
        let was_pinned = self.fiber_pinned(id);
        self.set_pinned(id, true);
        let r = loop {
            self.expire_timers();
            if let Some(o) = self.sched.fibers.get_mut(&id).and_then(|f| f.outcome.take()) {
                break self.deliver(o);
            }
            if id == MAIN_FIBER && self.wake_pending() {
                if let Err(e) = self.check_signals() {
                    self.cancel_wait(id);
                    break Err(e);
                }
                continue;
            }
            if self.sched.hub.is_some() {
                self.poll_hub(Some(Duration::ZERO));
                if self.sched.fibers.get(&id).is_some_and(|f| f.outcome.is_some()) {
                    continue;
                }
            }
            if let Some(next) = self.sched.runnable.pop_front() {
                self.host(next);
                continue;
            }
            self.idle_wait();
        };
        self.set_pinned(id, was_pinned);
        r
    }

    fn fiber_pinned(&self, id: FiberId) -> bool {
        self.sched.fibers.get(&id).is_some_and(|f| f.pinned)
    }

    fn set_pinned(&mut self, id: FiberId, v: bool) {
        if let Some(f) = self.sched.fibers.get_mut(&id) {
            f.pinned = v;
        }
    }

    fn deliver(&mut self, o: Outcome) -> PyResult<Value> {
        match o {
            Outcome::Value(v) => Ok(v),
            Outcome::Error(e) => Err(e),
            Outcome::Deferred(f) => {
                // On the Rust stack: a wait that has to start again cannot park.
                let was = std::mem::replace(&mut self.sched.resuming, false);
                let r = f(self);
                self.sched.resuming = was;
                r
            }
            Outcome::Continue => Ok(Value::None),
        }
    }

    /// Removes the current fiber's wait (a signal interrupted it).
    fn cancel_wait(&mut self, id: FiberId) {
        let w = self.sched.fibers.get_mut(&id).and_then(|f| f.wait.take());
        if let Some(w) = w {
            match w.kind {
                WaitKind::Lock(lock) => crate::modules::thread::remove_waiter(&lock, id),
                WaitKind::Fd { fd, .. } => {
                    if let Some(h) = self.sched.hub.as_mut() {
                        let _ = h.poll.registry().deregister(&mut SourceFd(&fd));
                    }
                }
                WaitKind::Sleep => {}
            }
        }
    }

    /// Time slice over: let other fibers run. A hosted fiber at a clean point of its
    /// base run parks (Err: the park sentinel), which also gives control back to the
    /// fibers pinned under it; otherwise one other runnable fiber runs, nested.
    pub fn preempt(&mut self, clean: bool) -> PyResult<()> {
        let hosted_base = self.native_depth == self.sched.host_base_depth;
        if clean && hosted_base {
            let id = self.sched.current;
            if let Some(f) = self.sched.fibers.get_mut(&id) {
                f.outcome = Some(Outcome::Continue);
            }
            self.sched.runnable.push_back(id);
            self.sched.park_pending = true;
            return Err(self.park_sentinel());
        }
        if hosted_base {
            // Wait for a clean point to park.
            SWITCH_REQUESTED.store(true, Ordering::Relaxed);
            super::set_finalize_pending(true);
            return Ok(());
        }
        self.expire_timers();
        if self.sched.hub.is_some() {
            self.poll_hub(Some(Duration::ZERO));
        }
        if let Some(next) = self.sched.runnable.pop_front() {
            self.host(next);
        }
        Ok(())
    }

    /// Is a switch due (and clears the request)?
    pub fn take_switch_request(&self) -> bool {
        SWITCH_REQUESTED.swap(false, Ordering::Relaxed)
    }

    /// Runs fiber `y` until it parks or ends, then comes back to the current fiber.
    fn host(&mut self, y: FiberId) {
        let Some(fy) = self.sched.fibers.get_mut(&y) else { return };
        let Some(top) = fy.top.take() else { return };
        let frames = std::mem::take(&mut fy.frames);
        let outcome = fy.outcome.take();
        let locals = std::mem::take(&mut fy.locals);
        let x = self.sched.current;
        let saved_frames = std::mem::replace(&mut self.frames, frames);
        let saved_locals = self.swap_out_locals();
        self.sched.current = y;
        self.swap_in_locals(locals);
        let saved_base = self.sched.host_base_depth;
        self.native_depth += 1;
        self.sched.host_base_depth = self.native_depth;
        let mut top = top;
        let mut pending = None;
        match outcome {
            Some(Outcome::Value(v)) => {
                if let Some(t) = top.stack.last_mut() {
                    *t = v;
                }
            }
            Some(Outcome::Error(e)) => {
                top.stack.pop();
                pending = Some(e);
            }
            Some(Outcome::Deferred(f)) => match self.run_resume(f) {
                // It waits again (the fd was taken by another thread, a spurious
                // wake-up): the fiber stays parked with its new wait.
                Ok(_) if self.sched.park_pending => {
                    self.sched.park_pending = false;
                    self.native_depth -= 1;
                    self.sched.host_base_depth = saved_base;
                    let frames = std::mem::take(&mut self.frames);
                    let locals = self.swap_out_locals();
                    if let Some(f) = self.sched.fibers.get_mut(&y) {
                        f.top = Some(top);
                        f.frames = frames;
                        f.locals = locals;
                    }
                    self.sched.current = x;
                    self.frames = saved_frames;
                    self.swap_in_locals(saved_locals);
                    return;
                }
                Ok(v) => {
                    if let Some(t) = top.stack.last_mut() {
                        *t = v;
                    }
                }
                Err(e) => {
                    top.stack.pop();
                    pending = Some(e);
                }
            },
            Some(Outcome::Continue) | None => {}
        }
        let r = self.run_hosted(top, pending);
        self.native_depth -= 1;
        self.sched.host_base_depth = saved_base;
        match self.sched.parked_top.take() {
            Some(top) => {
                let frames = std::mem::take(&mut self.frames);
                let locals = self.swap_out_locals();
                if let Some(f) = self.sched.fibers.get_mut(&y) {
                    f.top = Some(top);
                    f.frames = frames;
                    f.locals = locals;
                }
            }
            None => {
                if let Err(e) = r {
                    self.report_fiber_error(y, &e);
                }
                self.finish_fiber(y);
                self.frames.clear();
                drop(self.swap_out_locals());
            }
        }
        self.sched.current = x;
        self.frames = saved_frames;
        self.swap_in_locals(saved_locals);
    }

    fn report_fiber_error(&mut self, y: FiberId, e: &PyErr) {
        // An abort is the host's to report (and is re-raised in the main thread).
        if e.is(&self.types.system_exit) || self.limits.aborting.is_some() {
            return;
        }
        let entry = self.sched.fibers.get(&y).map(|f| f.entry.clone()).unwrap_or(Value::None);
        let r = self.repr_string(&entry).unwrap_or_else(|_| "?".into());
        self.write_unraisable(e, &format!("Exception ignored in thread started by: {r}"));
    }

    /// A fiber's base frame has returned: release its sentinel locks and forget it.
    /// After an abort (see `vm::limits`): the other threads were left mid-run, and the
    /// next run must not resume them. Their frames are dropped unrun (the caller holds
    /// the abort flag so no `finally` or `__del__` runs) and their waits are withdrawn.
    pub(crate) fn drop_other_fibers(&mut self) {
        let ids: Vec<FiberId> = self.sched.fibers.keys().copied().filter(|&id| id != MAIN_FIBER).collect();
        for id in &ids {
            let wait = self.sched.fibers.get_mut(id).and_then(|f| f.wait.take());
            match wait.map(|w| w.kind) {
                Some(WaitKind::Fd { fd, .. }) => {
                    if let Some(h) = self.sched.hub.as_mut() {
                        let _ = h.poll.registry().deregister(&mut SourceFd(&fd));
                    }
                }
                Some(WaitKind::Lock(lock)) => crate::modules::thread::remove_waiter(&lock, *id),
                _ => {}
            }
            self.finish_fiber(*id);
        }
        let fibers = &self.sched.fibers;
        self.sched.runnable.retain(|id| fibers.contains_key(id));
        self.sched.timers.retain(|Reverse((_, _, id))| fibers.contains_key(id));
        if let Some(main) = self.sched.fibers.get_mut(&MAIN_FIBER) {
            main.wait = None;
            main.outcome = None;
        }
        self.sched.current = MAIN_FIBER;
    }

    fn finish_fiber(&mut self, y: FiberId) {
        let Some(f) = self.sched.fibers.remove(&y) else { return };
        for lock in f.sentinels {
            crate::modules::thread::release_lock(self, &lock);
        }
        if !self.sched.threaded() {
            SWITCHING.store(false, Ordering::Relaxed);
        }
    }

    fn swap_out_locals(&mut self) -> FiberLocals {
        let globals = self
            .sched
            .per_thread
            .iter()
            .map(|(ns, name, _)| ns.d.borrow().get_str(name).cloned().unwrap_or(Value::None))
            .collect();
        FiberLocals {
            cur_globals: self.cur_globals.take(),
            cur_locals: self.cur_locals.take(),
            cur_handled: std::mem::replace(&mut self.cur_handled, Value::None),
            running_loop: crate::modules::asyncio::with_state(|s| s.running_loop.take()),
            globals,
        }
    }

    fn swap_in_locals(&mut self, l: FiberLocals) {
        self.cur_globals = l.cur_globals;
        self.cur_locals = l.cur_locals;
        self.cur_handled = l.cur_handled;
        crate::modules::asyncio::with_state(|s| s.running_loop = l.running_loop);
        let slots: Vec<(Rc<DictObj>, Rc<PyStr>)> = self.sched.per_thread.iter().map(|(ns, n, _)| (ns.clone(), n.clone())).collect();
        for (i, (ns, name)) in slots.into_iter().enumerate() {
            let v = l.globals.get(i).cloned().unwrap_or(Value::None);
            ns.d.borrow_mut().set_pystr(name, v);
        }
    }

    /// Wakes fibers whose deadline has passed.
    fn expire_timers(&mut self) {
        if self.sched.timers.is_empty() {
            return;
        }
        let now = self.clock.monotonic_ns();
        while let Some(Reverse((d, seq, id))) = self.sched.timers.peek().copied() {
            if d > now {
                break;
            }
            self.sched.timers.pop();
            let live = self
                .sched
                .fibers
                .get(&id)
                .and_then(|f| f.wait.as_ref())
                .is_some_and(|w| w.seq == seq);
            if live {
                self.timeout_wait(id);
            }
        }
    }

    fn timeout_wait(&mut self, id: FiberId) {
        let Some(w) = self.sched.fibers.get_mut(&id).and_then(|f| f.wait.as_mut()) else {
            return;
        };
        let outcome = match &w.kind {
            WaitKind::Sleep => Outcome::Value(Value::None),
            WaitKind::Lock(lock) => {
                let lock = lock.clone();
                crate::modules::thread::remove_waiter(&lock, id);
                Outcome::Value(Value::Bool(false))
            }
            WaitKind::Fd { .. } => match w.resume.take() {
                Some(r) => Outcome::Deferred(r),
                None => Outcome::Value(Value::None),
            },
        };
        self.sched.wake(id, outcome);
    }

    /// Polls the hub: fd waits that are ready complete.
    fn poll_hub(&mut self, timeout: Option<Duration>) {
        let ifd = self.limits.interrupt_fd();
        let Ok(h) = self.sched.hub(ifd) else { return };
        let mut timeout = timeout;
        let start = std::time::Instant::now();
        loop {
            match h.poll.poll(&mut h.events, timeout) {
                Ok(()) => break,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    if crate::runtime::signals::pending() {
                        return;
                    }
                    timeout = timeout.map(|t| t.saturating_sub(start.elapsed()));
                }
                Err(_) => return,
            }
        }
        let ready: Vec<FiberId> = h
            .events
            .iter()
            .filter(|e| e.token() != HUB_SIGNAL && e.token() != HUB_INTERRUPT)
            .map(|e| e.token().0 as FiberId)
            .collect();
        for id in ready {
            let resume = self
                .sched
                .fibers
                .get_mut(&id)
                .and_then(|f| f.wait.as_mut())
                .filter(|w| matches!(w.kind, WaitKind::Fd { .. }))
                .map(|w| w.resume.take());
            if let Some(r) = resume {
                let outcome = match r {
                    Some(r) => Outcome::Deferred(r),
                    None => Outcome::Value(Value::None),
                };
                self.sched.wake(id, outcome);
            }
        }
    }

    /// Nothing can run: wait for the earliest timer, an fd or a signal.
    fn idle_wait(&mut self) {
        let next = self.sched.timers.peek().map(|Reverse((d, _, _))| *d);
        let now = self.clock.monotonic_ns();
        let timeout = next.map(|d| Duration::from_nanos((d - now).max(0) as u64));
        if self.clock.is_virtual()
            && let Some(t) = timeout
        {
            // Virtual time: anything already ready first, else jump to the deadline.
            self.poll_hub(Some(Duration::ZERO));
            if self.sched.runnable.is_empty() && !self.wake_pending() {
                self.clock.advance_ns(t.as_nanos() as i128);
            }
            return;
        }
        if self.wake_pending() {
            return;
        }
        self.flush_stdout();
        self.poll_hub(timeout);
    }

    /// After the main module (and the report of its uncaught exception, if any):
    /// `threading._shutdown()` waits for the non-daemon threads; daemon threads are
    /// abandoned.
    pub fn shutdown_threads(&mut self) {
        let threading = self.modules.d.borrow().get_by_str("threading").cloned();
        let Some(threading) = threading else { return };
        let r = self.get_attr_str(&threading, "_shutdown").and_then(|f| self.call(&f, &[]));
        if let Err(e) = r {
            if e.is(&self.types.keyboard_interrupt) {
                let text = self.format_exception(&e);
                self.write_stderr(&text);
                return;
            }
            self.write_unraisable(&e, "Exception ignored on threading shutdown:");
        }
    }

    /// `_thread.get_ident()` of the current fiber.
    pub fn fiber_ident(&self) -> u64 {
        self.sched.current
    }
}
