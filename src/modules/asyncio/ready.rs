//! `_asyncio.ReadyQueue`: an optional native ready queue for the Python event loop.
//!
//! Not part of CPython's `_asyncio`; a loop may use it in place of its `collections.deque`
//! of handles: `append`/`appendleft`/`popleft`/`clear`/`len()` behave like the deque's, and
//! `run(ntodo)` is `BaseEventLoop._run_once`'s inner loop (pop up to `ntodo` handles, skip
//! cancelled ones, call `handle._run()`), so that loop costs no Python bytecode per handle.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};

pub struct Ready {
    pub q: VecDeque<Value>,
}

fn with_q<R>(vm: &Vm, a: &[Value], f: impl FnOnce(&mut VecDeque<Value>) -> R) -> PyResult<R> {
    if let Some(Value::Object(o)) = a.first()
        && let Ok(mut d) = o.data.try_borrow_mut()
        && let Some(r) = d.downcast_mut::<Ready>()
    {
        return Ok(f(&mut r.q));
    }
    Err(vm.type_error("descriptor requires a '_asyncio.ReadyQueue' object"))
}

fn one(vm: &Vm, a: &[Value], name: &str) -> PyResult<Value> {
    match a.get(1) {
        Some(v) if a.len() == 2 => Ok(v.clone()),
        _ => Err(vm.type_error(format!(
            "ReadyQueue.{name}() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        ))),
    }
}

fn new(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(vm.type_error("ReadyQueue.__new__(X): X is not a type object"));
    };
    if a.len() > 1 || !k.is_empty() {
        return Err(vm.type_error("ReadyQueue() takes no arguments"));
    }
    Ok(Value::Object(Rc::new(NativeObject {
        class: cls.clone(),
        data: RefCell::new(Box::new(Ready { q: VecDeque::new() })),
    })))
}

/// Runs up to `ntodo` handles; returns how many were popped.
fn run(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let n = one(vm, a, "run")?;
    let n = vm.to_index(&n)?.max(0);
    let cancelled = crate::vm::intern::intern("_cancelled");
    let run_name = crate::vm::intern::intern("_run");
    let mut done = 0i64;
    while done < n {
        let Some(h) = with_q(vm, a, |q| q.pop_front())? else { break };
        done += 1;
        let c = vm.get_attr(&h, &cancelled)?;
        if vm.truthy(&c)? {
            continue;
        }
        let r = vm.get_attr(&h, &run_name)?;
        vm.call(&r, &[])?;
    }
    Ok(Value::Int(done))
}

pub fn make_class(vm: &mut Vm) -> Rc<Class> {
    let cls = crate::vm::types::new_class("ReadyQueue", vec![vm.types.object.clone()], Layout::Object, None);
    cls.dict.borrow_mut().set_str("__module__", Value::str("_asyncio"));
    vm.add_method(&cls, "__new__", new);
    vm.add_method(&cls, "append", |vm, a, _| {
        let v = one(vm, a, "append")?;
        with_q(vm, a, |q| q.push_back(v))?;
        Ok(Value::None)
    });
    vm.add_method(&cls, "appendleft", |vm, a, _| {
        let v = one(vm, a, "appendleft")?;
        with_q(vm, a, |q| q.push_front(v))?;
        Ok(Value::None)
    });
    vm.add_method(&cls, "popleft", |vm, a, _| match with_q(vm, a, |q| q.pop_front())? {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    });
    vm.add_method(&cls, "clear", |vm, a, _| {
        // Dropped outside the borrow: handles' finalizers may touch the queue.
        let old = with_q(vm, a, std::mem::take)?;
        drop(old);
        Ok(Value::None)
    });
    vm.add_method(&cls, "__len__", |vm, a, _| Ok(Value::Int(with_q(vm, a, |q| q.len())? as i64)));
    vm.add_method(&cls, "__bool__", |vm, a, _| Ok(Value::Bool(with_q(vm, a, |q| !q.is_empty())?)));
    vm.add_method(&cls, "__iter__", |vm, a, _| {
        let items: Vec<Value> = with_q(vm, a, |q| q.iter().cloned().collect())?;
        let l = Value::list(items);
        vm.get_iter(&l)
    });
    vm.add_method(&cls, "run", run);
    cls
}
