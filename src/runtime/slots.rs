//! Slot wrappers of the built-in types: `dict.__setitem__`, `int.__add__`, ... looked up
//! on a built-in class (or through `super()` from a subclass of one). They run the
//! built-in operation on the built-in value, bypassing any override in a subclass.

use std::rc::Rc;

use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::object::*;
use crate::vm::value::{PyStr, Value};
use crate::vm::{PyResult, Vm};

/// The built-in value behind `v` (the base value of an instance of a built-in subclass).
fn base_of(v: &Value) -> Value {
    if let Value::Instance(i) = v {
        let b = i.base.borrow().clone();
        if !b.is_null() {
            return b;
        }
    }
    v.clone()
}

fn arg(vm: &Vm, a: &[Value], i: usize, name: &str) -> PyResult<Value> {
    match a.get(i) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.type_error(format!("expected {} argument{} for {name}", i, if i == 1 { "" } else { "s" }))),
    }
}

fn not_impl(vm: &Vm, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if e.is(&vm.types.type_error) => Ok(Value::NotImplemented),
        r => r,
    }
}

macro_rules! binop {
    ($fwd:ident, $rev:ident, $op:expr, $name:literal) => {
        fn $fwd(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
            let s = base_of(&arg(vm, a, 0, $name)?);
            let o = base_of(&arg(vm, a, 1, $name)?);
            let r = vm.binary_op(&s, &o, $op);
            not_impl(vm, r)
        }
        fn $rev(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
            let s = base_of(&arg(vm, a, 0, $name)?);
            let o = base_of(&arg(vm, a, 1, $name)?);
            let r = vm.binary_op(&o, &s, $op);
            not_impl(vm, r)
        }
    };
}

binop!(add, radd, BinOp::Add, "__add__");
binop!(sub, rsub, BinOp::Sub, "__sub__");
binop!(mul, rmul, BinOp::Mul, "__mul__");
binop!(truediv, rtruediv, BinOp::Div, "__truediv__");
binop!(floordiv, rfloordiv, BinOp::FloorDiv, "__floordiv__");
binop!(modulo, rmodulo, BinOp::Mod, "__mod__");
binop!(pow, rpow, BinOp::Pow, "__pow__");
binop!(and, rand, BinOp::BitAnd, "__and__");
binop!(or, ror, BinOp::BitOr, "__or__");
binop!(xor, rxor, BinOp::BitXor, "__xor__");
binop!(lshift, rlshift, BinOp::LShift, "__lshift__");
binop!(rshift, rrshift, BinOp::RShift, "__rshift__");

macro_rules! cmpop {
    ($f:ident, $op:expr, $name:literal) => {
        fn $f(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
            let s = base_of(&arg(vm, a, 0, $name)?);
            let o = base_of(&arg(vm, a, 1, $name)?);
            let r = vm.compare(&s, &o, $op);
            not_impl(vm, r)
        }
    };
}

cmpop!(eq, CmpOp::Eq, "__eq__");
cmpop!(ne, CmpOp::NotEq, "__ne__");
cmpop!(lt, CmpOp::Lt, "__lt__");
cmpop!(le, CmpOp::LtE, "__le__");
cmpop!(gt, CmpOp::Gt, "__gt__");
cmpop!(ge, CmpOp::GtE, "__ge__");

fn getitem(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let s = base_of(&arg(vm, a, 0, "__getitem__")?);
    let k = arg(vm, a, 1, "__getitem__")?;
    vm.get_item(&s, &k)
}

fn setitem(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let s = base_of(&arg(vm, a, 0, "__setitem__")?);
    let k = arg(vm, a, 1, "__setitem__")?;
    let v = arg(vm, a, 2, "__setitem__")?;
    vm.set_item(&s, &k, v)?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let s = base_of(&arg(vm, a, 0, "__delitem__")?);
    let k = arg(vm, a, 1, "__delitem__")?;
    vm.del_item(&s, &k)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let s = base_of(&arg(vm, a, 0, "__len__")?);
    Ok(Value::Int(vm.len(&s)? as i64))
}

fn contains(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let s = base_of(&arg(vm, a, 0, "__contains__")?);
    let k = arg(vm, a, 1, "__contains__")?;
    Ok(Value::Bool(vm.contains(&s, &k)?))
}

fn iter(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let s = base_of(&arg(vm, a, 0, "__iter__")?);
    vm.get_iter(&s)
}

fn hash(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let s = base_of(&arg(vm, a, 0, "__hash__")?);
    Ok(Value::Int(vm.hash(&s)?))
}

fn repr(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let s = base_of(&arg(vm, a, 0, "__repr__")?);
    Ok(Value::Str(vm.repr(&s)?))
}

