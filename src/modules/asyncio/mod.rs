//! `_asyncio`: the native accelerator for asyncio, as CPython's C module of the same name.
//!
//! The Python package (`asyncio/futures.py`, `tasks.py`, `events.py`) imports `Future`, `Task`
//! and the running-loop / current-task helpers from here, so that stepping a task (sending
//! into its coroutine, inspecting what it yielded, parking it on a future and waking it up)
//! runs in Rust rather than as Python bytecode. Only the loop's own `call_soon` and
//! `call_exception_handler` are called at Python level on the hot path.
//!
//! - `future.rs`: `Future`, its await iterator (`FutureIter`), repr helpers and the
//!   "exception was never retrieved" report made when a future is dropped.
//! - `task.rs`: `Task` (a `Future` whose data also carries a `TaskData`) and its step logic.
//! - `ready.rs`: `ReadyQueue`, an optional native ready queue for the Python loop (not in
//!   CPython's module).
//! - this file: module state (running loop, `_current_tasks`, the weak `_all_tasks`
//!   registry, lazily resolved `asyncio.exceptions` classes) and the module functions.

pub mod future;
pub mod ready;
pub mod task;

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::vm::dict::Dict;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};

use super::add_fn;

/// A weak entry of `_all_tasks`: native tasks and Python-level task objects alike.
pub enum WeakTask {
    Native(Weak<NativeObject>),
    Inst(Weak<Instance>),
}

impl WeakTask {
    fn upgrade(&self) -> Option<Value> {
        match self {
            WeakTask::Native(w) => w.upgrade().map(Value::Object),
            WeakTask::Inst(w) => w.upgrade().map(Value::Instance),
        }
    }
    fn alive(&self) -> bool {
        match self {
            WeakTask::Native(w) => w.strong_count() > 0,
            WeakTask::Inst(w) => w.strong_count() > 0,
        }
    }
    fn addr(&self) -> usize {
        match self {
            WeakTask::Native(w) => w.as_ptr() as *const u8 as usize,
            WeakTask::Inst(w) => w.as_ptr() as *const u8 as usize,
        }
    }
}

/// Per-thread module state (CPython keeps the equivalent in C statics).
#[derive(Default)]
pub struct State {
    pub future_cls: Option<Rc<Class>>,
    pub task_cls: Option<Rc<Class>>,
    pub iter_cls: Option<Rc<Class>>,
    pub alltasks_cls: Option<Rc<Class>>,
    /// `_current_tasks`: a real dict (loop -> task), shared with Python code.
    pub current_tasks: Option<Rc<DictObj>>,
    /// `_all_tasks`: weak references; dead entries are swept when the list doubles.
    pub all_tasks: Vec<WeakTask>,
    pub sweep_at: usize,
    /// Counter behind the default task names `Task-N`.
    pub task_counter: u64,
    pub running_loop: Option<Value>,
    /// Stand-ins for `asyncio.exceptions` classes when that package is not importable.
    pub fallback_excs: Option<(Rc<Class>, Rc<Class>)>,
    /// `contextvars.copy_context`, resolved on first use; `Some(None)` when there is no
    /// `contextvars` module (callbacks are then scheduled without a context).
    pub copy_context: Option<Option<Value>>,
    /// The native step and wakeup functions every task binds (once per task).
    pub step_fn: Option<Value>,
    pub wakeup_fn: Option<Value>,
}

thread_local! {
    pub static STATE: RefCell<State> = RefCell::new(State::default());
}

pub(crate) fn reset_thread_state() {
    let old = STATE.with(|s| std::mem::take(&mut *s.borrow_mut()));
    drop(old);
}

/// After an aborted script (see `vm::limits`): the `finally` blocks that would have
/// left the running loop and the current task did not run, so they are forgotten here.
pub fn reset_after_abort() {
    let current = STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.running_loop = None;
        s.current_tasks.clone()
    });
    if let Some(c) = current {
        let old = std::mem::replace(&mut *c.d.borrow_mut(), Dict::new());
        drop(old);
    }
}

