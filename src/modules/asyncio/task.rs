//! `_asyncio.Task`: a `Future` that drives a coroutine, stepping it natively.
//!
//! The step is CPython 3.11's `task_step_impl`: aspic coroutines and generators are resumed
//! with `vm.gen_resume` (no Python-level `send`), what they yield is inspected in Rust, and
//! a task parks on a native future by appending its wakeup to the future's callback list
//! directly. The step and wakeup callables are bound to the task when scheduled (as
//! CPython's `TaskStepMethWrapper` / `task_wakeup`), not stored in it: a stored bound
//! method would be a reference cycle through the task that nothing here could collect.

use std::rc::Rc;

use super::future::*;
use super::{call_soon, enter_task, invalid_state, leave_task, with_state};
use crate::vm::interp::Exit;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{KwArgs, PyErr, PyResult, Vm};

/// The task-only part of a task's `FutData`.
pub struct TaskData {
    pub coro: Value,
    /// The future the task waits on (Null when none).
    pub fut_waiter: Value,
    pub context: Value,
    /// The name; Null until first asked for when it is the default `Task-{name_n}`.
    pub name: Value,
    pub name_n: u64,
    pub must_cancel: bool,
    pub log_destroy_pending: bool,
    pub num_cancels_requested: i64,
}

impl Default for TaskData {
    fn default() -> TaskData {
        TaskData {
            coro: Value::Null,
            fut_waiter: Value::Null,
            context: Value::None,
            name: Value::None,
            name_n: 0,
            must_cancel: false,
            log_destroy_pending: false,
            num_cancels_requested: 0,
        }
    }
}

impl TaskData {
    /// The task's name, made (once) from the counter when it is the default one.
    pub fn name(&mut self) -> Value {
        if self.name.is_null() {
            self.name = Value::string(format!("Task-{}", self.name_n));
        }
        self.name.clone()
    }
}

fn null_none(v: &Value) -> Value {
    if v.is_null() { Value::None } else { v.clone() }
}

/// Runs `f` on the task data of `v`.
pub fn with_task<R>(vm: &Vm, v: &Value, meth: &str, f: impl FnOnce(&mut FutData, &mut TaskData) -> R) -> PyResult<R> {
    let r = with_fut(vm, v, meth, |d| {
        let mut t = d.task.take()?;
        let r = f(d, &mut t);
        d.task = Some(t);
        Some(r)
    });
    match r {
        Ok(Some(r)) => Ok(r),
        _ => Err(vm.type_error(format!(
            "descriptor '{meth}' for '_asyncio.Task' objects doesn't apply to a '{}' object",
            tp_name(vm, v)
        ))),
    }
}

fn task_self<'a>(vm: &Vm, a: &'a [Value], meth: &str) -> PyResult<&'a Value> {
    let ok = a
        .first()
        .is_some_and(|v| matches!(v, Value::Object(o) if o.data.try_borrow().ok().and_then(|d| d.downcast_ref::<FutData>().map(|f| f.task.is_some())).unwrap_or(false)));
    if ok {
        return Ok(&a[0]);
    }
    Err(vm.type_error(match a.first() {
        Some(v) => format!(
            "descriptor '{meth}' for '_asyncio.Task' objects doesn't apply to a '{}' object",
            tp_name(vm, v)
        ),
        None => format!("descriptor '{meth}' of '_asyncio.Task' object needs an argument"),
    }))
}

// ---- step and wakeup callables ----------------------------------------------------------------

fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Native(Rc::new(NativeFunction {
        name,
        func,
        owner: Some("Task"),
        special: Special::None,
        host: None,
    }))
}

fn bound(task: &Value, wakeup: bool) -> Value {
    let f = with_state(|s| {
        let slot = if wakeup { &mut s.wakeup_fn } else { &mut s.step_fn };
        slot.get_or_insert_with(|| {
            if wakeup {
                native("task_wakeup", wakeup_fn)
            } else {
                native("task_step", step_fn)
            }
        })
        .clone()
    });
    Value::BoundMethod(Rc::new(BoundMethod {
        self_: task.clone(),
        func: f,
    }))
}

fn step_fn(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let task = task_self(vm, a, "task_step")?.clone();
    let exc = a.get(1).filter(|v| !v.is_none()).cloned();
    task_step(vm, &task, exc)
}

