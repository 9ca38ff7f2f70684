//! `_asyncio.Future` and its await iterator, with CPython 3.11's C semantics and messages.
//!
//! A future is a `NativeObject` whose data is a `FutData`; a task's data is the same struct
//! with `task` set, so every future operation works on tasks without a second lookup.
//! Borrows of the data are never held across calls into Python (callbacks, reprs), so
//! re-entrant use from Python cannot hit a borrowed `RefCell`.

use std::cell::RefCell;
use std::rc::Rc;

use super::task::TaskData;
use super::{call_soon, invalid_state, with_state};
use crate::vm::dict::Dict;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{KwArgs, PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

impl FutState {
    pub fn name(self) -> &'static str {
        match self {
            FutState::Pending => "PENDING",
            FutState::Cancelled => "CANCELLED",
            FutState::Finished => "FINISHED",
        }
    }
}

/// The state of a future (and, with `task`, of a task). `Value::Null` marks unset slots
/// (CPython's NULL), shown to Python as None.
pub struct FutData {
    pub state: FutState,
    pub blocking: bool,
    pub log_tb: bool,
    pub result: Value,
    pub exception: Value,
    pub loop_: Value,
    /// `(callback, context)`; the context is None when there is no `contextvars`.
    pub callbacks: Vec<(Value, Value)>,
    /// Rarely used fields, boxed so a suspended task stays small.
    pub extra: Option<Box<Extra>>,
    pub task: Option<Box<TaskData>>,
}

/// The parts of a future that most futures never use.
#[derive(Default)]
pub struct Extra {
    pub source_tb: Value,
    pub cancel_msg: Value,
    /// The CancelledError a task's coroutine raised, handed out once by
    /// `_make_cancelled_error` (CPython's `fut_cancelled_exc`).
    pub cancelled_exc: Value,
    /// Attributes set on instances (CPython futures have a `__dict__`).
    pub dict: Option<Rc<DictObj>>,
    /// The class of a subclass instance, so a finalizer report can name it.
    pub subclass: Option<Rc<Class>>,
}

impl FutData {
    pub fn x(&mut self) -> &mut Extra {
        self.extra.get_or_insert_with(Box::default)
    }
    pub fn src_tb(&self) -> Value {
        self.extra.as_ref().map_or(Value::Null, |e| e.source_tb.clone())
    }
    pub fn cmsg(&self) -> Value {
        self.extra.as_ref().map_or(Value::Null, |e| e.cancel_msg.clone())
    }
    pub fn set_cmsg(&mut self, msg: Value) {
        if self.extra.is_some() || !(msg.is_null() || msg.is_none()) {
            self.x().cancel_msg = msg;
        }
    }
    pub fn new(task: bool) -> FutData {
        FutData {
            state: FutState::Pending,
            blocking: false,
            log_tb: false,
            result: Value::Null,
            exception: Value::Null,
            loop_: Value::Null,
            callbacks: Vec::new(),
            extra: None,
            task: if task { Some(Box::default()) } else { None },
        }
    }
}

fn opt(v: &Value) -> Value {
    if v.is_null() { Value::None } else { v.clone() }
}

impl Drop for FutData {
    /// CPython's `FutureObj_finalize` / `TaskObj_finalize`: a future dropped with an
    /// exception nobody retrieved (or a task dropped while pending) is reported through
    /// `loop.call_exception_handler(context)`. The data moves into a fresh object so the
    /// report can name it; the report runs at the VM's next safe point (the queue that
    /// weakref callbacks use).
    fn drop(&mut self) {
        let pending_task = self.state == FutState::Pending && self.task.as_ref().is_some_and(|t| t.log_destroy_pending);
        if !(self.log_tb || pending_task) || self.loop_.is_null() || self.loop_.is_none() {
            return;
        }
        let is_task = self.task.is_some();
        let sub = self.extra.as_ref().and_then(|e| e.subclass.clone());
        let Ok(Some(class)) = super::STATE.try_with(|s| {
            if sub.is_some() {
                return sub.clone();
            }
            s.try_borrow()
                .ok()
                .and_then(|s| if is_task { s.task_cls.clone() } else { s.future_cls.clone() })
        }) else {
            return;
        };
        let log_tb = self.log_tb;
        let mut data = FutData::new(false);
        std::mem::swap(&mut data, self);
        data.log_tb = false;
        if let Some(t) = data.task.as_mut() {
            t.log_destroy_pending = false;
        }
        let exc = data.exception.clone();
        let src = data.src_tb();
        let lp = data.loop_.clone();
        let obj = Value::Object(Rc::new(NativeObject {
            class: class.clone(),
            data: RefCell::new(Box::new(data)),
        }));
        let report = Value::Native(Rc::new(NativeFunction {
            name: "call_exception_handler",
            func: report_fn,
            owner: None,
            special: Special::None,
            host: None,
        }));
        let mut jobs = Vec::new();
        if pending_task {
            let mut d = Dict::new();
            d.set_str("task", obj.clone());
            d.set_str("message", Value::str("Task was destroyed but it is pending!"));
            if !src.is_null() && !src.is_none() {
                d.set_str("source_traceback", src.clone());
            }
            jobs.push(Value::tuple(vec![lp.clone(), Value::dict(d)]));
        }
        if log_tb {
            let mut d = Dict::new();
            d.set_str("message", Value::string(format!("{} exception was never retrieved", class.name())));
            d.set_str("exception", opt(&exc));
            d.set_str("future", obj);
            if !src.is_null() && !src.is_none() {
                d.set_str("source_traceback", src);
            }
            jobs.push(Value::tuple(vec![lp, Value::dict(d)]));
        }
        let _ = crate::vm::PENDING_CALLBACKS.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                for j in jobs {
                    p.push((report.clone(), j));
                }
            }
        });
        crate::vm::set_finalize_pending(true);
    }
}

