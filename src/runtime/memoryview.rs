//! A minimal one-dimensional `memoryview` (format 'B') over `bytes` and `bytearray`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

/// A view of `len` bytes of `obj` starting at `start`, `step` apart.
struct MemView {
    obj: Value,
    start: i64,
    step: i64,
    len: usize,
}

thread_local! {
    static MV_CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

pub(crate) fn reset_thread_state() {
    MV_CLASS.with(|c| c.borrow_mut().take());
}

fn with_view<R>(v: &Value, f: impl FnOnce(&MemView) -> R) -> Option<R> {
    match v {
        Value::Object(o) => o.data.borrow().downcast_ref::<MemView>().map(f),
        _ => None,
    }
}

/// The bytes a memoryview shows, or None when `v` is not a memoryview.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    with_view(v, |m| {
        let read = |b: &[u8]| (0..m.len).map(|k| b[(m.start + k as i64 * m.step) as usize]).collect::<Vec<u8>>();
        match &m.obj {
            Value::Bytes(b) => read(b),
            Value::ByteArray(b) => read(&b.borrow()),
            _ => vec![],
        }
    })
}

/// The length of a memoryview (None when `v` is not one, or when `writable` is asked of
/// a view of immutable bytes).
pub fn view_len(v: &Value, writable: bool) -> Option<usize> {
    with_view(v, |m| (!writable || matches!(m.obj, Value::ByteArray(_))).then_some(m.len)).flatten()
}

/// Writes `data` at the start of a writable memoryview; the count written.
pub fn view_write(v: &Value, data: &[u8]) -> Option<usize> {
    with_view(v, |m| match &m.obj {
        Value::ByteArray(b) => {
            let mut b = b.borrow_mut();
            let n = data.len().min(m.len);
            for (k, byte) in data.iter().take(n).enumerate() {
                b[(m.start + k as i64 * m.step) as usize] = *byte;
            }
            Some(n)
        }
        _ => None,
    })
    .flatten()
}

fn new_view(obj: Value, start: i64, step: i64, len: usize) -> Value {
    let class = MV_CLASS.with(|c| c.borrow().clone()).expect("memoryview class");
    Value::Object(Rc::new(NativeObject {
        class,
        data: RefCell::new(Box::new(MemView { obj, start, step, len })),
    }))
}

fn parts(vm: &Vm, v: &Value) -> PyResult<(Value, i64, i64, usize)> {
    with_view(v, |m| (m.obj.clone(), m.start, m.step, m.len)).ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))
}

