//! `_thread`: the primitives `threading` stands on, over the VM's fibers (see
//! `vm::fiber`): starting a thread, locks whose blocking acquire blocks only the calling
//! thread, thread identities.
//!
//! A lock released while threads wait on it is handed to the first waiter (FIFO), so the
//! order in which waiting threads get a lock is deterministic.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::add_fn;
use crate::vm::fiber::{FiberId, MAIN_FIBER, Outcome, WaitKind};
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};

/// `_thread.TIMEOUT_MAX`, as CPython on Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;

/// Python source of the function every new thread's fiber starts in.
const BOOTSTRAP: &str = "def _bootstrap(func, args, kwargs):\n    func(*args, **kwargs)\n";

pub struct LockData {
    pub locked: bool,
    pub waiters: VecDeque<FiberId>,
}

thread_local! {
    static LOCK_CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

pub(crate) fn reset_thread_state() {
    LOCK_CLASS.with(|c| c.borrow_mut().take());
}

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_thread");
    let lock_cls = lock_class(vm);
    {
        let mut d = m.dict.d.borrow_mut();
        d.set_str("LockType", Value::Class(lock_cls));
        d.set_str("error", Value::Class(vm.types.runtime_error.clone()));
        d.set_str("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    }
    if let Err(e) = vm.run_source(BOOTSTRAP, "<_thread>", &m.dict, None, crate::compile::Mode::Exec) {
        let text = vm.format_exception(&e);
        vm.write_stderr(&text);
    }
    add_fn(vm, &m, "allocate_lock", |vm, a, _| {
        if !a.is_empty() {
            return Err(vm.type_error(format!("allocate_lock() takes no arguments ({} given)", a.len())));
        }
        Ok(new_lock(vm))
    });
    add_fn(vm, &m, "allocate", |vm, _, _| Ok(new_lock(vm)));
    add_fn(vm, &m, "get_ident", |vm, _, _| Ok(Value::Int(ident_of(vm.fiber_ident()))));
    add_fn(vm, &m, "get_native_id", |vm, _, _| {
        // SAFETY: getpid has no preconditions.
        let pid = unsafe { libc::getpid() } as i64;
        let id = vm.fiber_ident();
        Ok(Value::Int(if id == MAIN_FIBER { pid } else { pid + id as i64 - 1 }))
    });
    add_fn(vm, &m, "_count", |vm, _, _| Ok(Value::Int(vm.sched.count() as i64 - 1)));
    add_fn(vm, &m, "stack_size", |vm, a, _| {
        if let Some(v) = a.first() {
            let n = vm.to_index(v)?;
            if n != 0 && n < 32768 {
                return Err(vm.value_error("size not valid: 32768 bytes"));
            }
        }
        Ok(Value::Int(0))
    });
    add_fn(vm, &m, "start_new_thread", start_new_thread);
    add_fn(vm, &m, "start_new", start_new_thread);
    add_fn(vm, &m, "_set_sentinel", |vm, _, _| {
        let lock = new_lock(vm);
        if let Value::Object(o) = &lock {
            with_lock(o, |l| l.locked = true);
            let id = vm.fiber_ident();
            if let Some(f) = vm.sched.fiber_mut(id) {
                f.sentinels.push(o.clone());
            }
        }
        Ok(lock)
    });
    add_fn(vm, &m, "_format_exception", |vm, a, _| {
        let Some(v) = a.first() else {
            return Err(vm.type_error("_format_exception() takes exactly one argument (0 given)"));
        };
        let e = vm.make_exception(v)?;
        Ok(Value::string(vm.format_exception(&e)))
    });
    add_fn(vm, &m, "_per_thread_global", |vm, a, _| {
        // _per_thread_global(namespace, name, factory=None)
        let (Some(Value::Dict(ns)), Some(Value::Str(name))) = (a.first(), a.get(1)) else {
            return Err(vm.type_error("_per_thread_global(namespace: dict, name: str, factory=None)"));
        };
        let factory = a.get(2).cloned().unwrap_or(Value::None);
        vm.register_per_thread_global(ns.clone(), name.clone(), factory)?;
        Ok(Value::None)
    });
    add_fn(vm, &m, "interrupt_main", |vm, _, _| {
        // The signal goes to the whole host process.
        vm.require(crate::vm::caps::Capability::Process, "_thread.interrupt_main")?;
        // SAFETY: raising SIGINT in our own process.
        unsafe {
            libc::raise(libc::SIGINT);
        }
        Ok(Value::None)
    });
    m
}

/// Thread identities as Python shows them: large numbers, like pthread ids.
fn ident_of(id: FiberId) -> i64 {
    0x7f00_0000_0000 + (id as i64) * 0x80_0000
}

fn start_new_thread(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(vm.type_error("start_new_thread() takes no keyword arguments"));
    }
    if a.len() < 2 || a.len() > 3 {
        return Err(vm.type_error(format!(
            "start_new_thread expected at {} 3 arguments, got {}",
            if a.len() < 2 { "least" } else { "most" },
            a.len()
        )));
    }
    if !crate::runtime::builtins::is_callable(vm, &a[0]) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !matches!(a[1], Value::Tuple(_)) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = match a.get(2) {
        None => Value::dict(crate::vm::dict::Dict::new()),
        Some(d @ Value::Dict(_)) => d.clone(),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    // A Python function (or a method of one) gets its frame directly, so tracebacks
    // start in it as in CPython; anything else goes through `_bootstrap`.
    let direct = match &a[0] {
        Value::Function(f) if !f.code.is_generator_like() => Some((f.clone(), None)),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) if !f.code.is_generator_like() => Some((f.clone(), Some(m.self_.clone()))),
            _ => None,
        },
        _ => None,
    };
    if let Some((func, self_)) = direct {
        let Value::Tuple(args) = &a[1] else { unreachable!() };
        let mut pos: Vec<Value> = self_.into_iter().collect();
        pos.extend(args.iter().cloned());
        let kw: Vec<(Rc<crate::vm::value::PyStr>, Value)> = match &kwargs {
            Value::Dict(d) => {
                let mut v = vec![];
                for (k, val) in d.d.borrow().items() {
                    let Value::Str(k) = k else {
                        return Err(vm.type_error("keywords must be strings"));
                    };
                    v.push((k, val));
                }
                v
            }
            _ => vec![],
        };
        let mut frame = vm.make_frame(&func, &pos, &kw)?;
        frame.resumer = crate::vm::frame::Resumer::Native;
        let id = vm.spawn_fiber(frame, a[0].clone())?;
        return Ok(Value::Int(ident_of(id)));
    }
    let th = vm.import_module("_thread")?;
    let boot = vm.get_attr_str(&th, "_bootstrap")?;
    let Value::Function(bf) = boot else {
        return Err(vm.runtime_error("_thread._bootstrap is missing"));
    };
    let mut frame = vm.make_frame(&bf, &[a[0].clone(), a[1].clone(), kwargs], &[])?;
    frame.resumer = crate::vm::frame::Resumer::Native;
    let id = vm.spawn_fiber(frame, a[0].clone())?;
    Ok(Value::Int(ident_of(id)))
}