/// Runs a queued finalizer report: `(loop, context)` -> `loop.call_exception_handler(context)`.
fn report_fn(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(Value::Tuple(t)) = a.first() else { return Ok(Value::None) };
    let (Some(lp), Some(ctx)) = (t.first(), t.get(1)) else {
        return Ok(Value::None);
    };
    match vm.get_attr_str(lp, "call_exception_handler") {
        Ok(f) => {
            if let Err(e) = vm.call(&f, &[ctx.clone()]) {
                let r = vm.repr_string(&f).unwrap_or_default();
                vm.write_unraisable(&e, &format!("Exception ignored in: {r}"));
            }
        }
        Err(e) => vm.write_unraisable(&e, "Exception ignored in: <finalizer of Future>"),
    }
    Ok(Value::None)
}

// ---- access ---------------------------------------------------------------------------------

/// Is this a native future or task (of any subclass)?
pub fn is_fut(v: &Value) -> bool {
    match v {
        Value::Object(o) => o.data.try_borrow().map(|d| d.is::<FutData>()).unwrap_or(false),
        _ => false,
    }
}

/// Is this exactly `_asyncio.Future` or `_asyncio.Task` (CPython's `Future_CheckExact`)?
pub fn is_exact_fut(v: &Value) -> bool {
    let Value::Object(o) = v else { return false };
    with_state(|s| {
        s.future_cls.as_ref().is_some_and(|c| Rc::ptr_eq(c, &o.class)) || s.task_cls.as_ref().is_some_and(|c| Rc::ptr_eq(c, &o.class))
    })
}

/// Runs `f` on the future data of `v`; TypeError for other objects.
pub fn with_fut<R>(vm: &Vm, v: &Value, meth: &str, f: impl FnOnce(&mut FutData) -> R) -> PyResult<R> {
    if let Value::Object(o) = v {
        match o.data.try_borrow_mut() {
            Ok(mut d) => {
                if let Some(fd) = d.downcast_mut::<FutData>() {
                    return Ok(f(fd));
                }
            }
            Err(_) => return Err(vm.runtime_error("Future object is being modified")),
        }
    }
    Err(vm.type_error(format!(
        "descriptor '{meth}' for '_asyncio.Future' objects doesn't apply to a '{}' object",
        tp_name(vm, v)
    )))
}

fn self_arg<'a>(vm: &Vm, a: &'a [Value], meth: &str) -> PyResult<&'a Value> {
    match a.first() {
        Some(v) if is_fut(v) => Ok(v),
        // Slot wrappers word it differently from method descriptors.
        Some(v) if meth.starts_with("__") => Err(vm.type_error(format!(
            "descriptor '{meth}' requires a '_asyncio.Future' object but received a '{}'",
            tp_name(vm, v)
        ))),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{meth}' for '_asyncio.Future' objects doesn't apply to a '{}' object",
            tp_name(vm, v)
        ))),
        None => Err(vm.type_error(format!("descriptor '{meth}' of '_asyncio.Future' object needs an argument"))),
    }
}

/// CPython's `tp_name`: `_asyncio.Future` / `_asyncio.Task` for the module's own classes.
pub fn tp_name(vm: &Vm, v: &Value) -> String {
    if is_exact_fut(v) {
        format!("_asyncio.{}", vm.class_of(v).name())
    } else {
        vm.type_name(v)
    }
}

pub fn is_exception_instance(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.exc.is_some() || i.class().is_subclass(&vm.types.base_exception))
}

pub fn as_err(vm: &Vm, v: &Value) -> PyErr {
    match v {
        Value::Instance(i) => PyErr(i.clone()),
        _ => vm.type_error("exceptions must derive from BaseException"),
    }
}

// ---- core operations (shared with Task) ----------------------------------------------------

/// `future_init`: (re)initializes the future state and binds the loop.
pub fn future_init(vm: &mut Vm, me: &Value, lp: Value) -> PyResult<()> {
    let lp = if lp.is_none() { super::get_event_loop(vm)? } else { lp };
    with_fut(vm, me, "__init__", |d| {
        d.state = FutState::Pending;
        d.log_tb = false;
        d.blocking = false;
        d.result = Value::Null;
        d.exception = Value::Null;
        d.callbacks.clear();
        if let Some(e) = d.extra.as_mut() {
            e.source_tb = Value::Null;
            e.cancel_msg = Value::Null;
            e.cancelled_exc = Value::Null;
        }
        d.loop_ = lp.clone();
    })?;
    let gd = vm.get_attr_str(&lp, "get_debug")?;
    let dbg = vm.call(&gd, &[])?;
    if vm.truthy(&dbg)? {
        // Debug mode records where the future was made (`traceback.extract_stack()`); a
        // traceback module without `extract_stack` leaves it unset rather than failing.
        let es = match vm.import_module("traceback") {
            Ok(m) => vm.get_attr_opt(&m, "extract_stack")?,
            Err(_) => None,
        };
        let tb = match es {
            // Called from native code, the innermost entry is already the Python caller.
            Some(es) => vm.call(&es, &[])?,
            None => Value::Null,
        };
        with_fut(vm, me, "__init__", |d| d.x().source_tb = tb)?;
    }
    Ok(())
}

