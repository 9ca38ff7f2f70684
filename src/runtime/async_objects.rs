//! The objects of the async language around coroutines and async generators:
//! `coroutine_wrapper` (what `coro.__await__()` returns), the awaitables of async
//! generators (`async_generator_asend`, `async_generator_athrow`), the wrapper that tells
//! an async generator's `yield` from the values its `await`s pass through, the asyncgen
//! hooks of `sys`, and what happens when a coroutine or an async generator is dropped.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::vm::interp::Exit;
use crate::vm::object::*;

use crate::vm::value::{PyStr, Value};
use crate::vm::{KwArgs, PyErr, PyResult, Vm};

/// CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT compile flag.
pub const PYCF_ALLOW_TOP_LEVEL_AWAIT: i64 = 0x2000;

struct Classes {
    anext: Rc<Class>,
    wrapper: Rc<Class>,
    asend: Rc<Class>,
    athrow: Rc<Class>,
    wrapped: Rc<Class>,
}

thread_local! {
    static CLASSES: RefCell<Option<Rc<Classes>>> = const { RefCell::new(None) };
    /// sys.set_asyncgen_hooks(firstiter, finalizer)
    static HOOKS: RefCell<(Value, Value)> = const { RefCell::new((Value::None, Value::None)) };
    /// Qualified names of coroutines dropped before they ever ran.
    static UNAWAITED: RefCell<Vec<(Rc<PyStr>, usize)>> = const { RefCell::new(Vec::new()) };
    /// Unfinished async generators dropped after their first iteration, with the finalizer
    /// hook to call on each.
    static AGEN_FINALIZE: RefCell<Vec<(Value, Rc<Generator>)>> = const { RefCell::new(Vec::new()) };
    /// Locations already warned about (the default warnings action shows a warning once
    /// per location).
    static WARNED: RefCell<std::collections::HashSet<(String, u32, String)>> = RefCell::new(std::collections::HashSet::new());
}

pub(crate) fn reset_thread_state() {
    let classes = CLASSES.with(|c| c.borrow_mut().take());
    let hooks = HOOKS.with(|h| std::mem::replace(&mut *h.borrow_mut(), (Value::None, Value::None)));
    UNAWAITED.with(|u| u.borrow_mut().clear());
    let agens = AGEN_FINALIZE.with(|a| std::mem::take(&mut *a.borrow_mut()));
    drop((classes, hooks, agens));
}

fn classes() -> Rc<Classes> {
    CLASSES.with(|c| c.borrow().clone()).expect("async classes initialized")
}

fn new_obj(class: Rc<Class>, data: impl std::any::Any) -> Value {
    Value::Object(Rc::new(NativeObject {
        class,
        data: RefCell::new(Box::new(data)),
    }))
}

/// An async generator's `yield` value, told apart from what its awaits pass through.
struct Wrapped(Value);

pub fn wrap_yield(v: Value) -> Value {
    new_obj(classes().wrapped.clone(), Wrapped(v))
}

fn unwrap_yield(v: &Value) -> Option<Value> {
    match v {
        Value::Object(o) => o.data.borrow().downcast_ref::<Wrapped>().map(|w| w.0.clone()),
        _ => None,
    }
}

struct CoroWrapper(Rc<Generator>);

#[derive(Clone, Copy, PartialEq, Eq)]
enum AwState {
    Init,
    Iter,
    Closed,
}

struct Asend {
    agen: Rc<Generator>,
    sendval: Value,
    state: Cell<AwState>,
}

struct Athrow {
    agen: Rc<Generator>,
    /// None for aclose(); the (type, value, traceback) arguments of athrow().
    args: Option<(Value, Value)>,
    state: Cell<AwState>,
}

fn get_data<T: 'static, R>(vm: &Vm, v: &Value, what: &str, f: impl FnOnce(&T) -> R) -> PyResult<R> {
    if let Value::Object(o) = v
        && let Some(d) = o.data.borrow().downcast_ref::<T>()
    {
        return Ok(f(d));
    }
    Err(vm.type_error(format!("descriptor requires a '{what}' object")))
}