fn lock_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = LOCK_CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let cls = crate::vm::types::new_class("lock", vec![vm.types.object.clone()], Layout::Object, None);
    cls.dict.borrow_mut().set_str("__module__", Value::str("_thread"));
    vm.add_method(&cls, "__new__", |vm, _, _| {
        Err(vm.type_error("cannot create '_thread.lock' instances"))
    });
    vm.add_method(&cls, "acquire", |vm, a, k| {
        let parkable = vm.can_park();
        let (me, blocking, timeout) = acquire_args(vm, a, k)?;
        acquire(vm, &me, blocking, timeout, parkable)
    });
    vm.add_method(&cls, "acquire_lock", |vm, a, k| {
        let parkable = vm.can_park();
        let (me, blocking, timeout) = acquire_args(vm, a, k)?;
        acquire(vm, &me, blocking, timeout, parkable)
    });
    vm.add_method(&cls, "__enter__", |vm, a, _| {
        let parkable = vm.can_park();
        let me = self_lock(vm, a)?;
        acquire(vm, &me, true, -1.0, parkable)
    });
    vm.add_method(&cls, "release", |vm, a, _| {
        let me = self_lock(vm, a)?;
        release_checked(vm, &me)
    });
    vm.add_method(&cls, "release_lock", |vm, a, _| {
        let me = self_lock(vm, a)?;
        release_checked(vm, &me)
    });
    vm.add_method(&cls, "__exit__", |vm, a, _| {
        let me = self_lock(vm, a)?;
        release_checked(vm, &me)?;
        Ok(Value::None)
    });
    vm.add_method(&cls, "locked", |vm, a, _| {
        let me = self_lock(vm, a)?;
        Ok(Value::Bool(with_lock(&me, |l| l.locked)))
    });
    vm.add_method(&cls, "locked_lock", |vm, a, _| {
        let me = self_lock(vm, a)?;
        Ok(Value::Bool(with_lock(&me, |l| l.locked)))
    });
    vm.add_method(&cls, "_at_fork_reinit", |vm, a, _| {
        let me = self_lock(vm, a)?;
        with_lock(&me, |l| l.locked = false);
        Ok(Value::None)
    });
    vm.add_method(&cls, "__repr__", |vm, a, _| {
        let me = self_lock(vm, a)?;
        let locked = with_lock(&me, |l| l.locked);
        Ok(Value::string(format!(
            "<{} _thread.lock object at {:#x}>",
            if locked { "locked" } else { "unlocked" },
            Rc::as_ptr(&me) as *const u8 as usize
        )))
    });
    LOCK_CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    cls
}