/// Schedules the done callbacks, in order, with `loop.call_soon(cb, fut, context=ctx)`.
pub fn schedule_callbacks(vm: &mut Vm, me: &Value) -> PyResult<()> {
    let (cbs, lp) = with_fut(vm, me, "_schedule_callbacks", |d| {
        (std::mem::take(&mut d.callbacks), d.loop_.clone())
    })?;
    for (cb, ctx) in cbs {
        call_soon(vm, &lp, cb, Some(me.clone()), &ctx)?;
    }
    Ok(())
}

pub fn future_set_result(vm: &mut Vm, me: &Value, v: Value) -> PyResult<()> {
    let ok = with_fut(vm, me, "set_result", |d| {
        if d.state != FutState::Pending {
            return false;
        }
        d.result = v;
        d.state = FutState::Finished;
        true
    })?;
    if !ok {
        return Err(invalid_state(vm, "invalid state"));
    }
    schedule_callbacks(vm, me)
}

pub fn future_set_exception(vm: &mut Vm, me: &Value, exc: Value) -> PyResult<()> {
    if with_fut(vm, me, "set_exception", |d| d.state)? != FutState::Pending {
        return Err(invalid_state(vm, "invalid state"));
    }
    let exc_val = if let Value::Class(c) = &exc
        && c.is_subclass(&vm.types.base_exception)
    {
        let v = vm.call(&exc, &[])?;
        if with_fut(vm, me, "set_exception", |d| d.state)? != FutState::Pending {
            return Err(invalid_state(vm, "invalid state"));
        }
        v
    } else {
        exc
    };
    if !is_exception_instance(vm, &exc_val) {
        return Err(vm.type_error("invalid exception object"));
    }
    if Rc::ptr_eq(&vm.class_of(&exc_val), &vm.types.stop_iteration) {
        return Err(vm.type_error("StopIteration interacts badly with generators and cannot be raised into a Future"));
    }
    with_fut(vm, me, "set_exception", |d| {
        d.exception = exc_val;
        d.state = FutState::Finished;
        d.log_tb = true;
    })?;
    schedule_callbacks(vm, me)
}

/// `future_cancel`: True if the future was pending and is now cancelled.
pub fn future_cancel(vm: &mut Vm, me: &Value, msg: Value) -> PyResult<bool> {
    let ok = with_fut(vm, me, "cancel", |d| {
        d.log_tb = false;
        if d.state != FutState::Pending {
            return false;
        }
        d.state = FutState::Cancelled;
        d.set_cmsg(msg);
        true
    })?;
    if ok {
        schedule_callbacks(vm, me)?;
    }
    Ok(ok)
}

/// `create_cancelled_error`: the stored CancelledError (once), else a new one with the
/// cancel message.
pub fn make_cancelled_error(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let (stored, msg) = with_fut(vm, me, "_make_cancelled_error", |d| match d.extra.as_mut() {
        Some(e) => (std::mem::take(&mut e.cancelled_exc), e.cancel_msg.clone()),
        None => (Value::Null, Value::Null),
    })?;
    if !stored.is_null() {
        return Ok(stored);
    }
    let cls = Value::Class(super::cancelled_error_cls(vm));
    if msg.is_null() || msg.is_none() {
        vm.call(&cls, &[])
    } else {
        vm.call(&cls, &[msg])
    }
}

/// `future.result()`.
pub fn future_result(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let (state, exc, res) = with_fut(vm, me, "result", |d| {
        if d.state == FutState::Finished {
            d.log_tb = false;
        }
        (d.state, d.exception.clone(), d.result.clone())
    })?;
    match state {
        FutState::Cancelled => {
            let e = make_cancelled_error(vm, me)?;
            Err(as_err(vm, &e))
        }
        FutState::Pending => Err(invalid_state(vm, "Result is not set.")),
        FutState::Finished => {
            if !exc.is_null() {
                return Err(as_err(vm, &exc));
            }
            Ok(opt(&res))
        }
    }
}

/// `future_add_done_callback`: scheduled at once when the future is already done.
pub fn future_add_done_callback(vm: &mut Vm, me: &Value, cb: Value, ctx: Value) -> PyResult<()> {
    let r = with_fut(vm, me, "add_done_callback", |d| {
        if d.state == FutState::Pending {
            d.callbacks.push((cb.clone(), ctx.clone()));
            None
        } else {
            Some(d.loop_.clone())
        }
    })?;
    if let Some(lp) = r {
        if lp.is_null() {
            return Err(vm.runtime_error("uninitialized Future object"));
        }
        call_soon(vm, &lp, cb, Some(me.clone()), &ctx)?;
    }
    Ok(())
}

pub fn fut_loop(vm: &Vm, me: &Value) -> PyResult<Value> {
    with_fut(vm, me, "get_loop", |d| opt(&d.loop_))
}

// ---- the Future class -----------------------------------------------------------------------

fn prop(cls: &Rc<Class>, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let nf = |name: &'static str, func: NativeFn| {
        Value::Native(Rc::new(NativeFunction {
            name,
            func,
            owner: None,
            special: Special::None,
            host: None,
        }))
    };
    let p = Property {
        fget: nf(name, get),
        fset: set.map(|s| nf(name, s)).unwrap_or(Value::None),
        fdel: Value::None,
        doc: Value::None,
    };
    cls.dict.borrow_mut().set_str(name, Value::Property(Rc::new(p)));
}