/// The exception `throw(typ[, val[, tb]])` raises, checked as CPython does.
pub fn throw_exception(vm: &mut Vm, typ: &Value, val: &Value) -> PyResult<PyErr> {
    Ok(match (typ, val) {
        (Value::Class(c), _) if !c.is_subclass(&vm.types.base_exception) => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(typ)
            )));
        }
        (Value::Class(_), Value::None) => vm.make_exception(typ)?,
        (Value::Class(c), Value::Instance(i)) if i.class().is_subclass(c) => PyErr(i.clone()),
        (Value::Class(_), Value::Tuple(t)) => {
            let inst = vm.call(typ, t)?;
            vm.make_exception(&inst)?
        }
        (Value::Class(_), v) => {
            let inst = vm.call(typ, std::slice::from_ref(v))?;
            vm.make_exception(&inst)?
        }
        (Value::Instance(i), Value::None) if i.exc.is_some() => vm.make_exception(typ)?,
        (Value::Instance(i), _) if i.exc.is_some() => return Err(vm.type_error("instance exception may not have a separate value")),
        _ => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(typ)
            )));
        }
    })
}

fn throw_args(a: &[Value]) -> (Value, Value) {
    (a.get(1).cloned().unwrap_or(Value::None), a.get(2).cloned().unwrap_or(Value::None))
}