fn str_(vm: &mut Vm, a: &[Value], _: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let s = base_of(&arg(vm, a, 0, "__str__")?);
    Ok(Value::Str(vm.str(&s)?))
}

fn slot_fn(name: &str) -> Option<(&'static str, NativeFn)> {
    Some(match name {
        "__add__" => ("__add__", add),
        "__radd__" => ("__radd__", radd),
        "__sub__" => ("__sub__", sub),
        "__rsub__" => ("__rsub__", rsub),
        "__mul__" => ("__mul__", mul),
        "__rmul__" => ("__rmul__", rmul),
        "__truediv__" => ("__truediv__", truediv),
        "__rtruediv__" => ("__rtruediv__", rtruediv),
        "__floordiv__" => ("__floordiv__", floordiv),
        "__rfloordiv__" => ("__rfloordiv__", rfloordiv),
        "__mod__" => ("__mod__", modulo),
        "__rmod__" => ("__rmod__", rmodulo),
        "__pow__" => ("__pow__", pow),
        "__rpow__" => ("__rpow__", rpow),
        "__and__" => ("__and__", and),
        "__rand__" => ("__rand__", rand),
        "__or__" => ("__or__", or),
        "__ror__" => ("__ror__", ror),
        "__xor__" => ("__xor__", xor),
        "__rxor__" => ("__rxor__", rxor),
        "__lshift__" => ("__lshift__", lshift),
        "__rlshift__" => ("__rlshift__", rlshift),
        "__rshift__" => ("__rshift__", rshift),
        "__rrshift__" => ("__rrshift__", rrshift),
        "__eq__" => ("__eq__", eq),
        "__ne__" => ("__ne__", ne),
        "__lt__" => ("__lt__", lt),
        "__le__" => ("__le__", le),
        "__gt__" => ("__gt__", gt),
        "__ge__" => ("__ge__", ge),
        "__getitem__" => ("__getitem__", getitem),
        "__setitem__" => ("__setitem__", setitem),
        "__delitem__" => ("__delitem__", delitem),
        "__len__" => ("__len__", len),
        "__contains__" => ("__contains__", contains),
        "__iter__" => ("__iter__", iter),
        "__hash__" => ("__hash__", hash),
        "__repr__" => ("__repr__", repr),
        "__str__" => ("__str__", str_),
        _ => return None,
    })
}

/// Which slots each built-in type has.
fn has_slot(b: BuiltinType, name: &str) -> bool {
    use BuiltinType as B;
    let numeric = matches!(b, B::Int | B::Float | B::Bool);
    match name {
        "__repr__" | "__str__" | "__eq__" | "__ne__" | "__hash__" => true,
        "__lt__" | "__le__" | "__gt__" | "__ge__" => !matches!(b, B::Dict),
        "__getitem__" | "__len__" | "__contains__" | "__iter__" => {
            matches!(
                b,
                B::List | B::Tuple | B::Str | B::Dict | B::Bytes | B::ByteArray | B::Set | B::FrozenSet
            ) && !(name == "__getitem__" && matches!(b, B::Set | B::FrozenSet))
        }
        "__setitem__" | "__delitem__" => matches!(b, B::List | B::Dict | B::ByteArray),
        "__add__" | "__mul__" | "__rmul__" | "__mod__" => numeric || matches!(b, B::List | B::Tuple | B::Str | B::Bytes | B::ByteArray),
        "__and__" | "__or__" | "__xor__" | "__rand__" | "__ror__" | "__rxor__" | "__sub__" => {
            numeric || matches!(b, B::Set | B::FrozenSet) || (matches!(name, "__or__" | "__ror__") && matches!(b, B::Dict))
        }
        "__lshift__" | "__rlshift__" | "__rshift__" | "__rrshift__" => matches!(b, B::Int | B::Bool),
        _ => numeric,
    }
}

fn type_name(b: BuiltinType) -> Option<&'static str> {
    use BuiltinType as B;
    Some(match b {
        B::Int => "int",
        B::Bool => "bool",
        B::Float => "float",
        B::Str => "str",
        B::List => "list",
        B::Tuple => "tuple",
        B::Dict => "dict",
        B::Set => "set",
        B::FrozenSet => "frozenset",
        B::Bytes => "bytes",
        B::ByteArray => "bytearray",
        _ => return None,
    })
}

/// The slot wrapper `cls.name` of a built-in class, if it has one.
pub fn slot_wrapper(cls: &Rc<Class>, name: &str) -> Option<Value> {
    let b = cls.builtin?;
    let owner = type_name(b)?;
    let (name, func) = slot_fn(name)?;
    if !has_slot(b, name) {
        return None;
    }
    Some(Value::Native(Rc::new(NativeFunction {
        name,
        func,
        owner: Some(owner),
        special: Special::None,
        data: Value::None,
    })))
}