fn check_count(vm: &Vm, fname: &str, a: &[Value], k: KwArgs, n: usize) -> PyResult<()> {
    if !k.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    let given = a.len().saturating_sub(1);
    if given != n {
        return Err(vm.type_error(match n {
            0 => format!("{fname}() takes no arguments ({given} given)"),
            _ => format!("{fname}() takes exactly one argument ({given} given)"),
        }));
    }
    Ok(())
}

/// `__new__` for Future, Task and their subclasses: allocates the native object, then runs
/// the class's `__init__` (the VM only runs `__init__` itself for instance layouts).
fn fut_new(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(vm.type_error("Future.__new__(X): X is not a type object"));
    };
    let (fc, tc) = with_state(|s| (s.future_cls.clone(), s.task_cls.clone()));
    let Some(fc) = fc else {
        return Err(vm.runtime_error("_asyncio is not initialized"));
    };
    if !cls.is_subclass(&fc) {
        return Err(vm.type_error(format!("Future.__new__({}): {} is not a subtype of Future", cls.name(), cls.name())));
    }
    let is_task = tc.as_ref().is_some_and(|t| cls.is_subclass(t));
    let mut data = FutData::new(is_task);
    if !Rc::ptr_eq(cls, &fc) && !tc.as_ref().is_some_and(|t| Rc::ptr_eq(cls, t)) {
        data.x().subclass = Some(cls.clone());
    }
    let obj = Value::Object(Rc::new(NativeObject {
        class: cls.clone(),
        data: RefCell::new(Box::new(data)),
    }));
    if let Some(init) = cls.lookup_str("__init__") {
        let mut args = Vec::with_capacity(a.len());
        args.push(obj.clone());
        args.extend_from_slice(&a[1..]);
        let r = vm.call_kw(&init, &args, k)?;
        if !r.is_none() {
            return Err(vm.type_error(format!("__init__() should return None, not '{}'", vm.type_name(&r))));
        }
    }
    Ok(obj)
}

fn fut_init(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let me = self_arg(vm, a, "__init__")?.clone();
    if a.len() > 1 {
        return Err(vm.type_error("Future() takes no positional arguments"));
    }
    for (n, _) in k {
        if n.as_str() != "loop" {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for Future()", n.as_str())));
        }
    }
    let lp = crate::vm::call::kw_get(k, "loop").cloned().unwrap_or(Value::None);
    future_init(vm, &me, lp)?;
    Ok(Value::None)
}

