//! Async in both directions: the host drives the interpreter's asyncio loop
//! ([`Interpreter::run_until_complete`], [`Interpreter::run_ready`]), completes futures
//! that scripts await ([`Interpreter::create_future`], [`Completer`], from any thread),
//! exposes Rust futures as awaitables ([`Interpreter::future_from`]) and awaits script
//! coroutines from Rust async code ([`Interpreter::run_async`]).
//!
//! Runtime assumptions: none of these need a particular executor. Rust futures given to
//! [`Interpreter::future_from`] are polled on the interpreter's thread with a waker that
//! wakes the loop; a future that needs a runtime's reactor (tokio's timers or sockets)
//! must be spawned on that runtime and its `JoinHandle` passed instead. The future
//! returned by [`Interpreter::run_async`] works under any executor: while the script
//! waits, a helper thread watches the loop's poller and timers and calls the waker.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use super::value::{FromValue, IntoValue, Value};
use super::{Error, Interpreter};
use crate::modules::aspic_loop::LoopWaker;
use crate::vm::Vm;

/// Produces a host future's outcome on the interpreter's thread.
type Outcome = Box<dyn FnOnce(&mut Interpreter) -> Result<Value, Error> + Send>;
type LocalOutcome = Box<dyn FnOnce(&mut Interpreter) -> Result<Value, Error>>;
type RustFuture = Pin<Box<dyn Future<Output = LocalOutcome>>>;

/// The part other threads reach: queued completions and woken Rust futures.
struct Shared {
    completions: Mutex<Vec<(u64, Option<Outcome>)>>,
    woken: Mutex<Vec<u64>>,
    /// The VM's `host_pending` flag.
    pending: Arc<AtomicBool>,
    waker: Mutex<Option<LoopWaker>>,
}

impl Shared {
    /// Asks the interpreter thread to look at the queues: at its next safe point if it is
    /// running, or as soon as its loop's wait ends.
    fn notify(&self) {
        self.pending.store(true, Ordering::SeqCst);
        crate::vm::set_finalize_pending(true);
        if let Some(w) = &*self.waker.lock().unwrap_or_else(|e| e.into_inner()) {
            let _ = w.wake();
        }
    }
}

/// The embedding layer's async state, kept in the VM (`Vm::host_async`).
struct AsyncState {
    shared: Arc<Shared>,
    event_loop: Option<Value>,
    /// Python futures waiting for a host completion or a Rust future, by id.
    futures: HashMap<u64, Value>,
    rust: HashMap<u64, RustFuture>,
    next_id: u64,
}

fn state(py: &mut Interpreter) -> Rc<RefCell<AsyncState>> {
    let vm = py.vm_mut();
    if let Some(s) = vm.host_async.clone().and_then(|a| a.downcast::<RefCell<AsyncState>>().ok()) {
        return s;
    }
    let s = Rc::new(RefCell::new(AsyncState {
        shared: Arc::new(Shared {
            completions: Mutex::new(Vec::new()),
            woken: Mutex::new(Vec::new()),
            pending: vm.host_pending.clone(),
            waker: Mutex::new(None),
        }),
        event_loop: None,
        futures: HashMap::new(),
        rust: HashMap::new(),
        next_id: 0,
    }));
    vm.host_async = Some(s.clone() as Rc<dyn Any>);
    vm.host_hook = Some(drain);
    s
}

/// Runs queued completions and polls woken Rust futures (the VM's `host_hook`).
fn drain(vm: &mut Vm) {
    let py = Interpreter::from_vm(vm);
    let st = state(py);
    let shared = st.borrow().shared.clone();
    loop {
        let completions: Vec<(u64, Option<Outcome>)> = std::mem::take(&mut *shared.completions.lock().unwrap_or_else(|e| e.into_inner()));
        let woken: Vec<u64> = std::mem::take(&mut *shared.woken.lock().unwrap_or_else(|e| e.into_inner()));
        if completions.is_empty() && woken.is_empty() {
            break;
        }
        for (id, outcome) in completions {
            let fut = st.borrow_mut().futures.remove(&id);
            if let Some(fut) = fut {
                match outcome {
                    Some(f) => {
                        let r = f(py);
                        settle(py, &fut, r)
                    }
                    // The completer was dropped: nobody will complete it.
                    None => {
                        let _ = py.call_method::<Value>(&fut, "cancel", ());
                    }
                }
            }
        }
        for id in woken {
            poll_rust(py, &st, id);
        }
    }
}

