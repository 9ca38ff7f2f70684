//! Dunder methods of the built-in value types (`dict.__contains__`, `list.__len__`,
//! `int.__add__`, ...), so that explicit calls such as `dict.__setitem__(self, k, v)` in
//! subclasses and `d.__getitem__` bound methods work. Each one operates on the built-in
//! value itself, or on the base value of an instance of a built-in subclass.

use std::rc::Rc;

use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};

fn reg(vm: &Vm, cls: &Rc<Class>, name: &'static str, f: NativeFn, owner: &'static str) {
    let v = Value::Native(Rc::new(NativeFunction {
        name,
        func: f,
        owner: Some(owner),
        special: Special::None,
        host: None,
    }));
    let _ = vm;
    cls.dict.borrow_mut().set_str(name, v);
}

/// The built-in value behind `v` (itself, or the base of a built-in subclass instance).
fn base(vm: &Vm, v: &Value) -> Value {
    vm.builtin_base_value(v).unwrap_or_else(|| v.clone())
}

fn args_n(vm: &Vm, a: &[Value], n: usize, name: &str) -> PyResult<()> {
    if a.len() != n {
        return Err(vm.type_error(format!(
            "expected {} argument{}, got {}",
            n - 1,
            if n == 2 { "" } else { "s" },
            a.len().saturating_sub(1)
        )));
    }
    let _ = name;
    Ok(())
}

fn d_len(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__len__")?;
    let b = base(vm, &a[0]);
    Ok(Value::Int(vm.len(&b)? as i64))
}
fn d_contains(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 2, "__contains__")?;
    let b = base(vm, &a[0]);
    Ok(Value::Bool(vm.contains(&b, &a[1])?))
}
fn d_getitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 2, "__getitem__")?;
    let b = base(vm, &a[0]);
    if let (Value::Dict(d), Value::Instance(_)) = (&b, &a[0]) {
        // dict subclasses: __missing__ is consulted on a miss.
        if let Some(v) = vm.dict_get(d, &a[1])? {
            return Ok(v);
        }
        if let Some(r) = vm.call_dunder(&a[0], "__missing__", &[a[1].clone()])? {
            return Ok(r);
        }
        return Err(vm.key_error(a[1].clone()));
    }
    vm.get_item(&b, &a[1])
}
fn d_setitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 3, "__setitem__")?;
    let b = base(vm, &a[0]);
    vm.set_item(&b, &a[1], a[2].clone())?;
    Ok(Value::None)
}
fn d_delitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 2, "__delitem__")?;
    let b = base(vm, &a[0]);
    vm.del_item(&b, &a[1])?;
    Ok(Value::None)
}
fn d_iter(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__iter__")?;
    let b = base(vm, &a[0]);
    vm.get_iter(&b)
}
fn d_repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__repr__")?;
    let b = base(vm, &a[0]);
    vm.repr(&b).map(Value::Str)
}
fn d_hash(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__hash__")?;
    let b = base(vm, &a[0]);
    vm.hash(&b).map(Value::Int)
}
fn d_bool(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__bool__")?;
    let b = base(vm, &a[0]);
    vm.truthy(&b).map(Value::Bool)
}

fn d_index(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__index__")?;
    match base(vm, &a[0]) {
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v),
        _ => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&a[0])))),
    }
}
fn d_int(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__int__")?;
    let b = base(vm, &a[0]);
    let int = Value::Class(vm.types.int.clone());
    vm.call(&int, &[b])
}
fn d_float(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__float__")?;
    let b = base(vm, &a[0]);
    vm.to_f64(&b).map(Value::Float)
}
fn d_neg(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__neg__")?;
    let b = base(vm, &a[0]);
    vm.unary_neg(&b)
}
fn d_pos(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__pos__")?;
    let b = base(vm, &a[0]);
    vm.unary_pos(&b)
}
fn d_invert(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__invert__")?;
    let b = base(vm, &a[0]);
    vm.unary_invert(&b)
}
fn d_abs(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    args_n(vm, a, 1, "__abs__")?;
    let b = base(vm, &a[0]);
    if vm.lt(&b, &Value::Int(0))? {
        vm.unary_neg(&b)
    } else {
        vm.unary_pos(&b)
    }
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Family {
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Set,
    Dict,
    Other,
}

fn family(v: &Value) -> Family {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Family::Int,
        Value::Float(_) => Family::Float,
        Value::Str(_) => Family::Str,
        Value::Bytes(_) | Value::ByteArray(_) => Family::Bytes,
        Value::List(_) => Family::List,
        Value::Tuple(_) => Family::Tuple,
        Value::Set(_) => Family::Set,
        Value::Dict(_) => Family::Dict,
        _ => Family::Other,
    }
}