pub fn make_classes(vm: &mut Vm) -> (Rc<Class>, Rc<Class>) {
    if let Some(pair) = with_state(|s| s.future_cls.clone().zip(s.iter_cls.clone())) {
        return pair;
    }
    let cls = crate::vm::types::new_class("Future", vec![vm.types.object.clone()], Layout::Object, None);
    cls.dict.borrow_mut().set_str("__module__", Value::str("_asyncio"));
    cls.dict.borrow_mut().set_str(
        "__doc__",
        Value::str("This class is *almost* compatible with concurrent.futures.Future."),
    );
    vm.add_method(&cls, "__new__", fut_new);
    vm.add_method(&cls, "__init__", fut_init);
    vm.add_method(&cls, "result", |vm, a, k| {
        let me = self_arg(vm, a, "result")?.clone();
        check_count(vm, "Future.result", a, k, 0)?;
        future_result(vm, &me)
    });
    vm.add_method(&cls, "exception", |vm, a, k| {
        let me = self_arg(vm, a, "exception")?.clone();
        check_count(vm, "Future.exception", a, k, 0)?;
        let (state, exc) = with_fut(vm, &me, "exception", |d| {
            if d.state == FutState::Finished {
                d.log_tb = false;
            }
            (d.state, d.exception.clone())
        })?;
        match state {
            FutState::Cancelled => {
                let e = make_cancelled_error(vm, &me)?;
                Err(as_err(vm, &e))
            }
            FutState::Pending => Err(invalid_state(vm, "Exception is not set.")),
            FutState::Finished => Ok(opt(&exc)),
        }
    });
    vm.add_method(&cls, "set_result", |vm, a, k| {
        let me = self_arg(vm, a, "set_result")?.clone();
        check_count(vm, "Future.set_result", a, k, 1)?;
        future_set_result(vm, &me, a[1].clone())?;
        Ok(Value::None)
    });
    vm.add_method(&cls, "set_exception", |vm, a, k| {
        let me = self_arg(vm, a, "set_exception")?.clone();
        check_count(vm, "Future.set_exception", a, k, 1)?;
        future_set_exception(vm, &me, a[1].clone())?;
        Ok(Value::None)
    });
    vm.add_method(&cls, "add_done_callback", |vm, a, k| {
        let me = self_arg(vm, a, "add_done_callback")?.clone();
        super::reject_kwargs(vm, "add_done_callback", k, &["context"])?;
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "add_done_callback() takes exactly 1 positional argument ({} given)",
                a.len() - 1
            )));
        }
        let ctx = crate::vm::call::kw_get(k, "context").cloned().unwrap_or(Value::None);
        let ctx = if ctx.is_none() { super::copy_context(vm)? } else { ctx };
        future_add_done_callback(vm, &me, a[1].clone(), ctx)?;
        Ok(Value::None)
    });
    vm.add_method(&cls, "remove_done_callback", |vm, a, k| {
        let me = self_arg(vm, a, "remove_done_callback")?.clone();
        check_count(vm, "Future.remove_done_callback", a, k, 1)?;
        let cbs = with_fut(vm, &me, "remove_done_callback", |d| d.callbacks.clone())?;
        let mut keep = Vec::with_capacity(cbs.len());
        let mut removed = 0;
        for (cb, ctx) in cbs {
            if vm.eq(&cb, &a[1])? {
                removed += 1;
            } else {
                keep.push((cb, ctx));
            }
        }
        if removed > 0 {
            with_fut(vm, &me, "remove_done_callback", |d| d.callbacks = keep)?;
        }
        Ok(Value::Int(removed))
    });
    vm.add_method(&cls, "cancel", |vm, a, k| {
        let me = self_arg(vm, a, "cancel")?.clone();
        let msg = cancel_msg_arg(vm, a, k)?;
        Ok(Value::Bool(future_cancel(vm, &me, msg)?))
    });
    vm.add_method(&cls, "cancelled", |vm, a, k| {
        let me = self_arg(vm, a, "cancelled")?.clone();
        check_count(vm, "Future.cancelled", a, k, 0)?;
        Ok(Value::Bool(with_fut(vm, &me, "cancelled", |d| d.state == FutState::Cancelled)?))
    });
    vm.add_method(&cls, "done", |vm, a, k| {
        let me = self_arg(vm, a, "done")?.clone();
        check_count(vm, "Future.done", a, k, 0)?;
        Ok(Value::Bool(with_fut(vm, &me, "done", |d| d.state != FutState::Pending)?))
    });
    vm.add_method(&cls, "get_loop", |vm, a, k| {
        let me = self_arg(vm, a, "get_loop")?.clone();
        check_count(vm, "Future.get_loop", a, k, 0)?;
        fut_loop(vm, &me)
    });
    vm.add_method(&cls, "_make_cancelled_error", |vm, a, k| {
        let me = self_arg(vm, a, "_make_cancelled_error")?.clone();
        check_count(vm, "Future._make_cancelled_error", a, k, 0)?;
        make_cancelled_error(vm, &me)
    });
    vm.add_method(&cls, "__await__", new_iter);
    vm.add_method(&cls, "__iter__", new_iter);
    vm.add_method(&cls, "__repr__", |vm, a, _| {
        let me = self_arg(vm, a, "__repr__")?.clone();
        let info = future_repr_info(vm, &me)?;
        let name = vm.class_of(&me).name().to_string();
        Ok(Value::string(format!("<{name} {}>", info.join(" "))))
    });
    vm.add_method(&cls, "__setattr__", fut_setattr);
    vm.add_method(&cls, "__getattr__", |vm, a, _| {
        let me = self_arg(vm, a, "__getattr__")?.clone();
        let name = a.get(1).cloned().unwrap_or(Value::None);
        let d = with_fut(vm, &me, "__getattr__", |d| d.extra.as_ref().and_then(|e| e.dict.clone()))?;
        if let Some(d) = d
            && let Some(v) = vm.dict_get(&d, &name)?
        {
            return Ok(v);
        }
        let n = name.as_str().unwrap_or("?").to_string();
        Err(vm.attribute_error(format!("'{}' object has no attribute '{n}'", tp_name(vm, &me))))
    });
    prop(
        &cls,
        "_state",
        |vm, a, _| Ok(Value::str(with_fut(vm, arg0(a), "_state", |d| d.state.name())?)),
        None,
    );
    prop(
        &cls,
        "_result",
        |vm, a, _| with_fut(vm, arg0(a), "_result", |d| opt(&d.result)),
        None,
    );
    prop(
        &cls,
        "_exception",
        |vm, a, _| with_fut(vm, arg0(a), "_exception", |d| opt(&d.exception)),
        None,
    );
    prop(&cls, "_loop", |vm, a, _| with_fut(vm, arg0(a), "_loop", |d| opt(&d.loop_)), None);
    prop(
        &cls,
        "_source_traceback",
        |vm, a, _| with_fut(vm, arg0(a), "_source_traceback", |d| opt(&d.src_tb())),
        None,
    );
    prop(
        &cls,
        "_callbacks",
        |vm, a, _| {
            let cbs = with_fut(vm, arg0(a), "_callbacks", |d| d.callbacks.clone())?;
            if cbs.is_empty() {
                return Ok(Value::None);
            }
            Ok(Value::list(cbs.into_iter().map(|(f, c)| Value::tuple(vec![f, c])).collect()))
        },
        None,
    );
    prop(
        &cls,
        "_cancel_message",
        |vm, a, _| with_fut(vm, arg0(a), "_cancel_message", |d| opt(&d.cmsg())),
        Some(|vm, a, _| {
            let v = a.get(1).cloned().unwrap_or(Value::None);
            with_fut(vm, arg0(a), "_cancel_message", |d| d.x().cancel_msg = v)?;
            Ok(Value::None)
        }),
    );
    prop(
        &cls,
        "_asyncio_future_blocking",
        |vm, a, _| Ok(Value::Bool(with_fut(vm, arg0(a), "_asyncio_future_blocking", |d| d.blocking)?)),
        Some(|vm, a, _| {
            let v = a.get(1).cloned().unwrap_or(Value::None);
            let b = vm.truthy(&v)?;
            with_fut(vm, arg0(a), "_asyncio_future_blocking", |d| d.blocking = b)?;
            Ok(Value::None)
        }),
    );
    prop(
        &cls,
        "_log_traceback",
        |vm, a, _| Ok(Value::Bool(with_fut(vm, arg0(a), "_log_traceback", |d| d.log_tb)?)),
        Some(|vm, a, _| {
            let v = a.get(1).cloned().unwrap_or(Value::None);
            if vm.truthy(&v)? {
                return Err(vm.value_error("_log_traceback can only be set to False"));
            }
            with_fut(vm, arg0(a), "_log_traceback", |d| d.log_tb = false)?;
            Ok(Value::None)
        }),
    );

    let it = crate::vm::types::new_class("FutureIter", vec![vm.types.object.clone()], Layout::Object, None);
    it.dict.borrow_mut().set_str("__module__", Value::str("_asyncio"));
    vm.add_method(&it, "__iter__", |_, a, _| Ok(a.first().cloned().unwrap_or(Value::None)));
    vm.add_method(&it, "__next__", |vm, a, _| iter_next(vm, a.first()));
    vm.add_method(&it, "send", |vm, a, k| {
        if a.len() != 2 || !k.is_empty() {
            return Err(vm.type_error(format!("send() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
        }
        iter_next(vm, a.first())
    });
    vm.add_method(&it, "throw", iter_throw);
    vm.add_method(&it, "close", |_, a, _| {
        if let Some(Value::Object(o)) = a.first()
            && let Ok(mut d) = o.data.try_borrow_mut()
            && let Some(it) = d.downcast_mut::<FutIter>()
        {
            it.fut = None;
        }
        Ok(Value::None)
    });
    (cls, it)
}

fn cancel_msg_arg(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    super::reject_kwargs(vm, "cancel", k, &["msg"])?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("cancel() takes at most 1 argument ({} given)", a.len() - 1)));
    }
    match (a.get(1), crate::vm::call::kw_get(k, "msg")) {
        (Some(_), Some(_)) => Err(vm.type_error("argument for cancel() given by name ('msg') and position (1)")),
        (Some(v), None) | (None, Some(v)) => Ok(v.clone()),
        (None, None) => Ok(Value::None),
    }
}