fn wakeup_fn(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let task = task_self(vm, a, "task_wakeup")?.clone();
    let Some(fut) = a.get(1) else {
        return Err(vm.type_error("task_wakeup() takes exactly one argument (0 given)"));
    };
    let r = if is_exact_fut(fut) {
        future_result(vm, fut).map(|_| ())
    } else {
        match vm.get_attr_str(fut, "result") {
            Ok(m) => vm.call(&m, &[]).map(|_| ()),
            Err(e) => Err(e),
        }
    };
    match r {
        Ok(()) => task_step(vm, &task, None),
        Err(e) => task_step(vm, &task, Some(e.value())),
    }
}

/// Schedules the next step (with `exc` to throw in) on the task's loop, in its context.
fn call_step_soon(vm: &mut Vm, task: &Value, exc: Option<Value>) -> PyResult<()> {
    let (lp, ctx) = with_task(vm, task, "task_step", |d, t| (d.loop_.clone(), t.context.clone()))?;
    call_soon(vm, &lp, bound(task, false), exc, &ctx)
}

fn set_error_soon(vm: &mut Vm, task: &Value, msg: String) -> PyResult<Value> {
    let e = vm.runtime_error(msg);
    call_step_soon(vm, task, Some(e.value()))?;
    Ok(Value::None)
}

// ---- stepping -----------------------------------------------------------------------------------

/// `task_step`: the step between `_enter_task` and `_leave_task`.
pub fn task_step(vm: &mut Vm, task: &Value, exc: Option<Value>) -> PyResult<Value> {
    let lp = fut_loop(vm, task)?;
    enter_task(vm, &lp, task)?;
    match task_step_impl(vm, task, exc) {
        Ok(v) => {
            leave_task(vm, &lp, task)?;
            Ok(v)
        }
        Err(e) => {
            let _ = leave_task(vm, &lp, task);
            Err(e)
        }
    }
}

enum Outcome {
    Yield(Value),
    Return(Value),
    Raise(PyErr),
}

fn stop_value(e: &PyErr) -> Value {
    crate::vm::interp::stop_iteration_value(e)
}