/// Whether the slot of `x`'s type accepts `y` as its other operand (else NotImplemented,
/// as `int.__sub__(1, 1.5)` is).
fn accepts(x: &Value, y: &Value, op: Option<BinOp>) -> bool {
    let (fx, fy) = (family(x), family(y));
    match (fx, op) {
        (Family::Float, _) => matches!(fy, Family::Int | Family::Float),
        (Family::Str, Some(BinOp::Mod)) => true,
        (Family::Str | Family::Bytes | Family::List | Family::Tuple, Some(BinOp::Mul)) => fy == Family::Int,
        (Family::Int, Some(BinOp::Mul)) => matches!(fy, Family::Int),
        _ => fx == fy,
    }
}

fn binop(vm: &mut Vm, a: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    args_n(vm, a, 2, "op")?;
    let x = base(vm, &a[0]);
    let y = base(vm, &a[1]);
    if !accepts(&x, &y, Some(op)) {
        return Ok(Value::NotImplemented);
    }
    let r = if reflected {
        vm.builtin_binary(&y, &x, op)?
    } else {
        vm.builtin_binary(&x, &y, op)?
    };
    Ok(r.unwrap_or(Value::NotImplemented))
}

fn cmpop(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    args_n(vm, a, 2, "cmp")?;
    let x = base(vm, &a[0]);
    let y = base(vm, &a[1]);
    if !accepts(&x, &y, None) {
        return Ok(Value::NotImplemented);
    }
    match vm.builtin_compare(&x, &y, op)? {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(Value::NotImplemented),
    }
}

