//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654): construction, `split`, `subgroup`,
//! `derive`, and the helpers behind `except*`.

use std::rc::Rc;

use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

fn group_class(vm: &Vm, name: &str) -> Rc<Class> {
    vm.types.by_name[name].clone()
}

pub fn is_group(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Instance(i) => i.class().is_subclass(&group_class(vm, "BaseExceptionGroup")),
        _ => false,
    }
}

/// The sub-exceptions of a group.
pub fn exceptions(v: &Value) -> Vec<Value> {
    if let Value::Instance(i) = v
        && let Some(Value::Tuple(t)) = i.get_attr_str("exceptions")
    {
        return t.to_vec();
    }
    vec![]
}

fn message(v: &Value) -> Value {
    if let Value::Instance(i) = v {
        return i.get_attr_str("message").unwrap_or(Value::str(""));
    }
    Value::str("")
}

/// `BaseExceptionGroup(message, exceptions)` as CPython builds it: an ExceptionGroup when
/// every member is an Exception and `cls` is BaseExceptionGroup itself.
pub fn new_group(vm: &mut Vm, cls: &Rc<Class>, msg: &Value, excs: &Value) -> PyResult<Value> {
    let Value::Str(_) = msg else {
        return Err(vm.type_error(format!("argument 1 must be str, not {}", vm.type_name(msg))));
    };
    let items = match excs {
        Value::List(_) | Value::Tuple(_) => vm.iterate(excs)?,
        _ => return Err(vm.type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exception = true;
    for (i, e) in items.iter().enumerate() {
        match e {
            Value::Instance(inst) if inst.exc.is_some() => {
                if !inst.class().is_subclass(&vm.types.exception) {
                    all_exception = false;
                }
            }
            _ => return Err(vm.value_error(format!("Item {i} of second argument (exceptions) is not an exception"))),
        }
    }
    let base = group_class(vm, "BaseExceptionGroup");
    let eg = group_class(vm, "ExceptionGroup");
    let cls = if Rc::ptr_eq(cls, &base) && all_exception {
        eg.clone()
    } else {
        cls.clone()
    };
    if cls.is_subclass(&eg) && !all_exception {
        return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
    }
    let obj = vm.new_instance(&cls);
    if let Value::Instance(i) = &obj {
        if let Some(ed) = &i.exc {
            ed.borrow_mut().args = Value::tuple(vec![msg.clone(), excs.clone()]);
        }
        i.set_attr_str("message", msg.clone());
        i.set_attr_str("exceptions", Value::tuple(items));
    }
    Ok(obj)
}

/// `eg.derive(excs)`, keeping cause, context and notes like CPython's split does.
fn derive_like(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let base = group_class(vm, "BaseExceptionGroup");
    let g = new_group(vm, &base, &message(orig), &Value::list(excs))?;
    if let (Value::Instance(o), Value::Instance(n)) = (orig, &g)
        && let (Some(oe), Some(ne)) = (&o.exc, &n.exc)
    {
        let oe = oe.borrow();
        let mut ne = ne.borrow_mut();
        ne.cause = oe.cause.clone();
        ne.context = oe.context.clone();
        ne.traceback = oe.traceback.clone();
    }
    Ok(g)
}

fn matches(vm: &mut Vm, e: &Value, cond: &Value) -> PyResult<bool> {
    match cond {
        Value::Class(_) | Value::Tuple(_) => vm.exception_matches(e, cond),
        f => {
            let r = vm.call(f, &[e.clone()])?;
            vm.truthy(&r)
        }
    }
}

/// `eg.split(cond)`: (matching part or None, rest or None).
pub fn split(vm: &mut Vm, eg: &Value, cond: &Value) -> PyResult<(Value, Value)> {
    if matches(vm, eg, cond)? {
        return Ok((eg.clone(), Value::None));
    }
    if !is_group(vm, eg) {
        return Ok((Value::None, eg.clone()));
    }
    let mut yes = vec![];
    let mut no = vec![];
    for e in exceptions(eg) {
        let (m, r) = split(vm, &e, cond)?;
        if !m.is_none() {
            yes.push(m);
        }
        if !r.is_none() {
            no.push(r);
        }
    }
    let m = if yes.is_empty() { Value::None } else { derive_like(vm, eg, yes)? };
    let r = if no.is_empty() { Value::None } else { derive_like(vm, eg, no)? };
    Ok((m, r))
}

pub fn group_str(v: &Value) -> String {
    let n = exceptions(v).len();
    let msg = match message(v) {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    format!("{} ({} sub-exception{})", msg, n, if n == 1 { "" } else { "s" })
}

pub fn init(vm: &mut Vm) {
    let base = group_class(vm, "BaseExceptionGroup");
    vm.add_method(&base, "__new__", |vm, a, _| {
        let Some(Value::Class(cls)) = a.first() else {
            return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
        };
        if a.len() != 3 {
            return Err(vm.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                a.len().saturating_sub(1)
            )));
        }
        let cls = cls.clone();
        new_group(vm, &cls, &a[1], &a[2])
    });
    vm.add_method(&base, "__init__", |_, _, _| Ok(Value::None));
    vm.add_method(&base, "split", |vm, a, _| {
        let (eg, cond) = (a.first().cloned().unwrap_or(Value::None), a.get(1).cloned().unwrap_or(Value::None));
        let (m, r) = split(vm, &eg, &cond)?;
        Ok(Value::tuple(vec![m, r]))
    });
    vm.add_method(&base, "subgroup", |vm, a, _| {
        let (eg, cond) = (a.first().cloned().unwrap_or(Value::None), a.get(1).cloned().unwrap_or(Value::None));
        Ok(split(vm, &eg, &cond)?.0)
    });
    vm.add_method(&base, "derive", |vm, a, _| {
        let eg = a.first().cloned().unwrap_or(Value::None);
        let base = group_class(vm, "BaseExceptionGroup");
        new_group(vm, &base, &message(&eg), a.get(1).unwrap_or(&Value::None))
    });
}

/// `except*` entry: the exception as a group (a naked exception is wrapped).
pub fn as_group(vm: &mut Vm, exc: &Value) -> PyResult<Value> {
    if is_group(vm, exc) {
        return Ok(exc.clone());
    }
    let base = group_class(vm, "BaseExceptionGroup");
    new_group(vm, &base, &Value::str(""), &Value::list(vec![exc.clone()]))
}

/// End of `except*`: what to raise, if anything.
pub fn reraise(vm: &mut Vm, orig: &Value, rest: &Value, raised: Vec<Value>) -> PyResult<Option<PyErr>> {
    let to_raise = if raised.is_empty() {
        if rest.is_none() {
            return Ok(None);
        }
        // Nothing matched a naked exception: it propagates as itself.
        if !is_group(vm, orig) { orig.clone() } else { rest.clone() }
    } else {
        let mut all = raised;
        if !rest.is_none() {
            all.push(rest.clone());
        }
        if all.len() == 1 {
            all.pop().unwrap_or(Value::None)
        } else {
            let base = group_class(vm, "BaseExceptionGroup");
            new_group(vm, &base, &Value::str(""), &Value::list(all))?
        }
    };
    match to_raise {
        Value::Instance(i) => Ok(Some(PyErr(i))),
        _ => Ok(None),
    }
}