fn task_step_impl(vm: &mut Vm, task: &Value, exc: Option<Value>) -> PyResult<Value> {
    let (pending, must_cancel) = with_task(vm, task, "task_step", |d, t| (d.state == FutState::Pending, t.must_cancel))?;
    if !pending {
        let tr = vm.repr_string(task)?;
        let er = vm.repr_string(exc.as_ref().unwrap_or(&Value::None))?;
        return Err(invalid_state(vm, format!("_step(): already done: {tr} {er}")));
    }
    let mut exc = exc;
    if must_cancel {
        let cancelled = super::cancelled_error_cls(vm);
        if !exc.as_ref().is_some_and(|e| vm.class_of(e).is_subclass(&cancelled)) {
            exc = Some(make_cancelled_error(vm, task)?);
        }
        with_task(vm, task, "task_step", |_, t| t.must_cancel = false)?;
    }
    let coro = with_task(vm, task, "task_step", |_, t| {
        t.fut_waiter = Value::Null;
        t.coro.clone()
    })?;
    let outcome = match (&coro, exc) {
        (Value::Generator(g), None) => match vm.gen_resume(g, Value::None, None) {
            Ok(Exit::Yield(v)) => Outcome::Yield(v),
            Ok(Exit::Return(v)) => Outcome::Return(v),
            Err(e) => Outcome::Raise(e),
        },
        (Value::Generator(g), Some(e)) if is_exception_instance(vm, &e) => match vm.gen_resume(g, Value::None, Some(as_err(vm, &e))) {
            Ok(Exit::Yield(v)) => Outcome::Yield(v),
            Ok(Exit::Return(v)) => Outcome::Return(v),
            Err(e) => Outcome::Raise(e),
        },
        (_, e) => {
            let (meth, arg) = match e {
                None => ("send", Value::None),
                Some(e) => ("throw", e),
            };
            let r = match vm.get_attr_str(&coro, meth) {
                Ok(m) => vm.call(&m, &[arg]),
                Err(e) => Err(e),
            };
            match r {
                Ok(v) => Outcome::Yield(v),
                Err(e) if e.is(&vm.types.stop_iteration) => Outcome::Return(stop_value(&e)),
                Err(e) => Outcome::Raise(e),
            }
        }
    };
    let result = match outcome {
        Outcome::Return(v) => {
            let (mc, msg) = with_task(vm, task, "task_step", |d, t| {
                let mc = t.must_cancel;
                t.must_cancel = false;
                (mc, null_none(&d.cmsg()))
            })?;
            if mc {
                future_cancel(vm, task, msg)?;
            } else {
                future_set_result(vm, task, v)?;
            }
            return Ok(Value::None);
        }
        Outcome::Raise(e) => {
            let cancelled = super::cancelled_error_cls(vm);
            if e.is(&cancelled) {
                with_fut(vm, task, "task_step", |d| d.x().cancelled_exc = e.value())?;
                future_cancel(vm, task, Value::Null)?;
                return Ok(Value::None);
            }
            if vm.limits.abort_reason(&e).is_some() {
                // The abort ends the loop as well: the task just ends, with no callbacks
                // (they would run script code) and no "never retrieved" report.
                with_fut(vm, task, "task_step", |d| {
                    d.exception = e.value();
                    d.state = FutState::Finished;
                    d.log_tb = false;
                })?;
                return Err(e);
            }
            future_set_exception(vm, task, e.value())?;
            if e.is(&vm.types.keyboard_interrupt) || e.is(&vm.types.system_exit) {
                return Err(e);
            }
            return Ok(Value::None);
        }
        Outcome::Yield(v) => v,
    };
    if result.is(task) {
        let tr = vm.repr_string(task)?;
        return set_error_soon(vm, task, format!("Task cannot await on itself: {tr}"));
    }
    let task_loop = fut_loop(vm, task)?;
    if is_exact_fut(&result) {
        // The fast path: a native future of this module.
        let (floop, blocking) = with_fut(vm, &result, "task_step", |d| (null_none(&d.loop_), d.blocking))?;
        if !floop.is(&task_loop) {
            return different_loop(vm, task, &result);
        }
        if !blocking {
            return yield_instead(vm, task, &result);
        }
        with_fut(vm, &result, "task_step", |d| d.blocking = false)?;
        let ctx = with_task(vm, task, "task_step", |_, t| t.context.clone())?;
        future_add_done_callback(vm, &result, bound(task, true), ctx)?;
        return park(vm, task, result);
    }
    if result.is_none() {
        call_step_soon(vm, task, None)?;
        return Ok(Value::None);
    }
    if let Some(b) = vm.get_attr_opt(&result, "_asyncio_future_blocking")?
        && !b.is_none()
    {
        let blocking = vm.truthy(&b)?;
        let floop = future_loop(vm, &result)?;
        if !floop.is(&task_loop) {
            return different_loop(vm, task, &result);
        }
        if !blocking {
            return yield_instead(vm, task, &result);
        }
        vm.set_attr(&result, &vm.intern("_asyncio_future_blocking"), Value::Bool(false))?;
        let ctx = with_task(vm, task, "task_step", |_, t| t.context.clone())?;
        let adc = vm.get_attr_str(&result, "add_done_callback")?;
        if ctx.is_none() {
            vm.call(&adc, &[bound(task, true)])?;
        } else {
            let kw = [(vm.intern("context"), ctx)];
            vm.call_kw(&adc, &[bound(task, true)], &kw)?;
        }
        return park(vm, task, result);
    }
    if let Value::Generator(g) = &result
        && g.kind == GenKind::Generator
    {
        let (tr, rr) = (vm.repr_string(task)?, vm.repr_string(&result)?);
        return set_error_soon(
            vm,
            task,
            format!("yield was used instead of yield from for generator in task {tr} with {rr}"),
        );
    }
    let rr = vm.repr_string(&result)?;
    set_error_soon(vm, task, format!("Task got bad yield: {rr}"))
}

/// The task now waits on `fut`; a cancellation requested meanwhile goes to `fut`.
fn park(vm: &mut Vm, task: &Value, fut: Value) -> PyResult<Value> {
    let (mc, msg) = with_task(vm, task, "task_step", |d, t| {
        t.fut_waiter = fut.clone();
        (t.must_cancel, null_none(&d.cmsg()))
    })?;
    if mc {
        let r = cancel_any(vm, &fut, msg)?;
        if r {
            with_task(vm, task, "task_step", |_, t| t.must_cancel = false)?;
        }
    }
    Ok(Value::None)
}

/// `fut.cancel(msg)`: natively for this module's futures and tasks.
fn cancel_any(vm: &mut Vm, fut: &Value, msg: Value) -> PyResult<bool> {
    if is_exact_fut(fut) {
        let is_task = with_fut(vm, fut, "cancel", |d| d.task.is_some())?;
        return if is_task {
            task_cancel(vm, fut, msg)
        } else {
            future_cancel(vm, fut, msg)
        };
    }
    let c = vm.get_attr_str(fut, "cancel")?;
    let r = vm.call(&c, &[msg])?;
    vm.truthy(&r)
}