pub fn task_cancel_msg_arg(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    cancel_msg_arg(vm, a, k)
}

/// `__setattr__`: properties of the class (read-only ones refuse), else the instance dict.
fn fut_setattr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let me = self_arg(vm, a, "__setattr__")?.clone();
    let (Some(name), Some(v)) = (a.get(1), a.get(2)) else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    let Value::Str(n) = name else {
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))));
    };
    let cls = vm.class_of(&me);
    if let Some(d) = cls.lookup(n) {
        match &d {
            Value::Property(p) => {
                if p.fset.is_none() {
                    return Err(vm.attribute_error(format!(
                        "attribute '{}' of '_asyncio.{}' objects is not writable",
                        n.as_str(),
                        if with_fut(vm, &me, "__setattr__", |d| d.task.is_some())? {
                            "Task"
                        } else {
                            "Future"
                        }
                    )));
                }
                let s = p.fset.clone();
                vm.call(&s, &[me.clone(), v.clone()])?;
                return Ok(Value::None);
            }
            Value::Instance(_) | Value::Object(_) => {
                let dc = vm.class_of(&d);
                if let Some(set) = dc.lookup_str("__set__") {
                    vm.call(&set, &[d.clone(), me.clone(), v.clone()])?;
                    return Ok(Value::None);
                }
            }
            _ => {}
        }
    }
    let d = with_fut(vm, &me, "__setattr__", |d| {
        d.x().dict.get_or_insert_with(|| DictObj::new_rc(Dict::new())).clone()
    })?;
    vm.dict_set(&d, name.clone(), v.clone())?;
    Ok(Value::None)
}

// ---- the await iterator -------------------------------------------------------------------------

/// `FutureIter`: what `await fut` / `yield from fut` drive.
pub struct FutIter {
    pub fut: Option<Value>,
}

fn new_iter(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let me = self_arg(vm, a, "__await__")?.clone();
    let Some(cls) = with_state(|s| s.iter_cls.clone()) else {
        return Err(vm.runtime_error("_asyncio is not initialized"));
    };
    Ok(Value::Object(Rc::new(NativeObject {
        class: cls,
        data: RefCell::new(Box::new(FutIter { fut: Some(me) })),
    })))
}

fn iter_take(v: Option<&Value>, clear: bool) -> Option<Value> {
    let Some(Value::Object(o)) = v else { return None };
    let mut d = o.data.try_borrow_mut().ok()?;
    let it = d.downcast_mut::<FutIter>()?;
    if clear { it.fut.take() } else { it.fut.clone() }
}

/// One step: yield the pending future (marking it blocking), else finish with its result.
fn iter_next(vm: &mut Vm, me: Option<&Value>) -> PyResult<Value> {
    let Some(fut) = iter_take(me, false) else {
        return Err(vm.stop_iteration(Value::None));
    };
    let pending = with_fut(vm, &fut, "__next__", |d| {
        if d.state == FutState::Pending {
            if !d.blocking {
                d.blocking = true;
                return Some(true);
            }
            return Some(false);
        }
        None
    })?;
    match pending {
        Some(true) => Ok(fut),
        Some(false) => Err(vm.runtime_error("await wasn't used with future")),
        None => {
            iter_take(me, true);
            let r = future_result(vm, &fut)?;
            Err(stop_iteration_with(vm, r))
        }
    }
}

/// StopIteration carrying `v` as its value (always as the single argument, so tuples and
/// exceptions survive unchanged).
fn stop_iteration_with(vm: &Vm, v: Value) -> PyErr {
    if v.is_none() {
        vm.stop_iteration(Value::None)
    } else {
        vm.new_exception(&vm.types.stop_iteration, vec![v])
    }
}