fn exit_value(vm: &Vm, r: Exit) -> PyResult<Value> {
    match r {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// The coroutine (an async generator's frame driven like one) behind an awaitable.
fn agen_step(vm: &mut Vm, g: &Rc<Generator>, send: Value, exc: Option<PyErr>) -> PyResult<Exit> {
    vm.gen_resume(g, send, exc)
}

/// CPython's async_gen_unwrap_value: a wrapped `yield` ends the awaitable with
/// StopIteration(value); the end of the generator is StopAsyncIteration.
fn agen_unwrap(vm: &mut Vm, g: &Rc<Generator>, r: PyResult<Exit>) -> PyResult<Value> {
    match r {
        Ok(Exit::Yield(v)) => match unwrap_yield(&v) {
            Some(inner) => {
                g.ag.running_async.set(false);
                Err(vm.stop_iteration(inner))
            }
            None => Ok(v),
        },
        Ok(Exit::Return(_)) => {
            g.ag.closed.set(true);
            g.ag.running_async.set(false);
            Err(vm.new_exception(&vm.types.stop_async_iteration.clone(), vec![]))
        }
        Err(e) => {
            if e.is(&vm.types.stop_async_iteration) || e.is(&vm.types.generator_exit) {
                g.ag.closed.set(true);
            }
            g.ag.running_async.set(false);
            Err(e)
        }
    }
}

fn init_hooks(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<()> {
    if g.ag.hooks_inited.get() {
        return Ok(());
    }
    g.ag.hooks_inited.set(true);
    let (firstiter, finalizer) = HOOKS.with(|h| h.borrow().clone());
    if !finalizer.is_none() {
        *g.ag.finalizer.borrow_mut() = Some(finalizer);
    }
    if !firstiter.is_none() {
        vm.call(&firstiter, &[Value::Generator(g.clone())])?;
    }
    Ok(())
}

fn agen_self(vm: &Vm, a: &[Value], what: &str) -> PyResult<Rc<Generator>> {
    match a.first() {
        Some(Value::Generator(g)) if g.kind == GenKind::AsyncGenerator => Ok(g.clone()),
        _ => Err(vm.type_error(format!("descriptor '{what}' requires a 'async_generator' object"))),
    }
}

fn coro_self(vm: &Vm, a: &[Value]) -> PyResult<Rc<Generator>> {
    get_data::<CoroWrapper, _>(vm, &a[0], "coroutine_wrapper", |w| w.0.clone())
}

// ---- async_generator_asend ----------------------------------------------------------------

const ASEND_REUSE: &str = "cannot reuse already awaited __anext__()/asend()";
const ATHROW_REUSE: &str = "cannot reuse already awaited aclose()/athrow()";

fn asend_send(vm: &mut Vm, this: &Value, arg: Value) -> PyResult<Value> {
    let (g, sendval, state) = get_data::<Asend, _>(vm, this, "async_generator_asend", |s| {
        (s.agen.clone(), s.sendval.clone(), s.state.clone())
    })?;
    if state.get() == AwState::Closed {
        return Err(vm.runtime_error(ASEND_REUSE));
    }
    let mut arg = arg;
    if state.get() == AwState::Init {
        if g.ag.running_async.get() {
            return Err(vm.runtime_error("anext(): asynchronous generator is already running"));
        }
        if arg.is_none() {
            arg = sendval;
        }
        set_state(this, AwState::Iter);
    }
    g.ag.running_async.set(true);
    let r = agen_step(vm, &g, arg, None);
    let r = agen_unwrap(vm, &g, r);
    if r.is_err() {
        set_state(this, AwState::Closed);
    }
    r
}

fn set_state(this: &Value, st: AwState) {
    if let Value::Object(o) = this {
        let d = o.data.borrow();
        if let Some(s) = d.downcast_ref::<Asend>() {
            s.state.set(st);
        } else if let Some(s) = d.downcast_ref::<Athrow>() {
            s.state.set(st);
        }
    }
}

fn asend_throw(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let this = &a[0];
    let (g, state) = get_data::<Asend, _>(vm, this, "async_generator_asend", |s| (s.agen.clone(), s.state.get()))?;
    if state == AwState::Closed {
        return Err(vm.runtime_error(ASEND_REUSE));
    }
    let (typ, val) = throw_args(a);
    let e = throw_exception(vm, &typ, &val)?;
    let r = agen_step(vm, &g, Value::None, Some(e));
    let r = agen_unwrap(vm, &g, r);
    if r.is_err() {
        set_state(this, AwState::Closed);
    }
    r
}

// ---- async_generator_athrow ---------------------------------------------------------------

fn athrow_send(vm: &mut Vm, this: &Value, arg: Value) -> PyResult<Value> {
    let (g, args, state) = get_data::<Athrow, _>(vm, this, "async_generator_athrow", |s| {
        (s.agen.clone(), s.args.clone(), s.state.get())
    })?;
    if state == AwState::Closed {
        return Err(vm.runtime_error(ATHROW_REUSE));
    }
    if g.finished.get() {
        set_state(this, AwState::Closed);
        return Err(vm.stop_iteration(Value::None));
    }
    let r = if state == AwState::Init {
        if g.ag.running_async.get() {
            set_state(this, AwState::Closed);
            let msg = if args.is_none() {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            };
            return Err(vm.runtime_error(msg));
        }
        if g.ag.closed.get() {
            set_state(this, AwState::Closed);
            return Err(vm.new_exception(&vm.types.stop_async_iteration.clone(), vec![]));
        }
        if !arg.is_none() {
            return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        set_state(this, AwState::Iter);
        g.ag.running_async.set(true);
        match &args {
            None => {
                g.ag.closed.set(true);
                let exit = vm.new_exception(&vm.types.generator_exit.clone(), vec![]);
                agen_step(vm, &g, Value::None, Some(exit))
            }
            Some((typ, val)) => {
                let e = match throw_exception(vm, typ, val) {
                    Ok(e) => e,
                    Err(e) => {
                        g.ag.running_async.set(false);
                        set_state(this, AwState::Closed);
                        return Err(e);
                    }
                };
                let r = agen_step(vm, &g, Value::None, Some(e));
                let r = agen_unwrap(vm, &g, r);
                return athrow_check(vm, this, &g, false, r);
            }
        }
    } else {
        let r = agen_step(vm, &g, arg, None);
        if args.is_some() {
            return agen_unwrap(vm, &g, r);
        }
        r
    };
    athrow_close_result(vm, this, &g, r)
}

/// aclose(): a wrapped yield means the generator ignored GeneratorExit.
fn athrow_close_result(vm: &mut Vm, this: &Value, g: &Rc<Generator>, r: PyResult<Exit>) -> PyResult<Value> {
    match r {
        Ok(Exit::Yield(v)) => {
            if unwrap_yield(&v).is_some() {
                g.ag.running_async.set(false);
                set_state(this, AwState::Closed);
                return Err(vm.runtime_error("async generator ignored GeneratorExit"));
            }
            Ok(v)
        }
        Ok(Exit::Return(_)) => {
            let e = vm.new_exception(&vm.types.stop_async_iteration.clone(), vec![]);
            athrow_check(vm, this, g, true, Err(e))
        }
        Err(e) => athrow_check(vm, this, g, true, Err(e)),
    }
}

/// CPython's check_error in async_gen_athrow_send.
fn athrow_check(vm: &mut Vm, this: &Value, g: &Rc<Generator>, is_close: bool, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(v),
        Err(e) => {
            g.ag.running_async.set(false);
            set_state(this, AwState::Closed);
            if is_close && (e.is(&vm.types.stop_async_iteration) || e.is(&vm.types.generator_exit)) {
                return Err(vm.stop_iteration(Value::None));
            }
            Err(e)
        }
    }
}

fn athrow_throw(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let this = &a[0];
    let (g, args, state) = get_data::<Athrow, _>(vm, this, "async_generator_athrow", |s| {
        (s.agen.clone(), s.args.clone(), s.state.get())
    })?;
    if state == AwState::Closed {
        return Err(vm.runtime_error(ATHROW_REUSE));
    }
    let (typ, val) = throw_args(a);
    let e = throw_exception(vm, &typ, &val)?;
    let r = agen_step(vm, &g, Value::None, Some(e));
    if args.is_some() {
        return agen_unwrap(vm, &g, r);
    }
    match r {
        Ok(Exit::Yield(v)) if unwrap_yield(&v).is_some() => {
            g.ag.running_async.set(false);
            set_state(this, AwState::Closed);
            Err(vm.runtime_error("async generator ignored GeneratorExit"))
        }
        Ok(Exit::Yield(v)) => Ok(v),
        Ok(Exit::Return(_)) => Err(vm.stop_iteration(Value::None)),
        Err(e) if e.is(&vm.types.stop_async_iteration) || e.is(&vm.types.generator_exit) => Err(vm.stop_iteration(Value::None)),
        Err(e) => Err(e),
    }
}

// ---- setup ------------------------------------------------------------------------------

fn add(vm: &Vm, cls: &Rc<Class>, name: &'static str, f: NativeFn) {
    vm.add_method(cls, name, f);
}

pub fn init(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let mk = |name: &str| crate::vm::types::new_class(name, vec![object.clone()], Layout::Object, None);
    let cls = Rc::new(Classes {
        anext: mk("anext_awaitable"),
        wrapper: mk("coroutine_wrapper"),
        asend: mk("async_generator_asend"),
        athrow: mk("async_generator_athrow"),
        wrapped: mk("async_generator_wrapped_value"),
    });
    CLASSES.with(|c| *c.borrow_mut() = Some(cls.clone()));

    // coroutine.__await__() and the wrapper it returns.
    let coro = vm.types.coroutine.clone();
    add(vm, &coro, "__await__", |vm, a, _| match a.first() {
        Some(Value::Generator(g)) if g.kind == GenKind::Coroutine => Ok(new_obj(classes().wrapper.clone(), CoroWrapper(g.clone()))),
        _ => Err(vm.type_error("descriptor '__await__' requires a 'coroutine' object")),
    });
    let w = &cls.wrapper;
    add(vm, w, "__iter__", |_, a, _| Ok(a[0].clone()));
    add(vm, w, "__next__", |vm, a, _| {
        let g = coro_self(vm, a)?;
        let r = vm.gen_resume(&g, Value::None, None)?;
        exit_value(vm, r)
    });
    add(vm, w, "send", |vm, a, _| {
        let g = coro_self(vm, a)?;
        let r = vm.gen_resume(&g, a.get(1).cloned().unwrap_or(Value::None), None)?;
        exit_value(vm, r)
    });
    add(vm, w, "throw", |vm, a, _| {
        let g = coro_self(vm, a)?;
        let (typ, val) = throw_args(a);
        let e = throw_exception(vm, &typ, &val)?;
        let r = vm.gen_resume(&g, Value::None, Some(e))?;
        exit_value(vm, r)
    });
    add(vm, w, "close", |vm, a, _| {
        let g = coro_self(vm, a)?;
        vm.gen_close(&g)?;
        Ok(Value::None)
    });

    // Async generators.
    let ag = vm.types.async_generator.clone();
    add(vm, &ag, "__aiter__", |vm, a, _| {
        agen_self(vm, a, "__aiter__")?;
        Ok(a[0].clone())
    });
    add(vm, &ag, "__anext__", |vm, a, _| {
        let g = agen_self(vm, a, "__anext__")?;
        init_hooks(vm, &g)?;
        Ok(new_obj(
            classes().asend.clone(),
            Asend {
                agen: g,
                sendval: Value::None,
                state: Cell::new(AwState::Init),
            },
        ))
    });
    add(vm, &ag, "asend", |vm, a, _| {
        let g = agen_self(vm, a, "asend")?;
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "async_generator.asend() takes exactly one argument ({} given)",
                a.len() - 1
            )));
        }
        init_hooks(vm, &g)?;
        Ok(new_obj(
            classes().asend.clone(),
            Asend {
                agen: g,
                sendval: a[1].clone(),
                state: Cell::new(AwState::Init),
            },
        ))
    });
    add(vm, &ag, "athrow", |vm, a, _| {
        let g = agen_self(vm, a, "athrow")?;
        if a.len() < 2 || a.len() > 4 {
            return Err(vm.type_error(format!("athrow expected at least 1 argument, got {}", a.len() - 1)));
        }
        init_hooks(vm, &g)?;
        Ok(new_obj(
            classes().athrow.clone(),
            Athrow {
                agen: g,
                args: Some(throw_args(a)),
                state: Cell::new(AwState::Init),
            },
        ))
    });
    add(vm, &ag, "aclose", |vm, a, _| {
        let g = agen_self(vm, a, "aclose")?;
        init_hooks(vm, &g)?;
        Ok(new_obj(
            classes().athrow.clone(),
            Athrow {
                agen: g,
                args: None,
                state: Cell::new(AwState::Init),
            },
        ))
    });

    let an = &cls.anext;
    add(vm, an, "__await__", |_, a, _| Ok(a[0].clone()));
    add(vm, an, "__iter__", |_, a, _| Ok(a[0].clone()));
    add(vm, an, "__next__", |vm, a, _| anext_step(vm, &a[0], None, Value::None));
    add(vm, an, "send", |vm, a, _| {
        anext_step(vm, &a[0], None, a.get(1).cloned().unwrap_or(Value::None))
    });
    add(vm, an, "throw", |vm, a, _| {
        let (typ, val) = throw_args(a);
        anext_step(vm, &a[0], Some((typ, val)), Value::None)
    });
    add(vm, an, "close", |vm, a, _| {
        let it = anext_iter(vm, &a[0])?;
        if let Some(close) = vm.get_attr_opt(&it, "close")? {
            vm.call(&close, &[])?;
        }
        Ok(Value::None)
    });

    for c in [&cls.asend, &cls.athrow] {
        add(vm, c, "__await__", |_, a, _| Ok(a[0].clone()));
        add(vm, c, "__iter__", |_, a, _| Ok(a[0].clone()));
        add(vm, c, "close", |_, a, _| {
            set_state(&a[0], AwState::Closed);
            Ok(Value::None)
        });
    }
    add(vm, &cls.asend, "__next__", |vm, a, _| asend_send(vm, &a[0], Value::None));
    add(vm, &cls.asend, "send", |vm, a, _| {
        asend_send(vm, &a[0], a.get(1).cloned().unwrap_or(Value::None))
    });
    add(vm, &cls.asend, "throw", asend_throw);
    add(vm, &cls.athrow, "__next__", |vm, a, _| athrow_send(vm, &a[0], Value::None));
    add(vm, &cls.athrow, "send", |vm, a, _| {
        athrow_send(vm, &a[0], a.get(1).cloned().unwrap_or(Value::None))
    });
    add(vm, &cls.athrow, "throw", athrow_throw);
}