pub fn new_lock(vm: &mut Vm) -> Value {
    let cls = lock_class(vm);
    Value::Object(Rc::new(NativeObject {
        class: cls,
        data: RefCell::new(Box::new(LockData {
            locked: false,
            waiters: VecDeque::new(),
        })),
    }))
}

fn with_lock<R>(o: &Rc<NativeObject>, f: impl FnOnce(&mut LockData) -> R) -> R {
    let mut d = o.data.borrow_mut();
    let l = d.downcast_mut::<LockData>().expect("lock data");
    f(l)
}

fn self_lock(vm: &Vm, a: &[Value]) -> PyResult<Rc<NativeObject>> {
    match a.first() {
        Some(Value::Object(o)) if o.data.borrow().is::<LockData>() => Ok(o.clone()),
        Some(v) => Err(vm.type_error(format!(
            "descriptor requires a '_thread.lock' object but received a '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error("descriptor of '_thread.lock' object needs an argument")),
    }
}

fn acquire_args(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<(Rc<NativeObject>, bool, f64)> {
    let me = self_lock(vm, a)?;
    let pos = &a[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!("acquire() takes at most 2 arguments ({} given)", pos.len())));
    }
    let mut blocking = pos.first().cloned();
    let mut timeout = pos.get(1).cloned();
    for (name, v) in k {
        match name.as_str() {
            "blocking" if blocking.is_none() => blocking = Some(v.clone()),
            "timeout" if timeout.is_none() => timeout = Some(v.clone()),
            "blocking" | "timeout" => {
                return Err(vm.type_error(format!("argument for acquire() given by name ('{}') and position", name.as_str())));
            }
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for acquire()"))),
        }
    }
    let blocking = match blocking {
        None => true,
        Some(v @ (Value::Str(_) | Value::Float(_))) => {
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v))));
        }
        Some(v) => vm.truthy(&v)?,
    };
    let timeout = match timeout {
        None => -1.0,
        Some(v) => vm.to_f64(&v)?,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok((me, blocking, timeout))
}

/// Acquires `lock`, blocking the calling fiber if needed (timeout < 0: forever).
pub fn acquire(vm: &mut Vm, lock: &Rc<NativeObject>, blocking: bool, timeout: f64, parkable: bool) -> PyResult<Value> {
    let got = with_lock(lock, |l| {
        if l.locked {
            false
        } else {
            l.locked = true;
            true
        }
    });
    if got {
        return Ok(Value::Bool(true));
    }
    if !blocking || timeout == 0.0 {
        return Ok(Value::Bool(false));
    }
    vm.check_signals()?;
    let id = vm.fiber_ident();
    with_lock(lock, |l| l.waiters.push_back(id));
    let deadline = if timeout < 0.0 {
        None
    } else {
        Some(vm.clock.monotonic_ns() + crate::vm::clock::secs_to_ns(timeout))
    };
    vm.block(WaitKind::Lock(lock.clone()), deadline, parkable, None)
}

fn release_checked(vm: &mut Vm, lock: &Rc<NativeObject>) -> PyResult<Value> {
    if !with_lock(lock, |l| l.locked) {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    release_lock(vm, lock);
    Ok(Value::None)
}

/// Releases `lock`: the first thread still waiting for it gets it.
pub fn release_lock(vm: &mut Vm, lock: &Rc<NativeObject>) {
    loop {
        let next = with_lock(lock, |l| l.waiters.pop_front());
        match next {
            Some(id) if vm.sched.is_waiting_on(id, lock) => {
                vm.sched.wake(id, Outcome::Value(Value::Bool(true)));
                return;
            }
            Some(_) => continue,
            None => {
                with_lock(lock, |l| l.locked = false);
                return;
            }
        }
    }
}

/// Takes `id` off the lock's queue (its wait timed out or was interrupted).
pub fn remove_waiter(lock: &Rc<NativeObject>, id: FiberId) {
    with_lock(lock, |l| l.waiters.retain(|w| *w != id));
}