fn iter_throw(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(vm.type_error("throw() takes no keyword arguments"));
    }
    let n = a.len().saturating_sub(1);
    if !(1..=3).contains(&n) {
        return Err(vm.type_error(format!("throw expected at least 1 argument, got {n}")));
    }
    let typ = a[1].clone();
    let val = a.get(2).cloned().unwrap_or(Value::None);
    let tb = a.get(3).cloned().unwrap_or(Value::None);
    if !tb.is_none() && vm.type_name(&tb) != "traceback" {
        return Err(vm.type_error("throw() third argument must be a traceback"));
    }
    let exc = match &typ {
        Value::Class(c) if c.is_subclass(&vm.types.base_exception) => {
            if is_exception_instance(vm, &val) && vm.class_of(&val).is_subclass(c) {
                val
            } else if val.is_none() {
                vm.call(&typ, &[])?
            } else if let Value::Tuple(t) = &val {
                vm.call(&typ, t)?
            } else {
                vm.call(&typ, &[val])?
            }
        }
        v if is_exception_instance(vm, v) => {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            typ.clone()
        }
        _ => {
            return Err(vm.type_error("exceptions must be classes deriving BaseException or instances of such a class"));
        }
    };
    iter_take(a.first(), true);
    Err(as_err(vm, &exc))
}

// ---- reprs ------------------------------------------------------------------------------------

/// `base_futures._future_repr_info`.
pub fn future_repr_info(vm: &mut Vm, me: &Value) -> PyResult<Vec<String>> {
    let (state, exc, res, cbs, src) = with_fut(vm, me, "__repr__", |d| {
        (d.state, d.exception.clone(), d.result.clone(), d.callbacks.clone(), d.src_tb())
    })?;
    let mut info = vec![state.name().to_lowercase()];
    if state == FutState::Finished {
        if !exc.is_null() {
            info.push(format!("exception={}", vm.repr_string(&exc)?));
        } else {
            info.push(format!("result={}", short_repr(vm, &opt(&res), 6)?));
        }
    }
    if !cbs.is_empty() {
        let n = cbs.len();
        let first = format_callback_source(vm, &cbs[0].0)?;
        let s = match n {
            1 => first,
            2 => format!("{first}, {}", format_callback_source(vm, &cbs[1].0)?),
            _ => format!("{first}, <{} more>, {}", n - 2, format_callback_source(vm, &cbs[n - 1].0)?),
        };
        info.push(format!("cb=[{s}]"));
    }
    if !src.is_null() && !src.is_none() {
        let frame = vm.get_item(&src, &Value::Int(-1))?;
        let file = vm.get_item(&frame, &Value::Int(0))?;
        let line = vm.get_item(&frame, &Value::Int(1))?;
        let (f, l) = (vm.str_string(&file)?, vm.str_string(&line)?);
        info.push(format!("created at {f}:{l}"));
    }
    Ok(info)
}

fn truncate_middle(s: String, max: usize) -> String {
    let n = s.chars().count();
    if n <= max {
        return s;
    }
    let i = (max - 3) / 2;
    let j = max - 3 - i;
    let chars: Vec<char> = s.chars().collect();
    let mut out: String = chars[..i].iter().collect();
    out.push_str("...");
    out.extend(chars[n - j..].iter());
    out
}

/// `reprlib.repr` with the default limits (CPython's future reprs use it for results).
pub fn short_repr(vm: &mut Vm, v: &Value, level: usize) -> PyResult<String> {
    let tn = vm.type_name(v);
    let items = |vm: &mut Vm, v: &Value| vm.iterate(v);
    let seq = |vm: &mut Vm, xs: Vec<Value>, level: usize, left: &str, right: &str, max: usize, trail: &str| -> PyResult<String> {
        let n = xs.len();
        let s = if level == 0 && n > 0 {
            "...".to_string()
        } else {
            let mut parts = Vec::new();
            for x in xs.iter().take(max) {
                parts.push(short_repr(vm, x, level.saturating_sub(1))?);
            }
            if n > max {
                parts.push("...".into());
            }
            parts.join(", ")
        };
        let right = if n == 1 && !trail.is_empty() {
            format!("{trail}{right}")
        } else {
            right.to_string()
        };
        Ok(format!("{left}{s}{right}"))
    };
    match (tn.as_str(), v) {
        ("str", Value::Str(s)) => {
            let chars: Vec<char> = s.as_str().chars().collect();
            let head: String = chars.iter().take(30).collect();
            let r = crate::vm::repr::repr_str(&head);
            if r.chars().count() > 30 {
                let (i, j) = (13, 14);
                let both: String = chars[..i.min(chars.len())]
                    .iter()
                    .chain(chars[chars.len().saturating_sub(j)..].iter())
                    .collect();
                let r2 = crate::vm::repr::repr_str(&both);
                let rc: Vec<char> = r2.chars().collect();
                let mut out: String = rc[..i.min(rc.len())].iter().collect();
                out.push_str("...");
                out.extend(rc[rc.len().saturating_sub(j)..].iter());
                return Ok(out);
            }
            Ok(r)
        }
        ("int", _) => {
            let r = vm.repr_string(v)?;
            Ok(truncate_middle(r, 40))
        }
        ("tuple", Value::Tuple(t)) => seq(vm, (**t).clone(), level, "(", ")", 6, ","),
        ("list", Value::List(l)) => {
            let xs = l.v.borrow().clone();
            seq(vm, xs, level, "[", "]", 6, "")
        }
        ("set" | "frozenset", _) => {
            let mut xs = items(vm, v)?;
            if xs.is_empty() {
                return Ok(format!("{tn}()"));
            }
            sort_values(vm, &mut xs);
            if tn == "set" {
                seq(vm, xs, level, "{", "}", 6, "")
            } else {
                seq(vm, xs, level, "frozenset({", "})", 6, "")
            }
        }
        ("dict", Value::Dict(d)) => {
            let kv = d.d.borrow().items();
            if kv.is_empty() {
                return Ok("{}".into());
            }
            if level == 0 {
                return Ok("{...}".into());
            }
            let mut keys: Vec<Value> = kv.iter().map(|(k, _)| k.clone()).collect();
            sort_values(vm, &mut keys);
            let mut parts = Vec::new();
            for key in keys.iter().take(4) {
                let val = kv.iter().find(|(k, _)| k.is(key)).map(|(_, v)| v.clone()).unwrap_or(Value::None);
                parts.push(format!("{}: {}", short_repr(vm, key, level - 1)?, short_repr(vm, &val, level - 1)?));
            }
            if kv.len() > 4 {
                parts.push("...".into());
            }
            Ok(format!("{{{}}}", parts.join(", ")))
        }
        _ => match vm.repr_string(v) {
            Ok(r) => Ok(truncate_middle(r, 30)),
            Err(e) if e.is(&vm.types.exception) => Ok(format!("<{} instance at {:#x}>", vm.class_of(v).name(), v.ptr().unwrap_or(0))),
            Err(e) => Err(e),
        },
    }
}