macro_rules! bin_fns {
    ($($name:ident, $rname:ident, $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> { binop(vm, a, $op, false) }
            fn $rname(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> { binop(vm, a, $op, true) }
        )*
    };
}
bin_fns! {
    b_add, r_add, BinOp::Add;
    b_sub, r_sub, BinOp::Sub;
    b_mul, r_mul, BinOp::Mul;
    b_div, r_div, BinOp::Div;
    b_fdiv, r_fdiv, BinOp::FloorDiv;
    b_mod, r_mod, BinOp::Mod;
    b_pow, r_pow, BinOp::Pow;
    b_lsh, r_lsh, BinOp::LShift;
    b_rsh, r_rsh, BinOp::RShift;
    b_or, r_or, BinOp::BitOr;
    b_xor, r_xor, BinOp::BitXor;
    b_and, r_and, BinOp::BitAnd;
}

macro_rules! cmp_fns {
    ($($name:ident, $op:expr;)*) => {
        $( fn $name(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> { cmpop(vm, a, $op) } )*
    };
}
cmp_fns! {
    c_eq, CmpOp::Eq;
    c_ne, CmpOp::NotEq;
    c_lt, CmpOp::Lt;
    c_le, CmpOp::LtE;
    c_gt, CmpOp::Gt;
    c_ge, CmpOp::GtE;
}

fn d_call(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    match a.split_first() {
        Some((f, rest)) => vm.call_kw(f, rest, k),
        None => Err(vm.type_error("descriptor '__call__' needs an argument")),
    }
}

pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    for (cls, owner) in [
        (t.function.clone(), "function"),
        (t.builtin_function.clone(), "builtin_function_or_method"),
        (t.method.clone(), "method"),
    ] {
        reg(vm, &cls, "__call__", d_call, owner);
    }
    let t = &vm.types;
    let containers: Vec<(Rc<Class>, &'static str)> = vec![
        (t.str_.clone(), "str"),
        (t.bytes.clone(), "bytes"),
        (t.bytearray.clone(), "bytearray"),
        (t.list.clone(), "list"),
        (t.tuple.clone(), "tuple"),
        (t.dict.clone(), "dict"),
        (t.set.clone(), "set"),
        (t.frozenset.clone(), "frozenset"),
        (t.range.clone(), "range"),
    ];
    let numbers: Vec<(Rc<Class>, &'static str)> = vec![(t.int.clone(), "int"), (t.float.clone(), "float")];
    for (cls, owner) in &containers {
        reg(vm, cls, "__len__", d_len, owner);
        reg(vm, cls, "__contains__", d_contains, owner);
        reg(vm, cls, "__iter__", d_iter, owner);
        if !matches!(*owner, "set" | "frozenset") {
            reg(vm, cls, "__getitem__", d_getitem, owner);
        }
        if matches!(*owner, "list" | "dict" | "bytearray") {
            reg(vm, cls, "__setitem__", d_setitem, owner);
            reg(vm, cls, "__delitem__", d_delitem, owner);
        }
    }
    for (cls, owner) in containers.iter().chain(numbers.iter()) {
        reg(vm, cls, "__repr__", d_repr, owner);
        for (n, f) in [
            ("__eq__", c_eq as NativeFn),
            ("__ne__", c_ne),
            ("__lt__", c_lt),
            ("__le__", c_le),
            ("__gt__", c_gt),
            ("__ge__", c_ge),
        ] {
            reg(vm, cls, n, f, owner);
        }
        if matches!(*owner, "list" | "dict" | "set" | "bytearray") {
            cls.dict.borrow_mut().set_str("__hash__", Value::None);
        } else {
            reg(vm, cls, "__hash__", d_hash, owner);
        }
    }
    let seq_ops: [(&'static str, NativeFn, &'static str, NativeFn); 2] =
        [("__add__", b_add, "__radd__", r_add), ("__mul__", b_mul, "__rmul__", r_mul)];
    for (cls, owner) in &containers {
        if matches!(*owner, "str" | "bytes" | "bytearray" | "list" | "tuple") {
            for (n, f, rn, rf) in seq_ops {
                reg(vm, cls, n, f, owner);
                if n == "__mul__" {
                    reg(vm, cls, rn, rf, owner);
                }
            }
        }
        if *owner == "str" {
            reg(vm, cls, "__mod__", b_mod, owner);
        }
        if matches!(*owner, "set" | "frozenset" | "dict") {
            for (n, f, rn, rf) in [
                ("__or__", b_or as NativeFn, "__ror__", r_or as NativeFn),
                ("__and__", b_and, "__rand__", r_and),
                ("__xor__", b_xor, "__rxor__", r_xor),
                ("__sub__", b_sub, "__rsub__", r_sub),
            ] {
                if *owner == "dict" && n != "__or__" {
                    continue;
                }
                reg(vm, cls, n, f, owner);
                reg(vm, cls, rn, rf, owner);
            }
        }
    }
    for (cls, owner) in &numbers {
        reg(vm, cls, "__bool__", d_bool, owner);
        reg(vm, cls, "__int__", d_int, owner);
        reg(vm, cls, "__float__", d_float, owner);
        reg(vm, cls, "__neg__", d_neg, owner);
        reg(vm, cls, "__pos__", d_pos, owner);
        reg(vm, cls, "__abs__", d_abs, owner);
        if *owner == "int" {
            reg(vm, cls, "__index__", d_index, owner);
            reg(vm, cls, "__invert__", d_invert, owner);
        }
        let mut ops: Vec<(&'static str, NativeFn, &'static str, NativeFn)> = vec![
            ("__add__", b_add, "__radd__", r_add),
            ("__sub__", b_sub, "__rsub__", r_sub),
            ("__mul__", b_mul, "__rmul__", r_mul),
            ("__truediv__", b_div, "__rtruediv__", r_div),
            ("__floordiv__", b_fdiv, "__rfloordiv__", r_fdiv),
            ("__mod__", b_mod, "__rmod__", r_mod),
            ("__pow__", b_pow, "__rpow__", r_pow),
        ];
        if *owner == "int" {
            ops.extend([
                ("__lshift__", b_lsh as NativeFn, "__rlshift__", r_lsh as NativeFn),
                ("__rshift__", b_rsh, "__rrshift__", r_rsh),
                ("__or__", b_or, "__ror__", r_or),
                ("__and__", b_and, "__rand__", r_and),
                ("__xor__", b_xor, "__rxor__", r_xor),
            ]);
        }
        for (n, f, rn, rf) in ops {
            reg(vm, cls, n, f, owner);
            reg(vm, cls, rn, rf, owner);
        }
    }
}