/// `futures._get_loop`: `get_loop()` when the object has it, else `_loop`.
fn future_loop(vm: &mut Vm, fut: &Value) -> PyResult<Value> {
    if is_exact_fut(fut) {
        return fut_loop(vm, fut);
    }
    match vm.get_attr_opt(fut, "get_loop")? {
        Some(g) => vm.call(&g, &[]),
        None => vm.get_attr_str(fut, "_loop"),
    }
}

fn different_loop(vm: &mut Vm, task: &Value, result: &Value) -> PyResult<Value> {
    let (tr, rr) = (vm.repr_string(task)?, vm.repr_string(result)?);
    set_error_soon(vm, task, format!("Task {tr} got Future {rr} attached to a different loop"))
}

fn yield_instead(vm: &mut Vm, task: &Value, result: &Value) -> PyResult<Value> {
    let (tr, rr) = (vm.repr_string(task)?, vm.repr_string(result)?);
    set_error_soon(vm, task, format!("yield was used instead of yield from in task {tr} with {rr}"))
}

/// `Task.cancel(msg)`.
pub fn task_cancel(vm: &mut Vm, task: &Value, msg: Value) -> PyResult<bool> {
    let waiter = with_task(vm, task, "cancel", |d, t| {
        d.log_tb = false;
        if d.state != FutState::Pending {
            return None;
        }
        t.num_cancels_requested += 1;
        Some(t.fut_waiter.clone())
    })?;
    let Some(waiter) = waiter else { return Ok(false) };
    if !waiter.is_null() && !waiter.is_none() && cancel_any(vm, &waiter, msg.clone())? {
        return Ok(true);
    }
    with_task(vm, task, "cancel", |d, t| {
        t.must_cancel = true;
        d.set_cmsg(msg);
    })?;
    Ok(true)
}

// ---- construction --------------------------------------------------------------------------------

/// `coroutines.iscoroutine`: coroutines, generators, and objects implementing the
/// `collections.abc.Coroutine` protocol.
fn is_coroutine(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Generator(g) => g.kind != GenKind::AsyncGenerator,
        _ => {
            let cls = vm.class_of(v);
            ["__await__", "send", "throw", "close"]
                .iter()
                .all(|m| cls.lookup_str(m).is_some_and(|f| !f.is_none()))
        }
    }
}

fn task_init(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let me = task_self(vm, a, "__init__")?.clone();
    for (n, _) in k {
        if !["coro", "loop", "name", "context"].contains(&n.as_str()) {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for Task()", n.as_str())));
        }
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("Task() takes at most 1 positional argument ({} given)", a.len() - 1)));
    }
    let kw = |n: &str| crate::vm::call::kw_get(k, n).cloned().unwrap_or(Value::None);
    let coro = match (a.get(1), crate::vm::call::kw_get(k, "coro")) {
        (Some(_), Some(_)) => return Err(vm.type_error("argument for Task() given by name ('coro') and position (1)")),
        (Some(c), None) | (None, Some(c)) => c.clone(),
        (None, None) => return Err(vm.type_error("Task() missing required argument 'coro' (pos 1)")),
    };
    future_init(vm, &me, kw("loop"))?;
    if !is_coroutine(vm, &coro) {
        with_task(vm, &me, "__init__", |_, t| t.log_destroy_pending = false)?;
        let r = vm.repr_string(&coro)?;
        return Err(vm.type_error(format!("a coroutine was expected, got {r}")));
    }
    let ctx = kw("context");
    let ctx = if ctx.is_none() { super::copy_context(vm)? } else { ctx };
    let (name, name_n) = match kw("name") {
        Value::None => {
            let n = with_state(|s| {
                s.task_counter += 1;
                s.task_counter
            });
            (Value::Null, n)
        }
        v @ Value::Str(_) => (v, 0),
        v => (Value::Str(vm.str(&v)?), 0),
    };
    with_task(vm, &me, "__init__", |_, t| {
        t.must_cancel = false;
        t.log_destroy_pending = true;
        t.num_cancels_requested = 0;
        t.coro = coro;
        t.context = ctx;
        t.name = name;
        t.name_n = name_n;
        t.fut_waiter = Value::Null;
    })?;
    call_step_soon(vm, &me, None)?;
    super::register_task(vm, &me)?;
    Ok(Value::None)
}