/// The `sys` functions of the asyncgen hooks.
pub fn add_sys_functions(vm: &Vm, m: &Rc<Module>) {
    crate::modules::add_fn(vm, m, "set_asyncgen_hooks", |vm, a, k| {
        if a.len() > 2 {
            return Err(vm.type_error(format!("set_asyncgen_hooks() takes at most 2 arguments ({} given)", a.len())));
        }
        let mut firstiter = a.first().cloned();
        let mut finalizer = a.get(1).cloned();
        for (name, v) in k {
            match name.as_str() {
                "firstiter" => firstiter = Some(v.clone()),
                "finalizer" => finalizer = Some(v.clone()),
                other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for this function"))),
            }
        }
        for (v, what) in [(&finalizer, "finalizer"), (&firstiter, "firstiter")] {
            if let Some(v) = v
                && !v.is_none()
                && !crate::runtime::builtins::is_callable(vm, v)
            {
                return Err(vm.type_error(format!("callable {what} expected, got {}", vm.type_name(v))));
            }
        }
        HOOKS.with(|h| {
            let mut h = h.borrow_mut();
            if let Some(f) = firstiter {
                h.0 = f;
            }
            if let Some(f) = finalizer {
                h.1 = f;
            }
        });
        Ok(Value::None)
    });
    // types.coroutine: a generator function whose generators are awaitable.
    crate::modules::add_fn(vm, m, "_iterable_coroutine", |vm, a, _| {
        let Some(Value::Function(f)) = a.first() else {
            return Err(vm.type_error("types.coroutine() expects a callable"));
        };
        if f.code.flags & CO_GENERATOR == 0 || f.code.flags & CO_ITERABLE_COROUTINE != 0 {
            return Ok(a[0].clone());
        }
        let code = Rc::new(f.code.with_flags(f.code.flags | CO_ITERABLE_COROUTINE));
        let func = Function {
            code,
            globals: f.globals.clone(),
            name: RefCell::new(f.name.borrow().clone()),
            qualname: RefCell::new(f.qualname.borrow().clone()),
            defaults: RefCell::new(f.defaults.borrow().clone()),
            kwdefaults: RefCell::new(f.kwdefaults.borrow().clone()),
            closure: f.closure.clone(),
            doc: RefCell::new(f.doc.borrow().clone()),
            module: RefCell::new(f.module.borrow().clone()),
            dict: RefCell::new(f.dict.borrow().clone()),
            annotations: RefCell::new(f.annotations.borrow().clone()),
        };
        let func = Rc::new(func);
        crate::vm::gc::track_function(&func);
        Ok(Value::Function(func))
    });
    crate::modules::add_fn(vm, m, "get_asyncgen_hooks", |vm, _, _| {
        let (firstiter, finalizer) = HOOKS.with(|h| h.borrow().clone());
        let sys = vm.import_module("sys")?;
        let cls = vm.get_attr_str(&sys, "_asyncgen_hooks")?;
        vm.call(&cls, &[Value::tuple(vec![firstiter, finalizer])])
    });
}