/// Sets a Python future's result or exception, unless the script cancelled it.
fn settle(py: &mut Interpreter, fut: &Value, r: Result<Value, Error>) {
    if py.call_method::<bool>(fut, "done", ()).unwrap_or(true) {
        return;
    }
    let r = match r {
        Ok(v) => py.call_method::<Value>(fut, "set_result", (v,)),
        Err(e) => {
            let exc = py.raise(e).value();
            py.call_method::<Value>(fut, "set_exception", (Value(exc),))
        }
    };
    if let Err(e) = r {
        let text = e.traceback().to_string();
        py.vm_mut().write_stderr(&text);
    }
}

struct FutureWaker {
    shared: Arc<Shared>,
    id: u64,
}

impl Wake for FutureWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.shared.woken.lock().unwrap_or_else(|e| e.into_inner()).push(self.id);
        self.shared.notify();
    }
}

/// Polls Rust future `id` once; settles its Python future when it is ready.
fn poll_rust(py: &mut Interpreter, st: &Rc<RefCell<AsyncState>>, id: u64) {
    let (fut, pyfut, shared) = {
        let mut s = st.borrow_mut();
        let Some(fut) = s.rust.remove(&id) else { return };
        let Some(pyfut) = s.futures.get(&id).cloned() else { return };
        (fut, pyfut, s.shared.clone())
    };
    // A future the script cancelled is dropped without another poll.
    if py.call_method::<bool>(&pyfut, "done", ()).unwrap_or(true) {
        st.borrow_mut().futures.remove(&id);
        return;
    }
    let mut fut = fut;
    let waker = Waker::from(Arc::new(FutureWaker { shared, id }));
    let mut cx = Context::from_waker(&waker);
    match fut.as_mut().poll(&mut cx) {
        Poll::Ready(outcome) => {
            st.borrow_mut().futures.remove(&id);
            let r = outcome(py);
            settle(py, &pyfut, r);
        }
        Poll::Pending => {
            st.borrow_mut().rust.insert(id, fut);
        }
    }
}

/// Completes a future created by [`Interpreter::create_future`], from any thread.
///
/// Dropping a `Completer` without completing cancels the future (the awaiting script
/// gets `CancelledError`). Values cross threads as `Send` Rust data and become Python
/// values on the interpreter's thread.
pub struct Completer {
    shared: Arc<Shared>,
    id: u64,
    done: bool,
}

impl Completer {
    /// Completes with a value.
    pub fn resolve<T: IntoValue + Send + 'static>(self, value: T) {
        self.complete(move |py| value.into_value(py))
    }

    /// Completes with an exception (see [`Error::new`]).
    pub fn reject(self, error: Error) {
        self.complete(move |_| Err(error))
    }

    /// Completes with whatever `f` computes on the interpreter's thread.
    pub fn complete(mut self, f: impl FnOnce(&mut Interpreter) -> Result<Value, Error> + Send + 'static) {
        self.done = true;
        self.push(Some(Box::new(f)));
    }

    fn push(&self, outcome: Option<Outcome>) {
        self.shared
            .completions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((self.id, outcome));
        self.shared.notify();
    }
}

impl Drop for Completer {
    fn drop(&mut self) {
        if !self.done {
            self.push(None);
        }
    }
}

/// What the loop has to do after [`Interpreter::run_ready`].
#[derive(Clone, Debug, PartialEq)]
pub struct LoopStatus {
    /// Callbacks ready to run now (call `run_ready` again soon).
    pub ready: usize,
    /// Time until the earliest timer (None: no timer).
    pub next_timer: Option<Duration>,
}