pub fn make_class(vm: &mut Vm, fut_cls: &Rc<Class>) -> Rc<Class> {
    if let Some(c) = with_state(|s| s.task_cls.clone()) {
        return c;
    }
    let cls = crate::vm::types::new_class("Task", vec![fut_cls.clone()], Layout::Object, None);
    cls.dict.borrow_mut().set_str("__module__", Value::str("_asyncio"));
    cls.dict
        .borrow_mut()
        .set_str("__doc__", Value::str("A coroutine wrapped in a Future."));
    vm.add_method(&cls, "__init__", task_init);
    vm.add_method(&cls, "set_result", |vm, a, _| {
        task_self(vm, a, "set_result")?;
        Err(vm.runtime_error("Task does not support set_result operation"))
    });
    vm.add_method(&cls, "set_exception", |vm, a, _| {
        task_self(vm, a, "set_exception")?;
        Err(vm.runtime_error("Task does not support set_exception operation"))
    });
    vm.add_method(&cls, "cancel", |vm, a, k| {
        let me = task_self(vm, a, "cancel")?.clone();
        let msg = task_cancel_msg_arg(vm, a, k)?;
        Ok(Value::Bool(task_cancel(vm, &me, msg)?))
    });
    vm.add_method(&cls, "cancelling", |vm, a, _| {
        let me = task_self(vm, a, "cancelling")?.clone();
        Ok(Value::Int(with_task(vm, &me, "cancelling", |_, t| t.num_cancels_requested)?))
    });
    vm.add_method(&cls, "uncancel", |vm, a, _| {
        let me = task_self(vm, a, "uncancel")?.clone();
        Ok(Value::Int(with_task(vm, &me, "uncancel", |_, t| {
            if t.num_cancels_requested > 0 {
                t.num_cancels_requested -= 1;
            }
            t.num_cancels_requested
        })?))
    });
    vm.add_method(&cls, "get_coro", |vm, a, _| {
        let me = task_self(vm, a, "get_coro")?.clone();
        with_task(vm, &me, "get_coro", |_, t| null_none(&t.coro))
    });
    vm.add_method(&cls, "get_context", |vm, a, _| {
        let me = task_self(vm, a, "get_context")?.clone();
        with_task(vm, &me, "get_context", |_, t| null_none(&t.context))
    });
    vm.add_method(&cls, "get_name", |vm, a, _| {
        let me = task_self(vm, a, "get_name")?.clone();
        with_task(vm, &me, "get_name", |_, t| t.name())
    });
    vm.add_method(&cls, "set_name", |vm, a, _| {
        let me = task_self(vm, a, "set_name")?.clone();
        let Some(v) = a.get(1) else {
            return Err(vm.type_error("Task.set_name() takes exactly one argument (0 given)"));
        };
        let name = match v {
            Value::Str(_) => v.clone(),
            other => Value::Str(vm.str(other)?),
        };
        with_task(vm, &me, "set_name", |_, t| t.name = name)?;
        Ok(Value::None)
    });
    vm.add_method(&cls, "get_stack", |vm, a, k| {
        let me = task_self(vm, a, "get_stack")?.clone();
        let bt = vm.import_module("asyncio.base_tasks")?;
        let f = vm.get_attr_str(&bt, "_task_get_stack")?;
        let limit = a
            .get(1)
            .or_else(|| crate::vm::call::kw_get(k, "limit"))
            .cloned()
            .unwrap_or(Value::None);
        vm.call(&f, &[me, limit])
    });
    vm.add_method(&cls, "print_stack", |vm, a, k| {
        let me = task_self(vm, a, "print_stack")?.clone();
        let bt = vm.import_module("asyncio.base_tasks")?;
        let f = vm.get_attr_str(&bt, "_task_print_stack")?;
        let limit = a
            .get(1)
            .or_else(|| crate::vm::call::kw_get(k, "limit"))
            .cloned()
            .unwrap_or(Value::None);
        let file = a
            .get(2)
            .or_else(|| crate::vm::call::kw_get(k, "file"))
            .cloned()
            .unwrap_or(Value::None);
        vm.call(&f, &[me, limit, file])
    });
    vm.add_method(&cls, "__repr__", |vm, a, _| {
        let me = task_self(vm, a, "__repr__")?.clone();
        let info = task_repr_info(vm, &me)?;
        let name = vm.class_of(&me).name().to_string();
        Ok(Value::string(format!("<{name} {}>", info.join(" "))))
    });
    let prop = |cls: &Rc<Class>, name: &'static str, get: NativeFn, set: Option<NativeFn>| {
        let nf = |func: NativeFn| {
            Value::Native(Rc::new(NativeFunction {
                name,
                func,
                owner: None,
                special: Special::None,
                host: None,
            }))
        };
        let p = Property {
            fget: nf(get),
            fset: set.map(nf).unwrap_or(Value::None),
            fdel: Value::None,
            doc: Value::None,
        };
        cls.dict.borrow_mut().set_str(name, Value::Property(Rc::new(p)));
    };
    prop(
        &cls,
        "_coro",
        |vm, a, _| with_task(vm, arg0(a), "_coro", |_, t| null_none(&t.coro)),
        None,
    );
    prop(
        &cls,
        "_fut_waiter",
        |vm, a, _| with_task(vm, arg0(a), "_fut_waiter", |_, t| null_none(&t.fut_waiter)),
        None,
    );
    prop(
        &cls,
        "_must_cancel",
        |vm, a, _| Ok(Value::Bool(with_task(vm, arg0(a), "_must_cancel", |_, t| t.must_cancel)?)),
        None,
    );
    prop(
        &cls,
        "_log_destroy_pending",
        |vm, a, _| {
            Ok(Value::Bool(with_task(vm, arg0(a), "_log_destroy_pending", |_, t| {
                t.log_destroy_pending
            })?))
        },
        Some(|vm, a, _| {
            let v = a.get(1).cloned().unwrap_or(Value::None);
            let b = vm.truthy(&v)?;
            with_task(vm, arg0(a), "_log_destroy_pending", |_, t| t.log_destroy_pending = b)?;
            Ok(Value::None)
        }),
    );
    cls
}