/// `reprlib._possibly_sorted`: sorted when the items are orderable, else as iterated.
fn sort_values(vm: &mut Vm, xs: &mut [Value]) {
    let orig = xs.to_vec();
    // Insertion sort through `<` (sets in reprs are small); any error keeps the original order.
    for i in 1..xs.len() {
        let mut j = i;
        while j > 0 {
            match vm.lt(&xs[j], &xs[j - 1]) {
                Ok(true) => {
                    xs.swap(j, j - 1);
                    j -= 1;
                }
                Ok(false) => break,
                Err(_) => {
                    xs.clone_from_slice(&orig);
                    return;
                }
            }
        }
    }
}

/// `format_helpers._format_callback_source(func, ())`.
pub fn format_callback_source(vm: &mut Vm, func: &Value) -> PyResult<String> {
    let mut s = format_callback(vm, func, vec![], vec![], String::new())?;
    if let Some((file, line)) = function_source(vm, func)? {
        s.push_str(&format!(" at {file}:{line}"));
    }
    Ok(s)
}

fn is_partial(vm: &Vm, f: &Value) -> bool {
    matches!(f, Value::Instance(_)) && vm.type_name(f) == "partial"
}

fn function_source(vm: &mut Vm, func: &Value) -> PyResult<Option<(String, u32)>> {
    let mut f = func.clone();
    for _ in 0..100 {
        match &f {
            Value::Function(_) => match vm.get_attr_opt(&f, "__wrapped__")? {
                Some(w) => f = w,
                None => break,
            },
            _ => break,
        }
    }
    match &f {
        Value::Function(func) => Ok(Some((func.code.filename.to_string(), func.code.firstlineno))),
        _ if is_partial(vm, &f) => {
            let inner = vm.get_attr_str(&f, "func")?;
            function_source(vm, &inner)
        }
        _ => Ok(None),
    }
}

fn format_args(vm: &mut Vm, args: &[Value], kwargs: &[(String, Value)]) -> PyResult<String> {
    let mut items = Vec::new();
    for a in args {
        items.push(short_repr(vm, a, 6)?);
    }
    for (k, v) in kwargs {
        items.push(format!("{k}={}", short_repr(vm, v, 6)?));
    }
    Ok(format!("({})", items.join(", ")))
}

fn format_callback(vm: &mut Vm, func: &Value, args: Vec<Value>, kwargs: Vec<(String, Value)>, suffix: String) -> PyResult<String> {
    if is_partial(vm, func) {
        let suffix = format_args(vm, &args, &kwargs)? + &suffix;
        let inner = vm.get_attr_str(func, "func")?;
        let pargs = vm.get_attr_str(func, "args")?;
        let pargs = vm.iterate(&pargs)?;
        let kw = vm.get_attr_str(func, "keywords")?;
        let mut pk = Vec::new();
        if let Value::Dict(d) = &kw {
            for (k, v) in d.d.borrow().items() {
                pk.push((k.as_str().unwrap_or("?").to_string(), v));
            }
        }
        return format_callback(vm, &inner, pargs, pk, suffix);
    }
    let mut r = callable_name(vm, func)?;
    r.push_str(&format_args(vm, &args, &kwargs)?);
    r.push_str(&suffix);
    Ok(r)
}

/// The `__qualname__` of a callback (built-in methods as `Type.name`), else `__name__`,
/// else its repr.
fn callable_name(vm: &mut Vm, func: &Value) -> PyResult<String> {
    if let Value::BoundMethod(m) = func
        && let Value::Native(n) = &m.func
    {
        let owner = vm.class_of(&m.self_);
        return Ok(format!("{}.{}", owner.qualname.borrow().as_str(), n.name));
    }
    for attr in ["__qualname__", "__name__"] {
        if let Ok(Some(v)) = vm.get_attr_opt(func, attr)
            && let Value::Str(s) = &v
            && !s.as_str().is_empty()
        {
            return Ok(s.as_str().to_string());
        }
    }
    vm.repr_string(func)
}

/// The first argument (`self` of a property accessor), None when missing.
pub fn arg0(a: &[Value]) -> &Value {
    const NONE: &Value = &Value::None;
    a.first().unwrap_or(NONE)
}