pub fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_asyncio");
    let (fut_cls, iter_cls) = future::make_classes(vm);
    let task_cls = task::make_class(vm, &fut_cls);
    let all_cls = make_alltasks_class(vm);
    let ready_cls = ready::make_class(vm);
    let current = with_state(|s| {
        s.future_cls = Some(fut_cls.clone());
        s.task_cls = Some(task_cls.clone());
        s.iter_cls = Some(iter_cls.clone());
        s.alltasks_cls = Some(all_cls.clone());
        s.current_tasks.get_or_insert_with(|| DictObj::new_rc(Dict::new())).clone()
    });
    {
        let mut d = m.dict.d.borrow_mut();
        d.set_str("Future", Value::Class(fut_cls));
        d.set_str("Task", Value::Class(task_cls));
        d.set_str("ReadyQueue", Value::Class(ready_cls));
        d.set_str("_current_tasks", Value::Dict(current));
        d.set_str(
            "_all_tasks",
            Value::Object(Rc::new(NativeObject {
                class: all_cls,
                data: RefCell::new(Box::new(AllTasks)),
            })),
        );
    }
    add_fn(vm, &m, "get_running_loop", |vm, a, k| {
        no_args(vm, "get_running_loop", a, k)?;
        match running_loop() {
            Some(l) => Ok(l),
            None => Err(vm.runtime_error("no running event loop")),
        }
    });
    add_fn(vm, &m, "_get_running_loop", |vm, a, k| {
        no_args(vm, "_get_running_loop", a, k)?;
        Ok(running_loop().unwrap_or(Value::None))
    });
    add_fn(vm, &m, "_set_running_loop", |vm, a, k| {
        let l = one_arg(vm, "_set_running_loop", a, k)?;
        with_state(|s| s.running_loop = if l.is_none() { None } else { Some(l) });
        Ok(Value::None)
    });
    add_fn(vm, &m, "get_event_loop", |vm, a, k| {
        no_args(vm, "get_event_loop", a, k)?;
        get_event_loop(vm)
    });
    add_fn(vm, &m, "_get_event_loop", |vm, a, k| {
        if a.len() > 1 {
            return Err(vm.type_error(format!("_get_event_loop() takes at most 1 argument ({} given)", a.len())));
        }
        reject_kwargs(vm, "_get_event_loop", k, &["stacklevel"])?;
        get_event_loop(vm)
    });
    add_fn(vm, &m, "_register_task", |vm, a, k| {
        let t = one_kw_arg(vm, "_register_task", "task", a, k)?;
        register_task(vm, &t)?;
        Ok(Value::None)
    });
    add_fn(vm, &m, "_unregister_task", |vm, a, k| {
        let t = one_kw_arg(vm, "_unregister_task", "task", a, k)?;
        if !matches!(t, Value::Object(_) | Value::Instance(_)) {
            return Err(vm.type_error(format!("cannot create weak reference to '{}' object", vm.type_name(&t))));
        }
        unregister_task(&t);
        Ok(Value::None)
    });
    add_fn(vm, &m, "_enter_task", |vm, a, k| {
        let (l, t) = two_args(vm, "_enter_task", ["loop", "task"], a, k)?;
        enter_task(vm, &l, &t)?;
        Ok(Value::None)
    });
    add_fn(vm, &m, "_leave_task", |vm, a, k| {
        let (l, t) = two_args(vm, "_leave_task", ["loop", "task"], a, k)?;
        leave_task(vm, &l, &t)?;
        Ok(Value::None)
    });
    add_fn(vm, &m, "current_task", |vm, a, k| {
        if a.len() > 1 {
            return Err(vm.type_error(format!("current_task() takes at most 1 argument ({} given)", a.len())));
        }
        reject_kwargs(vm, "current_task", k, &["loop"])?;
        let l = a
            .first()
            .or_else(|| crate::vm::call::kw_get(k, "loop"))
            .cloned()
            .unwrap_or(Value::None);
        let l = if l.is_none() {
            running_loop().ok_or_else(|| vm.runtime_error("no running event loop"))?
        } else {
            l
        };
        let d = current_tasks();
        Ok(vm.dict_get(&d, &l)?.unwrap_or(Value::None))
    });
    m
}