fn index(vm: &mut Vm, idx: &Value, len: usize) -> PyResult<usize> {
    let i = match idx {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => vm.to_index(idx)?,
        _ => {
            return Err(vm.type_error("memoryview: invalid slice key"));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

pub fn init(vm: &mut Vm) {
    let cls = crate::vm::types::new_class("memoryview", vec![vm.types.object.clone()], Layout::Object, None);
    MV_CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    vm.add_method(&cls, "__new__", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "memoryview() takes exactly one argument ({} given)",
                a.len().saturating_sub(1)
            )));
        }
        let obj = crate::runtime::str_methods::base_value(&a[1]);
        match &obj {
            Value::Bytes(b) => {
                let n = b.len();
                Ok(new_view(obj, 0, 1, n))
            }
            Value::ByteArray(b) => {
                let n = b.borrow().len();
                Ok(new_view(obj, 0, 1, n))
            }
            Value::Object(_) if view_bytes(&obj).is_some() => Ok(obj),
            _ => Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(&a[1])
            ))),
        }
    });
    vm.add_method(&cls, "__len__", |vm, a, _| Ok(Value::Int(parts(vm, &a[0])?.3 as i64)));
    vm.add_method(&cls, "__getitem__", |vm, a, _| {
        let (obj, start, step, len) = parts(vm, &a[0])?;
        let idx = a.get(1).cloned().unwrap_or(Value::None);
        if let Value::Slice(sl) = &idx {
            let (s, _, st, n) = vm.slice_indices(sl, len as i64)?;
            return Ok(new_view(obj, start + s * step, step * st, n));
        }
        let i = index(vm, &idx, len)?;
        let pos = (start + i as i64 * step) as usize;
        Ok(Value::Int(match &obj {
            Value::Bytes(b) => b[pos] as i64,
            Value::ByteArray(b) => b.borrow()[pos] as i64,
            _ => 0,
        }))
    });
    vm.add_method(&cls, "__setitem__", |vm, a, _| {
        let (obj, start, step, len) = parts(vm, &a[0])?;
        let Value::ByteArray(b) = &obj else {
            return Err(vm.type_error("cannot modify read-only memory"));
        };
        let idx = a.get(1).cloned().unwrap_or(Value::None);
        let val = a.get(2).cloned().unwrap_or(Value::None);
        if let Value::Slice(sl) = &idx {
            let (s, _, st, n) = vm.slice_indices(sl, len as i64)?;
            let src = crate::runtime::str_methods::bytes_like(&val)
                .or_else(|| view_bytes(&val))
                .ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&val))))?;
            if src.len() != n {
                return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
            }
            let mut bv = b.borrow_mut();
            for (k, x) in src.into_iter().enumerate() {
                bv[(start + (s + k as i64 * st) * step) as usize] = x;
            }
            return Ok(Value::None);
        }
        let i = index(vm, &idx, len)?;
        let x = match &val {
            Value::Int(_) | Value::Bool(_) => vm.to_index(&val)?,
            _ => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
        };
        if !(0..256).contains(&x) {
            return Err(vm.value_error("memoryview: invalid value for format 'B'"));
        }
        b.borrow_mut()[(start + i as i64 * step) as usize] = x as u8;
        Ok(Value::None)
    });
    vm.add_method(&cls, "tobytes", |vm, a, _| {
        parts(vm, &a[0])?;
        Ok(Value::Bytes(Rc::new(view_bytes(&a[0]).unwrap_or_default())))
    });
    vm.add_method(&cls, "tolist", |vm, a, _| {
        parts(vm, &a[0])?;
        let b = view_bytes(&a[0]).unwrap_or_default();
        Ok(Value::list(b.into_iter().map(|x| Value::Int(x as i64)).collect()))
    });
    vm.add_method(&cls, "hex", |vm, a, _| {
        parts(vm, &a[0])?;
        let b = view_bytes(&a[0]).unwrap_or_default();
        Ok(Value::string(b.iter().map(|x| format!("{x:02x}")).collect()))
    });
    vm.add_method(&cls, "__iter__", |vm, a, _| {
        parts(vm, &a[0])?;
        let b = view_bytes(&a[0]).unwrap_or_default();
        vm.get_iter(&Value::Bytes(Rc::new(b)))
    });
    vm.add_method(&cls, "__eq__", |vm, a, _| {
        parts(vm, &a[0])?;
        let mine = view_bytes(&a[0]).unwrap_or_default();
        let other = a
            .get(1)
            .and_then(|o| crate::runtime::str_methods::bytes_like(o).or_else(|| view_bytes(o)));
        Ok(match other {
            Some(o) => Value::Bool(mine == o),
            None => Value::NotImplemented,
        })
    });
    vm.add_method(&cls, "release", |vm, a, _| {
        parts(vm, &a[0])?;
        Ok(Value::None)
    });
    vm.add_method(&cls, "__enter__", |vm, a, _| {
        parts(vm, &a[0])?;
        Ok(a[0].clone())
    });
    vm.add_method(&cls, "__exit__", |_, _, _| Ok(Value::None));
    let ro: NativeFn = |vm, a, _| Ok(Value::Bool(!matches!(parts(vm, &a[0])?.0, Value::ByteArray(_))));
    let nb: NativeFn = |vm, a, _| Ok(Value::Int(parts(vm, &a[0])?.3 as i64));
    let obj: NativeFn = |vm, a, _| Ok(parts(vm, &a[0])?.0);
    for (name, f) in [("readonly", ro), ("nbytes", nb), ("obj", obj)] {
        let getter = vm.new_native(name, f);
        cls.dict.borrow_mut().set_str(
            name,
            Value::Property(Rc::new(Property {
                fget: getter,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            })),
        );
    }
    vm.set_builtin("memoryview", Value::Class(cls));
}