/// `anext(iterator[, default])`
pub fn builtin_anext(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let it = &a[0];
    let Some(f) = vm.class_of(it).lookup_str("__anext__") else {
        return Err(vm.type_error(format!("'{}' object is not an async iterator", vm.type_name(it))));
    };
    let aw = vm.call(&f, std::slice::from_ref(it))?;
    match a.get(1) {
        None => Ok(aw),
        Some(default) => Ok(new_obj(
            classes().anext.clone(),
            AnextAwaitable {
                wrapped: aw,
                default: default.clone(),
                iter: RefCell::new(None),
            },
        )),
    }
}

struct AnextAwaitable {
    wrapped: Value,
    default: Value,
    iter: RefCell<Option<Value>>,
}

fn anext_iter(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (wrapped, it) = get_data::<AnextAwaitable, _>(vm, this, "anext_awaitable", |s| (s.wrapped.clone(), s.iter.borrow().clone()))?;
    if let Some(it) = it {
        return Ok(it);
    }
    let it = vm.get_awaitable(&wrapped)?;
    get_data::<AnextAwaitable, _>(vm, this, "anext_awaitable", |s| *s.iter.borrow_mut() = Some(it.clone()))?;
    Ok(it)
}

fn anext_step(vm: &mut Vm, this: &Value, throw: Option<(Value, Value)>, send: Value) -> PyResult<Value> {
    let default = get_data::<AnextAwaitable, _>(vm, this, "anext_awaitable", |s| s.default.clone())?;
    let it = anext_iter(vm, this)?;
    let r = match throw {
        Some((typ, val)) => match vm.get_attr_opt(&it, "throw")? {
            Some(t) => vm.call(&t, &[typ, val]),
            None => Err(throw_exception(vm, &typ, &val)?),
        },
        None => match vm.iter_send(&it, send) {
            Ok(crate::vm::interp::IterStep::Yield(y)) => Ok(y),
            Ok(crate::vm::interp::IterStep::Return(r)) => Err(vm.stop_iteration(r)),
            Err(e) => Err(e),
        },
    };
    match r {
        Err(e) if e.is(&vm.types.stop_async_iteration) => Err(vm.stop_iteration(default)),
        other => other,
    }
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)` for code
/// without free variables (the asyncio REPL wraps top-level-await code this way).
pub fn function_from_code(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let get = |i: usize, n: &str| a.get(i).or_else(|| crate::vm::call::kw_get(k, n)).cloned();
    let Some(Value::Code(code)) = get(0, "code") else {
        return Err(vm.type_error("function() argument 'code' must be code"));
    };
    let Some(Value::Dict(globals)) = get(1, "globals") else {
        return Err(vm.type_error("function() argument 'globals' must be dict"));
    };
    if !code.freevars.is_empty() && !matches!(get(4, "closure"), Some(Value::Tuple(_))) {
        return Err(vm.type_error(format!("{} requires closure of length {}", code.name.as_str(), code.freevars.len())));
    }
    let mut closure = vec![];
    if let Some(Value::Tuple(t)) = get(4, "closure") {
        for c in t.iter() {
            match c {
                Value::Cell(c) => closure.push(c.clone()),
                other => return Err(vm.type_error(format!("arg 5 (closure) expected cell, found {}", vm.type_name(other)))),
            }
        }
    }
    let name = match get(2, "name") {
        Some(Value::Str(s)) => s,
        _ => code.name.clone(),
    };
    let defaults = match get(3, "argdefs") {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => vec![],
    };
    let module = globals.d.borrow().get_by_str("__name__").cloned().unwrap_or(Value::None);
    let func = Rc::new(Function {
        globals,
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(None),
        closure,
        doc: RefCell::new(code.docstring.clone().unwrap_or(Value::None)),
        module: RefCell::new(module),
        dict: RefCell::new(None),
        annotations: RefCell::new(Value::None),
        code,
    });
    crate::vm::gc::track_function(&func);
    Ok(Value::Function(func))
}

/// A coroutine that runs module code compiled with top-level await.
pub fn code_coroutine(code: &Rc<crate::compile::Code>, frame: Box<crate::vm::frame::Frame>) -> Value {
    Value::Generator(Rc::new(Generator {
        kind: GenKind::Coroutine,
        frame: RefCell::new(Some(frame)),
        running: Cell::new(false),
        finished: Cell::new(false),
        delegate: RefCell::new(None),
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        code: code.clone(),
        ag: Default::default(),
    }))
}

/// A coroutine or async generator is being dropped unfinished. Returns true when handled
/// here; false leaves it to the generator close on drop.
pub fn on_drop(g: &mut Generator) -> bool {
    let started = g.frame.get_mut().as_ref().map(|f| f.started).unwrap_or(true);
    match g.kind {
        GenKind::Coroutine if !started => {
            let name = g.qualname.borrow().clone();
            let addr = g as *const Generator as usize;
            let _ = UNAWAITED.try_with(|u| u.borrow_mut().push((name, addr)));
            crate::vm::set_finalize_pending(true);
            true
        }
        GenKind::AsyncGenerator => {
            let fin = g.ag.finalizer.get_mut().take();
            match fin {
                Some(fin) if !g.ag.closed.get() => {
                    // Resurrected as a fresh object for the finalizer hook.
                    let code = g.code.clone();
                    let new = Rc::new(Generator {
                        kind: GenKind::AsyncGenerator,
                        frame: RefCell::new(g.frame.get_mut().take()),
                        running: Cell::new(false),
                        finished: Cell::new(false),
                        delegate: RefCell::new(g.delegate.get_mut().take()),
                        name: RefCell::new(g.name.borrow().clone()),
                        qualname: RefCell::new(g.qualname.borrow().clone()),
                        code,
                        ag: AgState::default(),
                    });
                    new.ag.hooks_inited.set(true);
                    let _ = AGEN_FINALIZE.try_with(|q| q.borrow_mut().push((fin, new)));
                    crate::vm::set_finalize_pending(true);
                    true
                }
                _ => false,
            }
        }
        _ => false,
    }
}

impl Vm {
    /// Runs the coroutine of a module compiled with top-level await: `asyncio.run(coro)`
    /// when there is an asyncio module; without one, sends None until it finishes.
    pub fn run_main_coroutine(&mut self, coro: Value) -> PyResult<Value> {
        match self.import_module("asyncio") {
            Ok(asyncio) => {
                let run = self.get_attr_str(&asyncio, "run")?;
                self.call(&run, &[coro])
            }
            Err(e)
                if e.is(&self
                    .types
                    .by_name
                    .get("ModuleNotFoundError")
                    .cloned()
                    .unwrap_or(self.types.import_error.clone())) =>
            {
                let Value::Generator(g) = &coro else {
                    return Ok(Value::None);
                };
                loop {
                    match self.gen_resume(g, Value::None, None)? {
                        Exit::Yield(_) => {}
                        Exit::Return(v) => return Ok(v),
                    }
                }
            }
            Err(e) => Err(e),
        }
    }

    /// Reports dropped never-awaited coroutines as CPython's RuntimeWarning at the line of
    /// the frame `f` (where the drop happened), and runs queued async generator finalizers.
    pub fn flush_async_finalizers(&mut self, f: Option<&crate::vm::frame::Frame>) {
        if self.limits.aborting.is_some() {
            // An abort unwinds: no warnings, and no finalizer may run script code.
            UNAWAITED.with(|u| u.borrow_mut().clear());
            let dropped = AGEN_FINALIZE.with(|q| std::mem::take(&mut *q.borrow_mut()));
            drop(dropped);
            return;
        }
        let names: Vec<(Rc<PyStr>, usize)> = UNAWAITED.with(|u| std::mem::take(&mut *u.borrow_mut()));
        for (name, addr) in names {
            let msg = format!("coroutine '{}' was never awaited", name.as_str());
            let origin = format!("<coroutine object {} at {addr:#x}>", name.as_str());
            self.warn_runtime(&msg, &origin, f);
        }
        let pending: Vec<(Value, Rc<Generator>)> = AGEN_FINALIZE.with(|q| std::mem::take(&mut *q.borrow_mut()));
        for (fin, g) in pending {
            if let Err(e) = self.call(&fin, &[Value::Generator(g.clone())]) {
                let header = format!(
                    "Exception ignored in: <async_generator object {} at {:#x}>",
                    g.qualname.borrow().as_str(),
                    Rc::as_ptr(&g) as usize
                );
                self.write_unraisable(&e, &header);
            }
        }
    }

    fn warn_runtime(&mut self, msg: &str, origin: &str, f: Option<&crate::vm::frame::Frame>) {
        // The warnings filters decide when the module is loaded.
        let action = self.warning_action(msg);
        if action == "ignore" {
            return;
        }
        let (file, line, text) = match f {
            Some(f) => {
                let line = f.code.line_at(f.ip.saturating_sub(1));
                let text = f
                    .code
                    .source
                    .as_ref()
                    .and_then(|s| s.lines().nth(line.saturating_sub(1) as usize).map(|l| l.trim().to_string()))
                    .unwrap_or_default();
                (f.code.filename.to_string(), line, text)
            }
            None => ("sys".to_string(), 1, String::new()),
        };
        if action == "error" {
            let e = self.new_error(
                &self
                    .types
                    .by_name
                    .get("RuntimeWarning")
                    .cloned()
                    .unwrap_or(self.types.runtime_error.clone()),
                msg,
            );
            self.write_unraisable(&e, &format!("Exception ignored in: {origin}"));
            return;
        }
        if action != "always" {
            let key = (file.clone(), line, msg.to_string());
            if WARNED.with(|w| !w.borrow_mut().insert(key)) {
                return;
            }
        }
        let mut out = format!("{file}:{line}: RuntimeWarning: {msg}\n");
        if !text.is_empty() {
            out.push_str(&format!("  {text}\n"));
        }
        if f.is_some() {
            out.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
        self.write_stderr(&out);
    }

    fn warning_action(&mut self, msg: &str) -> String {
        let found = self.modules.d.borrow().get_by_str("warnings").cloned();
        let Some(Value::Module(m)) = found else {
            return "default".into();
        };
        let Some(func) = m.dict.d.borrow().get_by_str("_action_for").cloned() else {
            return "default".into();
        };
        let cat = self
            .types
            .by_name
            .get("RuntimeWarning")
            .cloned()
            .map(Value::Class)
            .unwrap_or(Value::None);
        match self.call(&func, &[Value::str(msg), cat]) {
            Ok(Value::Str(s)) => s.as_str().to_string(),
            _ => "default".into(),
        }
    }
}