// ---- argument helpers ----------------------------------------------------------------------

pub fn reject_kwargs(vm: &Vm, fname: &str, k: KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (name, _) in k {
        if !allowed.contains(&name.as_str()) {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {fname}()", name.as_str())));
        }
    }
    Ok(())
}

fn no_args(vm: &Vm, fname: &str, a: &[Value], k: KwArgs) -> PyResult<()> {
    if !a.is_empty() || !k.is_empty() {
        return Err(vm.type_error(format!("_asyncio.{fname}() takes no arguments ({} given)", a.len() + k.len())));
    }
    Ok(())
}

fn one_arg(vm: &Vm, fname: &str, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if a.len() != 1 || !k.is_empty() {
        return Err(vm.type_error(format!(
            "_asyncio.{fname}() takes exactly one argument ({} given)",
            a.len() + k.len()
        )));
    }
    Ok(a[0].clone())
}

fn one_kw_arg(vm: &Vm, fname: &str, pname: &str, a: &[Value], k: KwArgs) -> PyResult<Value> {
    reject_kwargs(vm, fname, k, &[pname])?;
    match (a.first(), crate::vm::call::kw_get(k, pname)) {
        (Some(_), Some(_)) => Err(vm.type_error(format!("argument for {fname}() given by name ('{pname}') and position (1)"))),
        (Some(v), None) | (None, Some(v)) if a.len() <= 1 => Ok(v.clone()),
        (None, None) => Err(vm.type_error(format!("{fname}() missing required argument '{pname}' (pos 1)"))),
        _ => Err(vm.type_error(format!("{fname}() takes at most 1 argument ({} given)", a.len()))),
    }
}

fn two_args(vm: &Vm, fname: &str, names: [&str; 2], a: &[Value], k: KwArgs) -> PyResult<(Value, Value)> {
    reject_kwargs(vm, fname, k, &names)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("{fname}() takes at most 2 arguments ({} given)", a.len())));
    }
    let mut out = [Value::Null, Value::Null];
    for (i, name) in names.iter().enumerate() {
        let kv = crate::vm::call::kw_get(k, name);
        out[i] = match (a.get(i), kv) {
            (Some(_), Some(_)) => {
                return Err(vm.type_error(format!("argument for {fname}() given by name ('{name}') and position ({})", i + 1)));
            }
            (Some(v), None) | (None, Some(v)) => v.clone(),
            (None, None) => return Err(vm.type_error(format!("{fname}() missing required argument '{name}' (pos {})", i + 1))),
        };
    }
    let [x, y] = out;
    Ok((x, y))
}

// ---- running loop and event loop -----------------------------------------------------------

pub fn running_loop() -> Option<Value> {
    with_state(|s| s.running_loop.clone())
}

/// `asyncio.get_event_loop()` as CPython 3.11's C version: the running loop, else the
/// event loop policy's loop.
pub fn get_event_loop(vm: &mut Vm) -> PyResult<Value> {
    if let Some(l) = running_loop() {
        return Ok(l);
    }
    let events = vm.import_module("asyncio.events")?;
    let gp = vm.get_attr_str(&events, "get_event_loop_policy")?;
    let policy = vm.call(&gp, &[])?;
    let gel = vm.get_attr_str(&policy, "get_event_loop")?;
    vm.call(&gel, &[])
}

// ---- exceptions ------------------------------------------------------------------------------