impl Interpreter {
    /// The interpreter's asyncio event loop, created on first use and made the current
    /// loop (`asyncio.get_event_loop()` returns it). It lives as long as the interpreter
    /// and keeps its tasks between calls.
    pub fn event_loop(&mut self) -> Result<Value, Error> {
        let st = state(self);
        if let Some(l) = st.borrow().event_loop.clone() {
            return Ok(l);
        }
        let asyncio = self.import("asyncio")?;
        let lp: Value = self.call_method(&asyncio, "new_event_loop", ())?;
        self.call_method::<Value>(&asyncio, "set_event_loop", (lp.clone(),))?;
        let poller: Value = self.getattr(&lp, "_poller")?;
        let waker = crate::modules::aspic_loop::loop_waker(&poller.0);
        {
            let s = st.borrow();
            *s.shared.waker.lock().unwrap_or_else(|e| e.into_inner()) = waker;
        }
        st.borrow_mut().event_loop = Some(lp.clone());
        Ok(lp)
    }

    /// Runs the loop until `awaitable` (a coroutine, task or future) is done; its result,
    /// or its exception as an [`Error`].
    ///
    /// ```
    /// let mut py = aspic::Interpreter::new().unwrap();
    /// py.exec("import asyncio\nasync def main(n):\n    await asyncio.sleep(0.01)\n    return n + 1").unwrap();
    /// let coro = py.eval("main(41)").unwrap();
    /// assert_eq!(py.run_until_complete::<i64>(&coro).unwrap(), 42);
    /// ```
    pub fn run_until_complete<R: FromValue>(&mut self, awaitable: &Value) -> Result<R, Error> {
        let lp = self.event_loop()?;
        self.call_method(&lp, "run_until_complete", (awaitable.clone(),))
    }

    /// Schedules `awaitable` as a task on the loop and returns the task; it runs when
    /// the host runs the loop ([`Self::run_ready`], [`Self::run_until_complete`]).
    pub fn spawn(&mut self, awaitable: &Value) -> Result<Value, Error> {
        let lp = self.event_loop()?;
        let asyncio = self.import("asyncio")?;
        let ensure: Value = self.getattr(&asyncio, "ensure_future")?;
        self.call_kw(&ensure, (awaitable.clone(),), vec![("loop", lp)])
    }

    /// One iteration of the loop that does not wait: runs the callbacks that are ready,
    /// the timers that are due and the I/O that is ready, then returns what is left. For
    /// hosts with a main loop of their own (a game frame, a GUI tick).
    ///
    /// ```
    /// let mut py = aspic::Interpreter::new().unwrap();
    /// py.exec("import asyncio\nlog = []\nasync def tick():\n    for i in range(3):\n        log.append(i)\n        await asyncio.sleep(0)").unwrap();
    /// let coro = py.eval("tick()").unwrap();
    /// py.spawn(&coro).unwrap();
    /// while py.run_ready().unwrap().ready > 0 {}
    /// assert_eq!(py.get_global::<Vec<i64>>("log").unwrap(), vec![0, 1, 2]);
    /// ```
    pub fn run_ready(&mut self) -> Result<LoopStatus, Error> {
        let lp = self.event_loop()?;
        let stop: Value = self.getattr(&lp, "stop")?;
        self.call_method::<Value>(&lp, "call_soon", (stop,))?;
        self.call_method::<Value>(&lp, "run_forever", ())?;
        self.loop_status()
    }