// ---- repr ----------------------------------------------------------------------------------------

/// `base_tasks._task_repr_info`.
fn task_repr_info(vm: &mut Vm, task: &Value) -> PyResult<Vec<String>> {
    let mut info = future_repr_info(vm, task)?;
    let (done, cancelling, name, coro, waiter) = with_task(vm, task, "__repr__", |d, t| {
        (
            d.state != FutState::Pending,
            t.num_cancels_requested > 0,
            t.name(),
            t.coro.clone(),
            t.fut_waiter.clone(),
        )
    })?;
    if cancelling && !done {
        info[0] = "cancelling".into();
    }
    let nr = vm.repr_string(&name)?;
    info.insert(1, format!("name={nr}"));
    let cr = format_coroutine(vm, &coro)?;
    info.insert(2, format!("coro=<{cr}>"));
    if !waiter.is_null() && !waiter.is_none() {
        let wr = vm.repr_string(&waiter)?;
        info.insert(3, format!("wait_for={wr}"));
    }
    Ok(info)
}

/// `coroutines._format_coroutine`.
fn format_coroutine(vm: &mut Vm, coro: &Value) -> PyResult<String> {
    if let Value::Generator(g) = coro {
        let name = format!("{}()", g.qualname.borrow().as_str());
        let file = if g.code.filename.is_empty() {
            "<empty co_filename>".to_string()
        } else {
            g.code.filename.to_string()
        };
        if g.finished.get() {
            return Ok(format!("{name} done, defined at {file}:{}", g.code.firstlineno));
        }
        let line = match g.frame.borrow().as_ref() {
            Some(f) if f.started => {
                let at_yield_from = matches!(f.code.instrs.get(f.ip), Some(crate::compile::bytecode::Instr::YieldFrom));
                let ip = if at_yield_from { f.ip } else { f.ip.saturating_sub(1) };
                f.code.lines.get(ip).copied().unwrap_or(g.code.firstlineno)
            }
            _ => g.code.firstlineno,
        };
        return Ok(format!("{name} running at {file}:{line}"));
    }
    let mut name = None;
    for attr in ["__qualname__", "__name__"] {
        if let Some(Value::Str(s)) = vm.get_attr_opt(coro, attr)?
            && !s.as_str().is_empty()
        {
            name = Some(s.as_str().to_string());
            break;
        }
    }
    let name = format!("{}()", name.unwrap_or_else(|| format!("<{} without __name__>", vm.type_name(coro))));
    let running = match vm.get_attr_opt(coro, "cr_running")? {
        Some(v) => vm.truthy(&v)?,
        None => match vm.get_attr_opt(coro, "gi_running")? {
            Some(v) => vm.truthy(&v)?,
            None => false,
        },
    };
    Ok(if running { format!("{name} running") } else { name })
}