/// `(CancelledError, InvalidStateError)` from `asyncio.exceptions`, or this module's
/// stand-ins when the asyncio package cannot be imported.
pub fn exc_classes(vm: &mut Vm) -> (Rc<Class>, Rc<Class>) {
    let from_mod = |vm: &mut Vm, m: &Value| -> Option<(Rc<Class>, Rc<Class>)> {
        let c = vm.get_attr_opt(m, "CancelledError").ok().flatten()?;
        let i = vm.get_attr_opt(m, "InvalidStateError").ok().flatten()?;
        match (c, i) {
            (Value::Class(c), Value::Class(i)) => Some((c, i)),
            _ => None,
        }
    };
    let loaded = vm.modules.d.borrow().get_by_str("asyncio.exceptions").cloned();
    if let Some(m) = loaded
        && let Some(r) = from_mod(vm, &m)
    {
        return r;
    }
    if let Some(r) = with_state(|s| s.fallback_excs.clone()) {
        return r;
    }
    if let Ok(m) = vm.import_module("asyncio.exceptions")
        && let Some(r) = from_mod(vm, &m)
    {
        return r;
    }
    let src = "class CancelledError(BaseException):\n    \"\"\"The Future or Task was cancelled.\"\"\"\n\n\
               class InvalidStateError(Exception):\n    \"\"\"The operation is not allowed in this state.\"\"\"\n";
    let md = vm.new_module("asyncio.exceptions");
    let _ = vm.run_source(src, "<_asyncio>", &md.dict, None, crate::compile::Mode::Exec);
    let get = |n: &str| match md.dict.d.borrow().get_by_str(n) {
        Some(Value::Class(c)) => c.clone(),
        _ => crate::vm::types::new_class(n, vec![], Layout::Exception, None),
    };
    let pair = (get("CancelledError"), get("InvalidStateError"));
    for c in [&pair.0, &pair.1] {
        c.dict.borrow_mut().set_str("__module__", Value::str("asyncio.exceptions"));
    }
    with_state(|s| s.fallback_excs = Some(pair.clone()));
    pair
}

pub fn cancelled_error_cls(vm: &mut Vm) -> Rc<Class> {
    exc_classes(vm).0
}

pub fn invalid_state(vm: &mut Vm, msg: impl Into<String>) -> crate::vm::PyErr {
    let c = exc_classes(vm).1;
    vm.new_error(&c, msg)
}

// ---- contexts and call_soon -------------------------------------------------------------------

/// `contextvars.copy_context()`, or None when there is no contextvars module.
pub fn copy_context(vm: &mut Vm) -> PyResult<Value> {
    let f = match with_state(|s| s.copy_context.clone()) {
        Some(f) => f,
        None => {
            let f = match vm.import_module("contextvars") {
                Ok(m) => vm.get_attr_opt(&m, "copy_context")?,
                Err(_) => None,
            };
            with_state(|s| s.copy_context = Some(f.clone()));
            f
        }
    };
    match f {
        Some(f) => vm.call(&f, &[]),
        None => Ok(Value::None),
    }
}

/// `loop.call_soon(func[, arg], context=ctx)`; the context is left out when it is None.
pub fn call_soon(vm: &mut Vm, lp: &Value, func: Value, arg: Option<Value>, ctx: &Value) -> PyResult<()> {
    thread_local! {
        static NAMES: (Rc<crate::vm::value::PyStr>, Rc<crate::vm::value::PyStr>) =
            (crate::vm::intern::intern("call_soon"), crate::vm::intern::intern("context"));
    }
    let (cs_name, ctx_name) = NAMES.with(|n| n.clone());
    let cs = vm.get_attr(lp, &cs_name)?;
    let mut args = Vec::with_capacity(2);
    args.push(func);
    if let Some(a) = arg {
        args.push(a);
    }
    if ctx.is_none() || ctx.is_null() {
        vm.call(&cs, &args)?;
    } else {
        let kw = [(ctx_name, ctx.clone())];
        vm.call_kw(&cs, &args, &kw)?;
    }
    Ok(())
}

// ---- current and all tasks ---------------------------------------------------------------------

pub fn current_tasks() -> Rc<DictObj> {
    with_state(|s| s.current_tasks.get_or_insert_with(|| DictObj::new_rc(Dict::new())).clone())
}