    /// What the loop has pending, without running it.
    pub fn loop_status(&mut self) -> Result<LoopStatus, Error> {
        let lp = self.event_loop()?;
        let ready: Value = self.getattr(&lp, "_ready")?;
        let len = self.builtin("len")?;
        let ready = self.call::<usize>(&len, (ready,))?;
        let scheduled: Vec<Value> = self.getattr(&lp, "_scheduled")?;
        let now: f64 = self.call_method(&lp, "time", ())?;
        let mut earliest: Option<f64> = None;
        for h in &scheduled {
            if self.getattr::<bool>(h, "_cancelled")? {
                continue;
            }
            let when: f64 = self.getattr(h, "_when")?;
            earliest = Some(earliest.map_or(when, |e| e.min(when)));
        }
        Ok(LoopStatus {
            ready,
            next_timer: earliest.map(|w| Duration::from_secs_f64((w - now).max(0.0))),
        })
    }

    /// The loop's pollable file descriptor: readable when I/O the loop waits for is
    /// ready or another thread completed a host future. A host with its own poll(2) or
    /// epoll watches it, and calls [`Self::run_ready`] when it is readable or the next
    /// timer is due.
    pub fn loop_fd(&mut self) -> Result<i32, Error> {
        let lp = self.event_loop()?;
        let poller: Value = self.getattr(&lp, "_poller")?;
        crate::modules::aspic_loop::poller_fd(&poller.0)
            .map(|(fd, _)| fd)
            .ok_or_else(|| Error::new("RuntimeError", "the event loop is closed"))
    }

    /// A built-in by name.
    fn builtin(&mut self, name: &str) -> Result<Value, Error> {
        let v = self.vm_mut().builtins.d.borrow().get_by_str(name).cloned();
        v.map(Value)
            .ok_or_else(|| Error::new("NameError", format!("name '{name}' is not defined")))
    }

    /// An asyncio future on the interpreter's loop, and the [`Completer`] that completes
    /// it from any thread. Return the future from a native function and the script can
    /// `await` it while the host does the work its own way.
    ///
    /// ```
    /// let mut py = aspic::Interpreter::new().unwrap();
    /// py.register_function("fetch", |py, (url,): (String,)| {
    ///     let (fut, done) = py.create_future()?;
    ///     std::thread::spawn(move || done.resolve(format!("<body of {url}>")));
    ///     Ok(fut)
    /// }).unwrap();
    /// py.exec("async def main():\n    return await fetch('http://x')").unwrap();
    /// let coro = py.eval("main()").unwrap();
    /// assert_eq!(py.run_until_complete::<String>(&coro).unwrap(), "<body of http://x>");
    /// ```
    pub fn create_future(&mut self) -> Result<(Value, Completer), Error> {
        let lp = self.event_loop()?;
        let fut: Value = self.call_method(&lp, "create_future", ())?;
        let st = state(self);
        let mut s = st.borrow_mut();
        s.next_id += 1;
        let id = s.next_id;
        s.futures.insert(id, fut.clone());
        let completer = Completer {
            shared: s.shared.clone(),
            id,
            done: false,
        };
        Ok((fut, completer))
    }

    /// Exposes a Rust future as an asyncio future scripts can await. It is polled on the
    /// interpreter's thread whenever its waker fires (from any thread); dropping it is
    /// how a script's cancellation reaches it.
    ///
    /// ```
    /// use std::sync::{Arc, Mutex};
    /// use std::task::{Poll, Waker};
    /// let mut py = aspic::Interpreter::new().unwrap();
    /// // Any executor-agnostic future works; here a one-shot slot filled by a thread.
    /// let slot: Arc<Mutex<(Option<i64>, Option<Waker>)>> = Default::default();
    /// let theirs = slot.clone();
    /// let fut = py.future_from(std::future::poll_fn(move |cx| {
    ///     let mut s = theirs.lock().unwrap();
    ///     match s.0.take() {
    ///         Some(v) => Poll::Ready(Ok::<_, aspic::Error>(v * 2)),
    ///         None => { s.1 = Some(cx.waker().clone()); Poll::Pending }
    ///     }
    /// })).unwrap();
    /// std::thread::spawn(move || {
    ///     let mut s = slot.lock().unwrap();
    ///     s.0 = Some(21);
    ///     if let Some(w) = s.1.take() { w.wake() }
    /// });
    /// py.set_global("answer", fut).unwrap();
    /// py.exec("async def main():\n    return await answer").unwrap();
    /// let coro = py.eval("main()").unwrap();
    /// assert_eq!(py.run_until_complete::<i64>(&coro).unwrap(), 42);
    /// ```
    pub fn future_from<F, T>(&mut self, future: F) -> Result<Value, Error>
    where
        F: Future<Output = Result<T, Error>> + 'static,
        T: IntoValue + 'static,
    {
        let (fut, mut completer) = self.create_future()?;
        // The Python future is settled by the Rust one, not by a completer.
        completer.done = true;
        let id = completer.id;
        drop(completer);
        let boxed: RustFuture = Box::pin(async move {
            let r = future.await;
            Box::new(move |py: &mut Interpreter| r.and_then(|v| v.into_value(py))) as LocalOutcome
        });
        let st = state(self);
        st.borrow_mut().rust.insert(id, boxed);
        self.api(|py| {
            poll_rust(py, &st, id);
            Ok(())
        })?;
        Ok(fut)
    }

    /// A Rust future that runs `awaitable` on the interpreter's loop and resolves to its
    /// result: script coroutines can be awaited from Rust async code (under any
    /// executor; see the module notes). The interpreter is borrowed until it resolves.
    pub fn run_async<'a>(&'a mut self, awaitable: &Value) -> Result<ScriptFuture<'a>, Error> {
        let task = self.spawn(awaitable)?;
        Ok(ScriptFuture {
            py: self,
            task,
            watcher: None,
        })
    }
}

/// The future returned by [`Interpreter::run_async`].
pub struct ScriptFuture<'a> {
    py: &'a mut Interpreter,
    task: Value,
    watcher: Option<mpsc::Sender<(i32, Option<Duration>, Waker)>>,
}

/// Waits (on its own thread) until the loop's poller fd is readable or the deadline
/// passes, then wakes the task that awaits the script.
fn watcher() -> mpsc::Sender<(i32, Option<Duration>, Waker)> {
    let (tx, rx) = mpsc::channel::<(i32, Option<Duration>, Waker)>();
    std::thread::spawn(move || {
        while let Ok((fd, timeout, waker)) = rx.recv() {
            let ms = timeout.map_or(-1, |t| t.as_millis().min(i32::MAX as u128) as i32 + 1);
            let mut pfd = libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd; the fd stays open while the future is pending
            // (the interpreter, which owns the loop, is borrowed by it).
            unsafe {
                libc::poll(&mut pfd, 1, ms);
            }
            waker.wake();
        }
    });
    tx
}

impl Future for ScriptFuture<'_> {
    type Output = Result<Value, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let status = match this.py.run_ready() {
            Ok(s) => s,
            Err(e) => return Poll::Ready(Err(e)),
        };
        match this.py.call_method::<bool>(&this.task, "done", ()) {
            Ok(true) => return Poll::Ready(this.py.call_method(&this.task, "result", ())),
            Ok(false) => {}
            Err(e) => return Poll::Ready(Err(e)),
        }
        let (fd, sticky) = match this.py.event_loop().and_then(|lp| this.py.getattr::<Value>(&lp, "_poller")) {
            Ok(p) => crate::modules::aspic_loop::poller_fd(&p.0).unwrap_or((-1, false)),
            Err(e) => return Poll::Ready(Err(e)),
        };
        if status.ready > 0 || sticky || fd < 0 || this.py.vm_mut().host_pending.load(Ordering::SeqCst) {
            cx.waker().wake_by_ref();
        } else {
            let tx = this.watcher.get_or_insert_with(watcher);
            let _ = tx.send((fd, status.next_timer, cx.waker().clone()));
        }
        Poll::Pending
    }
}

impl Drop for AsyncState {
    fn drop(&mut self) {
        // Rust futures may hold values of the interpreter: drop them before it goes.
        self.rust.clear();
    }
}

// A completer travels to other threads.
const _: () = {
    const fn is_send_sync<T: Send + Sync>() {}
    is_send_sync::<Completer>();
};