pub fn enter_task(vm: &mut Vm, lp: &Value, task: &Value) -> PyResult<()> {
    let d = current_tasks();
    if let Some(cur) = vm.dict_get(&d, lp)? {
        let (t, c) = (vm.repr_string(task)?, vm.repr_string(&cur)?);
        return Err(vm.runtime_error(format!("Cannot enter into task {t} while another task {c} is being executed.")));
    }
    vm.dict_set(&d, lp.clone(), task.clone())
}

pub fn leave_task(vm: &mut Vm, lp: &Value, task: &Value) -> PyResult<()> {
    let d = current_tasks();
    let cur = vm.dict_get(&d, lp)?.unwrap_or(Value::None);
    if !cur.is(task) {
        let (t, c) = (vm.repr_string(task)?, vm.repr_string(&cur)?);
        return Err(vm.runtime_error(format!("Leaving task {t} does not match the current task {c}.")));
    }
    vm.dict_del(&d, lp)?;
    Ok(())
}

pub fn register_task(vm: &Vm, t: &Value) -> PyResult<()> {
    let w = match t {
        Value::Object(o) => WeakTask::Native(Rc::downgrade(o)),
        Value::Instance(i) => WeakTask::Inst(Rc::downgrade(i)),
        other => return Err(vm.type_error(format!("cannot create weak reference to '{}' object", vm.type_name(other)))),
    };
    let addr = w.addr();
    with_state(|s| {
        if s.all_tasks.iter().rev().take(8).any(|e| e.addr() == addr && e.alive()) {
            return;
        }
        if s.all_tasks.len() >= s.sweep_at.max(64) {
            s.all_tasks.retain(|e| e.alive());
            s.sweep_at = s.all_tasks.len() * 2;
        }
        s.all_tasks.push(w);
    });
    Ok(())
}

pub fn unregister_task(t: &Value) {
    let Some(addr) = t.ptr() else { return };
    with_state(|s| s.all_tasks.retain(|e| e.alive() && e.addr() != addr));
}

/// Marker data of the `_all_tasks` object (the registry itself lives in `State`).
struct AllTasks;

fn live_tasks() -> Vec<Value> {
    with_state(|s| {
        let mut seen = std::collections::HashSet::new();
        s.all_tasks
            .iter()
            .filter_map(|e| e.upgrade())
            .filter(|v| seen.insert(v.ptr().unwrap_or(0)))
            .collect()
    })
}

/// `_all_tasks`: the set-like view of the weak task registry that `asyncio.all_tasks()`
/// iterates (CPython's is a `weakref.WeakSet`; native tasks are not weak-referenceable
/// through `_weakref` here, so the registry is kept natively).
fn make_alltasks_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = with_state(|s| s.alltasks_cls.clone()) {
        return c;
    }
    let cls = crate::vm::types::new_class("_TaskRegistry", vec![vm.types.object.clone()], Layout::Object, None);
    cls.dict.borrow_mut().set_str("__module__", Value::str("_asyncio"));
    vm.add_method(&cls, "__iter__", |vm, _, _| {
        let l = Value::list(live_tasks());
        vm.get_iter(&l)
    });
    vm.add_method(&cls, "__len__", |_, _, _| Ok(Value::Int(live_tasks().len() as i64)));
    vm.add_method(&cls, "__contains__", |_, a, _| {
        let addr = a.get(1).and_then(|v| v.ptr());
        Ok(Value::Bool(addr.is_some_and(|p| live_tasks().iter().any(|t| t.ptr() == Some(p)))))
    });
    vm.add_method(&cls, "add", |vm, a, _| {
        let t = a.get(1).cloned().unwrap_or(Value::None);
        register_task(vm, &t)?;
        Ok(Value::None)
    });
    vm.add_method(&cls, "discard", |_, a, _| {
        if let Some(t) = a.get(1) {
            unregister_task(t);
        }
        Ok(Value::None)
    });
    vm.add_method(&cls, "__repr__", |vm, _, _| {
        let l = Value::list(live_tasks());
        let r = vm.repr_string(&l)?;
        Ok(Value::string(format!("<_TaskRegistry {r}>")))
    });
    cls
}
