//! Operators: arithmetic, comparison, truth, hashing, containment, subscription and
//! iteration, with fast paths for built-in values and the dunder protocol for the rest.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::dict::{Probe, PySet};
use super::interp::IterStep;
use super::object::*;
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use crate::syntax::ast::{BinOp, CmpOp};

pub fn int_float_eq(i: i64, f: f64) -> bool {
    if f.fract() != 0.0 || !f.is_finite() {
        return false;
    }
    if f.abs() < 9.0e15 {
        return (i as f64) == f;
    }
    BigInt::from(i) == float_to_bigint(f)
}

pub fn bigint_float_eq(b: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && *b == float_to_bigint(f)
}

pub fn float_to_bigint(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f.trunc()).unwrap_or_default()
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn op_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

/// The method and reflected method (indices into `Names::cmp`) and the operator symbol.
fn cmp_dunders(op: CmpOp) -> (usize, usize, &'static str) {
    use super::names::*;
    match op {
        CmpOp::Lt => (CMP_LT, CMP_GT, "<"),
        CmpOp::LtE => (CMP_LE, CMP_GE, "<="),
        CmpOp::Gt => (CMP_GT, CMP_LT, ">"),
        CmpOp::GtE => (CMP_GE, CMP_LE, ">="),
        CmpOp::Eq => (CMP_EQ, CMP_EQ, "=="),
        _ => (CMP_NE, CMP_NE, "!="),
    }
}

impl Vm {
    fn is_user(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(_) | Value::Object(_) | Value::Class(_))
    }

    /// Calls `obj.name(args)` if the class defines it; Ok(None) if it doesn't.
    pub fn call_dunder(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj);
        match cls.lookup(&super::intern::intern(name)) {
            Some(f) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend_from_slice(args);
                let f = self.bind_descriptor_for_call(&f, obj, &cls);
                Ok(Some(self.call(&f.0, &a[f.1..])?))
            }
            None => Ok(None),
        }
    }

    /// For calling a class attribute found by dunder lookup: functions take self
    /// explicitly; staticmethods don't; classmethods get the class.
    fn bind_descriptor_for_call(&mut self, f: &Value, _obj: &Value, cls: &Rc<Class>) -> (Value, usize) {
        match f {
            Value::StaticMethod(inner) => ((**inner).clone(), 1),
            Value::ClassMethod(inner) => (
                Value::BoundMethod(Rc::new(BoundMethod {
                    self_: Value::Class(cls.clone()),
                    func: (**inner).clone(),
                })),
                1,
            ),
            _ => (f.clone(), 0),
        }
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(v) = self.builtin_binary(a, b, op)? {
            return Ok(v);
        }
        let (l, r, _) = op_dunders(op);
        self.dunder_binary(a, b, op, l, r)
    }

    fn dunder_binary(&mut self, a: &Value, b: &Value, op: BinOp, l: &str, r: &str) -> PyResult<Value> {
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let b_sub = !Rc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca) && cb.lookup_str(r).is_some();
        if b_sub
            && let Some(v) = self.call_dunder(b, r, &[a.clone()])?
            && !matches!(v, Value::NotImplemented)
        {
            return Ok(v);
        }
        if (self.is_user(a) || self.builtin_base_value(a).is_some())
            && let Some(v) = self.call_dunder(a, l, &[b.clone()])?
            && !matches!(v, Value::NotImplemented)
        {
            return Ok(v);
        }
        if !b_sub
            && (self.is_user(b) || self.builtin_base_value(b).is_some())
            && !Rc::ptr_eq(&ca, &cb)
            && let Some(v) = self.call_dunder(b, r, &[a.clone()])?
            && !matches!(v, Value::NotImplemented)
        {
            return Ok(v);
        }
        // Built-in subclasses fall back to their base value.
        let ab = self.builtin_base_value(a);
        let bb = self.builtin_base_value(b);
        if ab.is_some() || bb.is_some() {
            let a2 = ab.unwrap_or_else(|| a.clone());
            let b2 = bb.unwrap_or_else(|| b.clone());
            if let Some(v) = self.builtin_binary(&a2, &b2, op)? {
                return Ok(v);
            }
        }
        // Sequence repetition by an object with __index__.
        if op == BinOp::Mul {
            let is_seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)
                )
            };
            let (seq, n) = if is_seq(a) { (a, b) } else { (b, a) };
            if is_seq(seq) && self.is_user(n) && self.class_of(n).lookup_str("__index__").is_some() {
                let k = Value::Int(self.to_index(n)?);
                if let Some(v) = self.builtin_binary(seq, &k, op)? {
                    return Ok(v);
                }
            }
        }
        // `int | str`, `str | None`: a types.UnionType, built by stdlib _aspic_union.
        if op == BinOp::BitOr
            && matches!(a, Value::Class(_) | Value::None)
            && matches!(b, Value::Class(_) | Value::None)
            && (matches!(a, Value::Class(_)) || matches!(b, Value::Class(_)))
        {
            let m = self.import_module("_aspic_union")?;
            let f = self.get_attr_str(&m, "_union")?;
            return self.call(&f, &[a.clone(), b.clone()]);
        }
        Err(self.binop_type_error(a, b, op))
    }

    pub fn builtin_base_value(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Instance(i) => {
                let b = i.base.borrow();
                if b.is_null() { None } else { Some(b.clone()) }
            }
            _ => None,
        }
    }

    fn binop_type_error(&self, a: &Value, b: &Value, op: BinOp) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add {
            if let Value::Str(_) = a {
                return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
            }
            if let Value::List(_) = a {
                return self.type_error(format!("can only concatenate list (not \"{tb}\") to list"));
            }
            if let Value::Tuple(_) = a {
                return self.type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple"));
            }
            if let Value::Bytes(_) | Value::ByteArray(_) = a {
                return self.type_error(format!("can't concat {tb} to {ta}"));
            }
        }
        if op == BinOp::Mul
            && matches!(
                (a, b),
                (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), _)
                    | (_, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_))
            )
        {
            let seq_other = if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) {
                &tb
            } else {
                &ta
            };
            return self.type_error(format!("can't multiply sequence by non-int of type '{seq_other}'"));
        }
        self.type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", op_symbol(op), ta, tb))
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        match (a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = self.iterate(b)?;
                l.v.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (Value::List(l), BinOp::Mul) => {
                let n = self.to_index(b)?;
                self.check_alloc(repeat_bytes(l.v.borrow().len() * std::mem::size_of::<Value>(), n.saturating_sub(1)))?;
                let mut v = l.v.borrow_mut();
                if n <= 0 {
                    v.clear();
                } else {
                    let orig = v.clone();
                    for _ in 1..n {
                        v.extend(orig.iter().cloned());
                    }
                }
                return Ok(a.clone());
            }
            (Value::Set(s), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) if !s.frozen && matches!(b, Value::Set(_)) => {
                let r = self.binary_op(a, b, op)?;
                if let Value::Set(rs) = r {
                    let new = rs.s.borrow().clone();
                    *s.s.borrow_mut() = new;
                }
                return Ok(a.clone());
            }
            (Value::Dict(d), BinOp::BitOr) => {
                self.dict_update_from(d, b, false)?;
                return Ok(a.clone());
            }
            (Value::ByteArray(ba), BinOp::Add) => {
                let other = self.bytes_like(b)?;
                ba.borrow_mut().extend(other);
                return Ok(a.clone());
            }
            _ => {}
        }
        if self.is_user(a) {
            let (_, _, i) = op_dunders(op);
            if let Some(v) = self.call_dunder(a, i, &[b.clone()])?
                && !matches!(v, Value::NotImplemented)
            {
                return Ok(v);
            }
        }
        match self.binary_op(a, b, op) {
            Err(e) if e.is(&self.types.type_error) && op != BinOp::Add => {
                let msg = format!(
                    "unsupported operand type(s) for {}=: '{}' and '{}'",
                    op_symbol(op).trim_end_matches(" or pow()"),
                    self.type_name(a),
                    self.type_name(b)
                );
                if self.exc_message(&e).starts_with("unsupported operand") {
                    Err(self.type_error(msg))
                } else {
                    Err(e)
                }
            }
            Err(e) if e.is(&self.types.type_error) => {
                if self.exc_message(&e).starts_with("unsupported operand") {
                    Err(self.type_error(format!(
                        "unsupported operand type(s) for +=: '{}' and '{}'",
                        self.type_name(a),
                        self.type_name(b)
                    )))
                } else {
                    Err(e)
                }
            }
            r => r,
        }
    }

    pub fn bytes_like(&self, v: &Value) -> PyResult<Vec<u8>> {
        match v {
            Value::Bytes(b) => Ok((**b).clone()),
            Value::ByteArray(b) => Ok(b.borrow().clone()),
            v @ Value::Object(_) if crate::runtime::memoryview::view_bytes(v).is_some() => {
                Ok(crate::runtime::memoryview::view_bytes(v).unwrap_or_default())
            }
            _ => Err(self.type_error(format!("can't concat {} to bytearray", self.type_name(v)))),
        }
    }

    /// Arithmetic between built-in values; Ok(None) when not applicable.
    pub(crate) fn builtin_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        use Value::*;
        let r = match (a, b) {
            (Bool(x), Bool(y)) if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) => Bool(match op {
                BinOp::BitAnd => *x & *y,
                BinOp::BitOr => *x | *y,
                _ => *x ^ *y,
            }),
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
                    return self.int_op(x, y, op).map(Some);
                }
                let x = to_bigint(a).unwrap();
                let y = to_bigint(b).unwrap();
                return self.bigint_op(&x, &y, op).map(Some);
            }
            (Float(_) | Int(_) | Bool(_) | BigInt(_), Float(_) | Int(_) | Bool(_) | BigInt(_))
                if !matches!(
                    op,
                    BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift | BinOp::MatMul
                ) =>
            {
                let x = self.to_f64(a)?;
                let y = self.to_f64(b)?;
                return self.float_op(x, y, op).map(Some);
            }
            (Str(x), Str(y)) => match op {
                BinOp::Add => {
                    let mut s = String::with_capacity(x.s.len() + y.s.len());
                    s.push_str(x.as_str());
                    s.push_str(y.as_str());
                    Value::string(s)
                }
                BinOp::Mod => return self.percent_format(a, b).map(Some),
                _ => return Ok(Option::None),
            },
            (Str(_), _) if op == BinOp::Mod => return self.percent_format(a, b).map(Some),
            (Str(s), Int(_) | Bool(_)) | (Int(_) | Bool(_), Str(s)) if op == BinOp::Mul => {
                let n = small_int(if matches!(a, Str(_)) { b } else { a }).unwrap_or(0);
                if n <= 0 {
                    Value::str("")
                } else {
                    self.check_alloc(repeat_bytes(s.s.len(), n))?;
                    Value::string(s.as_str().repeat(n as usize))
                }
            }
            (List(x), List(y)) if op == BinOp::Add => {
                let mut v = x.v.borrow().clone();
                v.extend(y.v.borrow().iter().cloned());
                Value::list(v)
            }
            (List(l), Int(_) | Bool(_)) | (Int(_) | Bool(_), List(l)) if op == BinOp::Mul => {
                let n = small_int(if matches!(a, List(_)) { b } else { a }).unwrap_or(0);
                let src = l.v.borrow();
                self.check_alloc(repeat_bytes(src.len() * std::mem::size_of::<Value>(), n))?;
                let mut v = Vec::with_capacity(src.len() * n.max(0) as usize);
                for _ in 0..n.max(0) {
                    v.extend(src.iter().cloned());
                }
                Value::list(v)
            }
            (Tuple(x), Tuple(y)) if op == BinOp::Add => {
                let mut v = (**x).clone();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (Tuple(t), Int(_) | Bool(_)) | (Int(_) | Bool(_), Tuple(t)) if op == BinOp::Mul => {
                let n = small_int(if matches!(a, Tuple(_)) { b } else { a }).unwrap_or(0);
                self.check_alloc(repeat_bytes(t.len() * std::mem::size_of::<Value>(), n))?;
                let mut v = Vec::new();
                for _ in 0..n.max(0) {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            (Bytes(x), Bytes(y)) if op == BinOp::Add => {
                let mut v = (**x).clone();
                v.extend_from_slice(y);
                Value::Bytes(Rc::new(v))
            }
            (Bytes(x), ByteArray(y)) if op == BinOp::Add => {
                let mut v = (**x).clone();
                v.extend_from_slice(&y.borrow());
                Value::Bytes(Rc::new(v))
            }
            (ByteArray(x), Bytes(_) | ByteArray(_)) if op == BinOp::Add => {
                let mut v = x.borrow().clone();
                v.extend(self.bytes_like(b)?);
                Value::ByteArray(Rc::new(std::cell::RefCell::new(v)))
            }
            (ByteArray(x), Int(_) | Bool(_)) | (Int(_) | Bool(_), ByteArray(x)) if op == BinOp::Mul => {
                let n = small_int(if matches!(a, ByteArray(_)) { b } else { a }).unwrap_or(0);
                self.check_alloc(repeat_bytes(x.borrow().len(), n))?;
                let v = x.borrow().repeat(n.max(0) as usize);
                Value::ByteArray(Rc::new(std::cell::RefCell::new(v)))
            }
            (Bytes(x), Int(_)) | (Int(_), Bytes(x)) if op == BinOp::Mul => {
                let n = small_int(if matches!(a, Bytes(_)) { b } else { a }).unwrap_or(0);
                self.check_alloc(repeat_bytes(x.len(), n))?;
                Value::Bytes(Rc::new(x.repeat(n.max(0) as usize)))
            }
            (Bytes(_), _) if op == BinOp::Mod => return self.percent_format(a, b).map(Some),
            (Set(x), Set(y)) => {
                let frozen = x.frozen;
                let xs = x.s.borrow().keys();
                let ys = y.s.borrow().keys();
                let result: Vec<Value> = match op {
                    BinOp::BitOr => {
                        let mut v = xs;
                        v.extend(ys);
                        v
                    }
                    BinOp::BitAnd => {
                        let mut v = vec![];
                        for k in xs {
                            if self.set_contains(y, &k)? {
                                v.push(k);
                            }
                        }
                        v
                    }
                    BinOp::Sub => {
                        let mut v = vec![];
                        for k in xs {
                            if !self.set_contains(y, &k)? {
                                v.push(k);
                            }
                        }
                        v
                    }
                    BinOp::BitXor => {
                        let mut v = vec![];
                        for k in xs {
                            if !self.set_contains(y, &k)? {
                                v.push(k);
                            }
                        }
                        for k in ys {
                            if !self.set_contains(x, &k)? {
                                v.push(k);
                            }
                        }
                        v
                    }
                    _ => return Ok(Option::None),
                };
                return self.new_set(result, frozen).map(Some);
            }
            (Dict(x), Dict(y)) if op == BinOp::BitOr => {
                let nd = DictObj::new_rc(x.d.borrow().clone());
                self.dict_update_from(&nd, &Dict(y.clone()), false)?;
                Value::Dict(nd)
            }
            _ => {
                // dict views and sets mix: keys() | set etc.
                if let (Some(xs), Some(ys)) = (self.setlike_items(a)?, self.setlike_items(b)?)
                    && matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
                    && (matches!(a, Iter(_)) || matches!(b, Iter(_)))
                {
                    let sa = self.new_set(xs, false)?;
                    let sb = self.new_set(ys, false)?;
                    return self.builtin_binary(&sa, &sb, op);
                }
                return Ok(Option::None);
            }
        };
        Ok(Some(r))
    }

    fn setlike_items(&mut self, v: &Value) -> PyResult<Option<Vec<Value>>> {
        match v {
            Value::Set(s) => Ok(Some(s.s.borrow().keys())),
            Value::Iter(it) if it.kind == "dict_keys" || it.kind == "dict_items" => Ok(Some(self.iterate(v)?)),
            _ => Ok(None),
        }
    }

    pub fn to_f64(&self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => b
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| self.overflow_error("int too large to convert to float")),
            _ => Err(self.type_error(format!("must be real number, not {}", self.type_name(v)))),
        }
    }

    fn int_op(&mut self, x: i64, y: i64, op: BinOp) -> PyResult<Value> {
        let big = |vm: &mut Vm| vm.bigint_op(&BigInt::from(x), &BigInt::from(y), op);
        Ok(match op {
            BinOp::Add => match x.checked_add(y) {
                Some(z) => Value::Int(z),
                None => return big(self),
            },
            BinOp::Sub => match x.checked_sub(y) {
                Some(z) => Value::Int(z),
                None => return big(self),
            },
            BinOp::Mul => match x.checked_mul(y) {
                Some(z) => Value::Int(z),
                None => return big(self),
            },
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                match x.checked_div_euclid(y) {
                    Some(_) => Value::Int(Integer::div_floor(&x, &y)),
                    None => return big(self),
                }
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                match x.checked_rem(y) {
                    Some(_) => Value::Int(x.mod_floor(&y)),
                    None => Value::Int(0),
                }
            }
            BinOp::Div => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.abs() < (1 << 53) && y.abs() < (1 << 53) {
                    Value::Float(x as f64 / y as f64)
                } else {
                    return big(self);
                }
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float((x as f64).powf(y as f64)));
                }
                match (y <= u32::MAX as i64).then(|| x.checked_pow(y as u32)).flatten() {
                    Some(z) => Value::Int(z),
                    None => return big(self),
                }
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if y < 63 && x.unsigned_abs() < (1u64 << (62 - y)) {
                    Value::Int(x << y)
                } else {
                    return big(self);
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Value::Int(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
            }
            BinOp::BitAnd => Value::Int(x & y),
            BinOp::BitOr => Value::Int(x | y),
            BinOp::BitXor => Value::Int(x ^ y),
            BinOp::MatMul => return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
        })
    }

    fn bigint_op(&mut self, x: &BigInt, y: &BigInt, op: BinOp) -> PyResult<Value> {
        Ok(match op {
            BinOp::Add => Value::from_bigint(x + y),
            BinOp::Sub => Value::from_bigint(x - y),
            BinOp::Mul => Value::from_bigint(x * y),
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                Value::from_bigint(x.div_floor(y))
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                Value::from_bigint(x.mod_floor(y))
            }
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                Value::Float(bigint_true_div(x, y).ok_or_else(|| self.overflow_error("integer division result too large for a float"))?)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = x.to_f64().unwrap_or(f64::INFINITY);
                    let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                    if xf == 0.0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float(xf.powf(yf)));
                }
                let e = y.to_u32().ok_or_else(|| self.overflow_error("exponent too large"))?;
                if !x.is_zero() && !x.is_one() && *x != BigInt::from(-1) {
                    self.check_alloc((x.bits().saturating_mul(e as u64) / 8) as usize)?;
                }
                Value::from_bigint(num_traits::pow::Pow::pow(x, e))
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_usize().ok_or_else(|| self.overflow_error("too many digits in integer"))?;
                if !x.is_zero() {
                    self.check_alloc(s / 8)?;
                }
                Value::from_bigint(x << s)
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_usize().unwrap_or(usize::MAX);
                if s > x.bits() as usize + 1 {
                    Value::Int(if x.is_negative() { -1 } else { 0 })
                } else {
                    Value::from_bigint(x >> s)
                }
            }
            BinOp::BitAnd => Value::from_bigint(x & y),
            BinOp::BitOr => Value::from_bigint(x | y),
            BinOp::BitXor => Value::from_bigint(x ^ y),
            BinOp::MatMul => return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
        })
    }

    fn float_op(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
        Ok(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    return crate::runtime::complex::real_pow_to_complex(self, x, y);
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => return Err(self.type_error(format!("unsupported operand type(s) for {}: 'float' and 'float'", op_symbol(op)))),
        }))
    }

    pub fn unary_neg(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => match self.call_dunder(v, "__neg__", &[])? {
                Some(r) => Ok(r),
                None => Err(self.type_error(format!("bad operand type for unary -: '{}'", self.type_name(v)))),
            },
        }
    }

    pub fn unary_pos(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => match self.call_dunder(v, "__pos__", &[])? {
                Some(r) => Ok(r),
                None => Err(self.type_error(format!("bad operand type for unary +: '{}'", self.type_name(v)))),
            },
        }
    }

    pub fn unary_invert(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => match self.call_dunder(v, "__invert__", &[])? {
                Some(r) => Ok(r),
                None => Err(self.type_error(format!("bad operand type for unary ~: '{}'", self.type_name(v)))),
            },
        }
    }

    // ---- comparison ----------------------------------------------------------------------

    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {}
        }
        // Nested containers compare recursively on the Rust stack.
        if self.stack_exhausted() {
            return Err(self.new_error(
                &self.types.recursion_error.clone(),
                "maximum recursion depth exceeded in comparison",
            ));
        }
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        self.rich_compare(a, b, op)
    }

    fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (l, r, _) = cmp_dunders(op);
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let b_first = !Rc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca);
        if b_first && let Some(v) = self.user_cmp(b, &cb, r, a)? {
            return Ok(v);
        }
        if let Some(v) = self.user_cmp(a, &ca, l, b)? {
            return Ok(v);
        }
        if !b_first && let Some(v) = self.user_cmp(b, &cb, r, a)? {
            return Ok(v);
        }
        self.rich_compare_fallback(a, b, op)
    }

    /// The end of a rich comparison no method answered: built-in bases, identity, or a
    /// TypeError.
    fn rich_compare_fallback(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (_, _, sym) = cmp_dunders(op);
        // Built-in subclasses compare by their base value.
        let ab = self.builtin_base_value(a);
        let bb = self.builtin_base_value(b);
        if ab.is_some() || bb.is_some() {
            let a2 = ab.unwrap_or_else(|| a.clone());
            let b2 = bb.unwrap_or_else(|| b.clone());
            if let Some(r) = self.builtin_compare(&a2, &b2, op)? {
                return Ok(Value::Bool(r));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                sym,
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Calls a user comparison dunder (`Names::cmp[which]` of `a`'s class `cls`); None if
    /// absent or NotImplemented.
    fn user_cmp(&mut self, a: &Value, cls: &Rc<Class>, which: usize, b: &Value) -> PyResult<Option<Value>> {
        if !self.is_user(a) {
            return Ok(None);
        }
        let Some(f) = cls.lookup(&self.names.cmp[which]) else {
            return Ok(None);
        };
        match &f {
            Value::Native(n) if which == super::names::CMP_NE && n.owner == Some("object") => {
                // Default __ne__ inverts __eq__.
                return match cls.lookup(&self.names.cmp[super::names::CMP_EQ]) {
                    Some(eq @ Value::Function(_)) => {
                        let v = self.call(&eq, &[a.clone(), b.clone()])?;
                        if matches!(v, Value::NotImplemented) {
                            Ok(None)
                        } else {
                            Ok(Some(Value::Bool(!self.truthy(&v)?)))
                        }
                    }
                    _ => Ok(None),
                };
            }
            Value::Native(n) if n.name.starts_with("__") && n.owner == Some("object") => return Ok(None),
            _ => {}
        }
        let v = self.call(&f, &[a.clone(), b.clone()])?;
        if matches!(v, Value::NotImplemented) {
            Ok(None)
        } else {
            Ok(Some(v))
        }
    }

    /// Built-in comparisons; Ok(None) when a user method may be involved.
    pub(crate) fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use Value::*;
        let ord = match (a, b) {
            (Int(x), Int(y)) => x.cmp(y),
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => to_bigint(a).unwrap().cmp(&to_bigint(b).unwrap()),
            (Float(_) | Int(_) | Bool(_) | BigInt(_), Float(_) | Int(_) | Bool(_) | BigInt(_)) => match num_cmp(a, b) {
                Some(o) => o,
                Option::None => return Ok(Some(op == CmpOp::NotEq)),
            },
            (Str(x), Str(y)) => x.as_str().cmp(y.as_str()),
            (Bytes(x), Bytes(y)) => x.as_slice().cmp(y.as_slice()),
            (ByteArray(x), ByteArray(y)) => x.borrow().as_slice().cmp(y.borrow().as_slice()),
            (Bytes(x), ByteArray(y)) => x.as_slice().cmp(y.borrow().as_slice()),
            (ByteArray(x), Bytes(y)) => x.borrow().as_slice().cmp(y.as_slice()),
            (List(_), List(_)) | (Tuple(_), Tuple(_)) => {
                let xs = seq_items(a);
                let ys = seq_items(b);
                return self.seq_compare(&xs, &ys, op).map(Some);
            }
            (None, None) => std::cmp::Ordering::Equal,
            (Slice(x), Slice(y)) => {
                let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
                return self.seq_compare(&xs, &ys, op).map(Some);
            }
            (Dict(x), Dict(y)) => {
                return match op {
                    CmpOp::Eq => self.dict_eq(x, y).map(Some),
                    CmpOp::NotEq => self.dict_eq(x, y).map(|r| Some(!r)),
                    _ => Ok(Option::None),
                };
            }
            (Set(x), Set(y)) => {
                let xs = x.s.borrow().keys();
                let ys = y.s.borrow().keys();
                let sub = |vm: &mut Vm, p: &[Value], q: &Rc<SetObj>| -> PyResult<bool> {
                    for k in p {
                        if !vm.set_contains(q, k)? {
                            return Ok(false);
                        }
                    }
                    Ok(true)
                };
                let r = match op {
                    CmpOp::Eq => xs.len() == ys.len() && sub(self, &xs, y)?,
                    CmpOp::NotEq => !(xs.len() == ys.len() && sub(self, &xs, y)?),
                    CmpOp::LtE => xs.len() <= ys.len() && sub(self, &xs, y)?,
                    CmpOp::Lt => xs.len() < ys.len() && sub(self, &xs, y)?,
                    CmpOp::GtE => ys.len() <= xs.len() && sub(self, &ys, x)?,
                    CmpOp::Gt => ys.len() < xs.len() && sub(self, &ys, x)?,
                    _ => false,
                };
                return Ok(Some(r));
            }
            (Range(x), Range(y)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                let same =
                    (x.is_empty() && y.is_empty()) || (x.len() == y.len() && x.start == y.start && (x.len() == 1 || x.step == y.step));
                return Ok(Some(same == (op == CmpOp::Eq)));
            }
            (Iter(x), Set(_)) | (Set(_), Iter(x)) if x.kind == "dict_keys" || x.kind == "dict_items" => {
                let sa = match a {
                    Iter(_) => {
                        let xs = self.iterate(a)?;
                        self.new_set(xs, true)?
                    }
                    _ => a.clone(),
                };
                let sb = match b {
                    Iter(_) => {
                        let ys = self.iterate(b)?;
                        self.new_set(ys, true)?
                    }
                    _ => b.clone(),
                };
                return self.builtin_compare(&sa, &sb, op);
            }
            (Iter(x), Iter(y)) if x.kind == "dict_keys" && y.kind == "dict_keys" || x.kind == "dict_items" && y.kind == "dict_items" => {
                let xs = self.iterate(a)?;
                let ys = self.iterate(b)?;
                let sa = self.new_set(xs, true)?;
                let sb = self.new_set(ys, true)?;
                return self.builtin_compare(&sa, &sb, op);
            }
            _ => {
                if self.is_user(a) || self.is_user(b) {
                    return Ok(Option::None);
                }
                return match op {
                    CmpOp::Eq => Ok(Some(a.is(b))),
                    CmpOp::NotEq => Ok(Some(!a.is(b))),
                    _ => Ok(Option::None),
                };
            }
        };
        use std::cmp::Ordering::*;
        Ok(Some(match op {
            CmpOp::Lt => ord == Less,
            CmpOp::LtE => ord != Greater,
            CmpOp::Gt => ord == Greater,
            CmpOp::GtE => ord != Less,
            CmpOp::Eq => ord == Equal,
            CmpOp::NotEq => ord != Equal,
            _ => false,
        }))
    }

    fn seq_compare(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
        let n = xs.len().min(ys.len());
        for i in 0..n {
            if xs[i].is(&ys[i]) {
                continue;
            }
            if !self.eq(&xs[i], &ys[i])? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => {
                        let r = self.compare(&xs[i], &ys[i], op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        let (a, b) = (xs.len(), ys.len());
        Ok(match op {
            CmpOp::Lt => a < b,
            CmpOp::LtE => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::GtE => a >= b,
            CmpOp::Eq => a == b,
            CmpOp::NotEq => a != b,
            _ => false,
        })
    }

    fn dict_eq(&mut self, x: &Rc<DictObj>, y: &Rc<DictObj>) -> PyResult<bool> {
        if x.d.borrow().len() != y.d.borrow().len() {
            return Ok(false);
        }
        let items = x.d.borrow().items();
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(v2) => {
                    if !v.is(&v2) && !self.eq(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = super::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            (Value::Instance(x), Value::Instance(y)) if Rc::ptr_eq(&x.class.borrow(), &y.class.borrow()) => {
                // Two instances of one class (sorting objects): its `__lt__`, then the
                // reflected `__gt__`, as `rich_compare` would.
                use super::names::*;
                let cls = x.class();
                let r = match self.user_cmp(a, &cls, CMP_LT, b)? {
                    Some(r) => r,
                    None => match self.user_cmp(b, &cls, CMP_GT, a)? {
                        Some(r) => r,
                        None => self.rich_compare_fallback(a, b, CmpOp::Lt)?,
                    },
                };
                match r {
                    Value::Bool(t) => Ok(t),
                    r => self.truthy(&r),
                }
            }
            _ => {
                let r = self.compare(a, b, CmpOp::Lt)?;
                self.truthy(&r)
            }
        }
    }

    // ---- truth ---------------------------------------------------------------------------

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Str(s) => !s.s.is_empty(),
            Value::List(l) => !l.v.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.d.borrow().is_empty(),
            Value::Set(s) => !s.s.borrow().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) | Value::Object(_) => {
                if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!("__bool__ should return bool, returned {}", self.type_name(&r)))),
                    };
                }
                if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                    let n = self.to_index(&r)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n != 0);
                }
                if let Some(b) = self.builtin_base_value(v) {
                    return self.truthy(&b);
                }
                true
            }
            _ => true,
        })
    }

    // ---- hashing -------------------------------------------------------------------------

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use super::hash::*;
        if matches!(v, Value::Tuple(_)) && self.stack_exhausted() {
            return Err(self.new_error(&self.types.recursion_error.clone(), "maximum recursion depth exceeded"));
        }
        Ok(match v {
            Value::Int(i) => hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::BigInt(b) => hash_bigint(b),
            Value::Float(f) => hash_f64(*f),
            Value::Str(s) => s.hash(),
            Value::None => 0x5f_2b_3c_1d,
            Value::Bytes(b) => hash_bytes(b),
            Value::Range(r) => {
                // CPython hashes (len, start, step), with None for the parts that do not
                // matter (start and step of an empty range, step of a one-element range).
                let n = r.len();
                let none = self.hash(&Value::None)?;
                let hs = match n {
                    0 => vec![self.hash(&Value::Int(0))?, none, none],
                    1 => vec![self.hash(&Value::Int(1))?, self.hash(&Value::from_i128(r.start))?, none],
                    _ => vec![
                        self.hash(&Value::from_i128(n))?,
                        self.hash(&Value::from_i128(r.start))?,
                        self.hash(&Value::from_i128(r.step))?,
                    ],
                };
                hash_tuple(&hs)
            }
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.len());
                for x in t.iter() {
                    hs.push(self.hash(x)?);
                }
                hash_tuple(&hs)
            }
            Value::Set(s) if s.frozen => {
                // CPython's frozenset hash.
                let mut h: u64 = 0;
                let keys: Vec<i64> = s.s.borrow().iter().map(|(h, _)| h).collect();
                for kh in &keys {
                    let x = *kh as u64;
                    h ^= ((x ^ (x << 16)) ^ 89869747).wrapping_mul(3644798167);
                }
                h ^= (keys.len() as u64 + 1).wrapping_mul(1927868237);
                h ^= (h >> 11) ^ (h >> 25);
                h = h.wrapping_mul(69069).wrapping_add(907133923);
                let h = h as i64;
                if h == -1 { 590923713 } else { h }
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) | Value::Slice(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
            }
            Value::Instance(_) | Value::Object(_) => {
                let cls = self.class_of(v);
                match cls.lookup(&self.names.hash) {
                    Some(Value::None) => return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
                    Some(f @ Value::Function(_)) | Some(f @ Value::Native(_)) if !matches!(&f, Value::Native(n) if n.owner == Some("object")) =>
                    {
                        let r = self.call(&f, &[v.clone()])?;
                        match r {
                            Value::Int(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Value::BigInt(b) => hash_bigint(&b),
                            Value::Bool(b) => b as i64,
                            _ => return Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => {
                        if let Some(b) = self.builtin_base_value(v) {
                            return self.hash(&b);
                        }
                        (v.ptr().unwrap_or(0) >> 4) as i64
                    }
                }
            }
            _ => (v.ptr().unwrap_or(0) >> 4) as i64,
        })
    }

    // ---- sets and dicts with Python equality ------------------------------------------------

    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let s = Rc::new(SetObj::new(PySet::new(), frozen));
        for it in items {
            self.set_add(&s, it)?;
        }
        Ok(Value::Set(s))
    }

    pub fn set_add(&mut self, s: &Rc<SetObj>, v: Value) -> PyResult<()> {
        let h = self.hash(&v)?;
        if s.s.borrow_mut().try_insert(h, v.clone()) {
            return Ok(());
        }
        if self.set_find_slow(s, h, &v)?.is_none() {
            s.s.borrow_mut().insert_new(h, v);
        }
        Ok(())
    }

    fn set_find_slow(&mut self, s: &Rc<SetObj>, h: i64, v: &Value) -> PyResult<Option<usize>> {
        let cands = s.s.borrow().candidates(h);
        for (i, k) in cands {
            if k.is(v) || self.eq(&k, v)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    pub fn set_contains(&mut self, s: &Rc<SetObj>, v: &Value) -> PyResult<bool> {
        let h = match self.hash(v) {
            Ok(h) => h,
            Err(e) => {
                // `[1] in {..}` raises like CPython does: unhashable.
                return Err(e);
            }
        };
        let p = s.s.borrow().probe(h, v);
        match p {
            Probe::Found(_) => Ok(true),
            Probe::NotFound => Ok(false),
            Probe::Unknown => Ok(self.set_find_slow(s, h, v)?.is_some()),
        }
    }

    pub fn set_remove(&mut self, s: &Rc<SetObj>, v: &Value) -> PyResult<bool> {
        let h = self.hash(v)?;
        let p = s.s.borrow().probe(h, v);
        let idx = match p {
            Probe::Found(i) => Some(i),
            Probe::NotFound => None,
            Probe::Unknown => self.set_find_slow(s, h, v)?,
        };
        match idx {
            Some(i) => {
                s.s.borrow_mut().remove_at(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn dict_find(&mut self, d: &Rc<DictObj>, h: i64, key: &Value) -> PyResult<Option<usize>> {
        let p = d.d.borrow().probe(h, key);
        match p {
            Probe::Found(i) => Ok(Some(i)),
            Probe::NotFound => Ok(None),
            Probe::Unknown => {
                let cands = d.d.borrow().candidates(h);
                for (i, k) in cands {
                    if k.is(key) || self.eq(&k, key)? {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn dict_get(&mut self, d: &Rc<DictObj>, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            return Ok(d.d.borrow().get_str(s).cloned());
        }
        let h = self.hash(key)?;
        let i = self.dict_find(d, h, key)?;
        Ok(i.and_then(|i| d.d.borrow().entry_at(i).map(|e| e.value.clone())))
    }

    pub fn dict_set(&mut self, d: &Rc<DictObj>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        let i = self.dict_find(d, h, &key)?;
        d.d.borrow_mut().set_at(i, h, key, value);
        Ok(())
    }

    pub fn dict_del(&mut self, d: &Rc<DictObj>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let i = self.dict_find(d, h, key)?;
        Ok(i.and_then(|i| d.d.borrow_mut().remove_at(i).map(|e| e.value)))
    }

    /// `module.qualname()` naming a callable in call errors (CPython's `_PyObject_FunctionStr`).
    pub fn func_desc(&mut self, func: &Value) -> String {
        let qn = match self.get_attr_opt(func, "__qualname__") {
            Ok(Some(Value::Str(s))) => s.as_str().to_string(),
            _ => return self.str_string(func).unwrap_or_default(),
        };
        match self.get_attr_opt(func, "__module__") {
            Ok(Some(Value::Str(m))) if m.as_str() != "builtins" => format!("{}.{}()", m.as_str(), qn),
            _ => format!("{qn}()"),
        }
    }

    /// Rewrites "'T' object is not iterable" from unpacking `*v` into CPython's message.
    pub fn star_arg_error(&mut self, e: PyErr, v: &Value, func: Option<&Value>, list: &Value) -> PyErr {
        let tn = self.type_name(v);
        if !e.is(&self.types.type_error) || self.exc_message(&e) != format!("'{tn}' object is not iterable") {
            return e;
        }
        match func {
            Some(func) if matches!(list, Value::List(l) if l.v.borrow().is_empty()) => {
                let d = self.func_desc(func);
                self.type_error(format!("{d} argument after * must be an iterable, not {tn}"))
            }
            _ => self.type_error(format!("Value after * must be an iterable, not {tn}")),
        }
    }

    /// Prefixes the function's name to errors from merging a call's `**kwargs`.
    pub fn kwargs_merge_error(&mut self, e: PyErr, func: Option<&Value>) -> PyErr {
        let Some(func) = func else {
            return e;
        };
        if !e.is(&self.types.type_error) {
            return e;
        }
        let msg = self.exc_message(&e);
        if msg.starts_with("argument after **") || msg.starts_with("got multiple values for keyword argument") {
            let d = self.func_desc(func);
            return self.type_error(format!("{d} {msg}"));
        }
        e
    }

    /// `d.update(other)`; with `merge`, duplicate keys are an error (`f(**a, **b)`).
    pub fn dict_update_from(&mut self, d: &Rc<DictObj>, other: &Value, merge: bool) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match other {
            Value::Dict(o) => o.d.borrow().items(),
            _ => {
                if let Some(keys) = self.get_attr_opt(other, "keys")? {
                    let ks = self.call(&keys, &[])?;
                    let ks = self.iterate(&ks)?;
                    let mut v = vec![];
                    for k in ks {
                        let val = self.get_item(other, &k)?;
                        v.push((k, val));
                    }
                    v
                } else if merge {
                    return Err(self.type_error(format!("argument after ** must be a mapping, not {}", self.type_name(other))));
                } else {
                    let items = self.iterate(other)?;
                    let mut v = vec![];
                    for (i, it) in items.into_iter().enumerate() {
                        let kv = self.iterate(&it).map_err(|_| {
                            self.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
                        })?;
                        if kv.len() != 2 {
                            return Err(self.value_error(format!(
                                "dictionary update sequence element #{} has length {}; 2 is required",
                                i,
                                kv.len()
                            )));
                        }
                        v.push((kv[0].clone(), kv[1].clone()));
                    }
                    v
                }
            }
        };
        for (k, v) in pairs {
            if merge {
                if !matches!(k, Value::Str(_)) {
                    return Err(self.type_error("keywords must be strings"));
                }
                if self.dict_get(d, &k)?.is_some() {
                    return Err(self.type_error(format!("got multiple values for keyword argument '{}'", k.as_str().unwrap_or(""))));
                }
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    // ---- containment and subscription ------------------------------------------------------

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::List(l) => {
                let items = l.v.borrow().clone();
                for x in &items {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => self.set_contains(s, item),
            Value::Range(r) => match (item, to_bigint(item).and_then(|b| b.to_i128())) {
                (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), Some(i)) => {
                    let inr = if r.step > 0 {
                        i >= r.start && i < r.stop
                    } else {
                        i <= r.start && i > r.stop
                    };
                    Ok(inr && (i - r.start) % r.step == 0)
                }
                (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), None) => Ok(false),
                _ => {
                    let items = self.iterate(container)?;
                    for x in &items {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            Value::Bytes(_) | Value::ByteArray(_) => {
                let hay = self.bytes_like(container)?;
                match item {
                    Value::Int(i) => Ok(hay.contains(&(*i as u8))),
                    _ => {
                        let needle = self
                            .bytes_like(item)
                            .map_err(|_| self.type_error(format!("a bytes-like object is required, not '{}'", self.type_name(item))))?;
                        Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
                    }
                }
            }
            Value::Iter(it) if it.kind == "dict_keys" => {
                if let IterState::DictKeys { d, .. } = &*it.state.borrow() {
                    let d = d.clone();
                    return Ok(self.dict_get(&d, item)?.is_some());
                }
                Ok(false)
            }
            _ => {
                if let Some(r) = self.call_dunder(container, "__contains__", &[item.clone()])? {
                    return self.truthy(&r);
                }
                if let Some(b) = self.builtin_base_value(container) {
                    return self.contains(&b, item);
                }
                let it = self
                    .get_iter(container)
                    .map_err(|_| self.type_error(format!("argument of type '{}' is not iterable", self.type_name(container))))?;
                while let Some(x) = self.iter_next(&it)? {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(self.new_error(&self.types.index_error.clone(), "cannot fit 'int' into an index-sized integer")),
            _ => {
                if self.is_user(v) {
                    if let Some(r) = self.call_dunder(v, "__index__", &[])? {
                        if !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                            return Err(self.type_error(format!("__index__ returned non-int (type {})", self.type_name(&r))));
                        }
                        return self.to_index(&r);
                    }
                    if let Some(b) = self.builtin_base_value(v) {
                        return self.to_index(&b);
                    }
                }
                Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v))))
            }
        }
    }

    /// Normalizes a slice against a sequence length: (start, stop, step, count).
    pub fn slice_indices(&mut self, s: &SliceObj, len: i64) -> PyResult<(i64, i64, i64, usize)> {
        let step = if s.step.is_none() { 1 } else { self.slice_index(&s.step)? };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let norm = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let mut i = vm.slice_index(v)?;
            if i < 0 {
                i += len;
                if i < lo {
                    i = lo;
                }
            } else if i > hi {
                i = hi;
            }
            Ok(i)
        };
        let start = norm(self, &s.start, if step < 0 { hi } else { lo })?;
        let stop = norm(self, &s.stop, if step < 0 { lo } else { hi })?;
        let count = if step > 0 {
            if stop > start {
                ((stop - start - 1) / step + 1) as usize
            } else {
                0
            }
        } else if start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    fn slice_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }),
            _ => self
                .to_index(v)
                .map_err(|_| self.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    fn seq_index(&mut self, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => return Err(self.index_error("cannot fit 'int' into an index-sized integer".to_string())),
            _ => {
                if self.is_user(idx) && (self.class_of(idx).lookup_str("__index__").is_some() || self.builtin_base_value(idx).is_some()) {
                    self.to_index(idx)?
                } else {
                    let tn = self.type_name(idx);
                    return Err(self.type_error(match what {
                        "string" => format!("string indices must be integers, not '{tn}'"),
                        "index" => format!("byte indices must be integers or slices, not {tn}"),
                        "range object" => format!("range indices must be integers or slices, not {tn}"),
                        "list assignment" => format!("list indices must be integers or slices, not {tn}"),
                        _ => format!("{what} indices must be integers or slices, not {tn}"),
                    }));
                }
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(if what == "index" {
                "index out of range".to_string()
            } else {
                format!("{what} index out of range")
            }));
        }
        Ok(j as usize)
    }

    pub fn get_item(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    let len = l.v.borrow().len() as i64;
                    let (start, _, step, n) = self.slice_indices(s, len)?;
                    let v = l.v.borrow();
                    let out: Vec<Value> = (0..n).map(|k| v[(start + k as i64 * step) as usize].clone()).collect();
                    return Ok(Value::list(out));
                }
                let len = l.v.borrow().len();
                let i = self.seq_index(idx, len, "list")?;
                Ok(l.v.borrow()[i].clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = idx {
                    let (start, _, step, n) = self.slice_indices(s, t.len() as i64)?;
                    return Ok(Value::tuple(
                        (0..n).map(|k| t[(start + k as i64 * step) as usize].clone()).collect(),
                    ));
                }
                let i = self.seq_index(idx, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = idx {
                    let (start, _, step, n) = self.slice_indices(sl, s.nchars as i64)?;
                    if step == 1 {
                        let a = s.byte_offset(start as usize);
                        let b = s.byte_offset(start as usize + n);
                        return Ok(Value::str(&s.as_str()[a..b]));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = (0..n).map(|k| chars[(start + k as i64 * step) as usize]).collect();
                    return Ok(Value::string(out));
                }
                let i = self.seq_index(idx, s.nchars, "string")?;
                Ok(Value::string(s.char_at(i).to_string()))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = idx {
                    let (start, _, step, n) = self.slice_indices(sl, b.len() as i64)?;
                    if step == 1 {
                        return Ok(Value::Bytes(Rc::new(b[start as usize..start as usize + n].to_vec())));
                    }
                    return Ok(Value::Bytes(Rc::new(
                        (0..n).map(|k| b[(start + k as i64 * step) as usize]).collect(),
                    )));
                }
                let i = self.seq_index(idx, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            Value::ByteArray(b) => {
                if let Value::Slice(sl) = idx {
                    let len = b.borrow().len() as i64;
                    let (start, _, step, n) = self.slice_indices(sl, len)?;
                    let bb = b.borrow();
                    if step == 1 {
                        let part = bb[start as usize..start as usize + n].to_vec();
                        return Ok(Value::ByteArray(Rc::new(std::cell::RefCell::new(part))));
                    }
                    return Ok(Value::ByteArray(Rc::new(std::cell::RefCell::new(
                        (0..n).map(|k| bb[(start + k as i64 * step) as usize]).collect(),
                    ))));
                }
                let len = b.borrow().len();
                let i = self.seq_index(idx, len, "bytearray")?;
                Ok(Value::Int(b.borrow()[i] as i64))
            }
            Value::Range(r) => {
                if let Value::Slice(sl) = idx {
                    let len = i64::try_from(r.len()).map_err(|_| self.overflow_error("Python int too large to convert to C ssize_t"))?;
                    let (start, stop, step, _) = self.slice_indices(sl, len)?;
                    let (start, stop, step) = (start as i128, stop as i128, step as i128);
                    return Ok(Value::Range(Rc::new(RangeObj {
                        start: r.start + start * r.step,
                        stop: r.start + stop * r.step,
                        step: r.step * step,
                    })));
                }
                let i = match to_bigint(idx).and_then(|b| b.to_i128()) {
                    Some(i) => i,
                    None if matches!(idx, Value::BigInt(_)) => return Err(self.index_error("range object index out of range")),
                    None => self
                        .to_index(idx)
                        .map_err(|_| self.type_error(format!("range indices must be integers or slices, not {}", self.type_name(idx))))?
                        as i128,
                };
                let n = r.len();
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(self.index_error("range object index out of range"));
                }
                Ok(Value::from_i128(r.start + j * r.step))
            }
            Value::Dict(d) => match self.dict_get(d, idx)? {
                Some(v) => Ok(v),
                None => {
                    if d.class.is_some()
                        && let Some(r) = self.call_dunder(obj, "__missing__", &[idx.clone()])?
                    {
                        return Ok(r);
                    }
                    Err(self.key_error(idx.clone()))
                }
            },
            Value::Class(c) => {
                // A metaclass's __getitem__ comes first (`Color['RED']` on an enum).
                if let Some(r) = self.call_dunder(obj, "__getitem__", &[idx.clone()])? {
                    return Ok(r);
                }
                // Then the class's own __class_getitem__ (implicitly a classmethod).
                if let Some(f) = c.lookup_str("__class_getitem__") {
                    let (f, skip) = self.bind_descriptor_for_call(&f, obj, c);
                    let args = [obj.clone(), idx.clone()];
                    return self.call(&f, &args[skip..]);
                }
                // Built-in types: `list[int]` is a types.GenericAlias (stdlib _aspic_union).
                if c.builtin.is_some() {
                    let m = self.import_module("_aspic_union")?;
                    let ga = self.get_attr_str(&m, "GenericAlias")?;
                    return self.call(&ga, &[obj.clone(), idx.clone()]);
                }
                // Other classes without __class_getitem__ stand for their own
                // parametrisations.
                Ok(obj.clone())
            }
            _ => {
                if let Some(r) = self.call_dunder(obj, "__getitem__", &[idx.clone()])? {
                    return Ok(r);
                }
                if let Some(b) = self.builtin_base_value(obj) {
                    let r = self.get_item(&b, idx);
                    if let (Err(e), Value::Dict(_)) = (&r, &b)
                        && e.is(&self.types.key_error)
                        && let Some(m) = self.call_dunder(obj, "__missing__", &[idx.clone()])?
                    {
                        return Ok(m);
                    }
                    return r;
                }
                Err(self.type_error(format!("'{}' object is not subscriptable", self.type_name(obj))))
            }
        }
    }

    pub fn set_item(&mut self, obj: &Value, idx: &Value, v: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    if !matches!(v, Value::List(_) | Value::Tuple(_)) && self.get_iter(&v).is_err() {
                        return Err(self.type_error("can only assign an iterable"));
                    }
                    let items = self.iterate(&v)?;
                    let len = l.v.borrow().len() as i64;
                    let (start, stop, step, n) = self.slice_indices(s, len)?;
                    let mut lv = l.v.borrow_mut();
                    if step == 1 {
                        let stop = stop.max(start);
                        lv.splice(start as usize..stop as usize, items);
                    } else {
                        if items.len() != n {
                            drop(lv);
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                n
                            )));
                        }
                        for (k, it) in items.into_iter().enumerate() {
                            lv[(start + k as i64 * step) as usize] = it;
                        }
                    }
                    return Ok(());
                }
                let len = l.v.borrow().len();
                let i = self.seq_index(idx, len, "list assignment")?;
                l.v.borrow_mut()[i] = v;
                Ok(())
            }
            Value::Dict(d) => self.dict_set(d, idx.clone(), v),
            Value::ByteArray(b) => {
                if let Value::Slice(s) = idx {
                    let items: Vec<u8> = match &v {
                        Value::Bytes(x) => x.to_vec(),
                        Value::ByteArray(x) => x.borrow().clone(),
                        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Str(_) => {
                            return Err(self.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
                        }
                        _ => {
                            let mut out = vec![];
                            for x in self.iterate(&v)? {
                                let n = self.to_index(&x)?;
                                if !(0..256).contains(&n) {
                                    return Err(self.value_error("byte must be in range(0, 256)"));
                                }
                                out.push(n as u8);
                            }
                            out
                        }
                    };
                    let len = b.borrow().len() as i64;
                    let (start, stop, step, n) = self.slice_indices(s, len)?;
                    let mut bv = b.borrow_mut();
                    if step == 1 {
                        let stop = stop.max(start);
                        bv.splice(start as usize..stop as usize, items);
                    } else {
                        if items.len() != n {
                            drop(bv);
                            return Err(self.value_error(format!(
                                "attempt to assign bytes of size {} to extended slice of size {}",
                                items.len(),
                                n
                            )));
                        }
                        for (k, it) in items.into_iter().enumerate() {
                            bv[(start + k as i64 * step) as usize] = it;
                        }
                    }
                    return Ok(());
                }
                let len = b.borrow().len();
                let i = self.seq_index(idx, len, "bytearray")?;
                if matches!(v, Value::Bytes(_) | Value::ByteArray(_) | Value::Str(_)) {
                    return Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(&v))));
                }
                let x = self.to_index(&v)?;
                if !(0..256).contains(&x) {
                    return Err(self.value_error("byte must be in range(0, 256)"));
                }
                b.borrow_mut()[i] = x as u8;
                Ok(())
            }
            _ => {
                if let Some(_r) = self.call_dunder(obj, "__setitem__", &[idx.clone(), v.clone()])? {
                    return Ok(());
                }
                if let Some(b) = self.builtin_base_value(obj) {
                    return self.set_item(&b, idx, v);
                }
                Err(self.type_error(format!("'{}' object does not support item assignment", self.type_name(obj))))
            }
        }
    }

    pub fn del_item(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    let len = l.v.borrow().len() as i64;
                    let (start, _, step, n) = self.slice_indices(s, len)?;
                    let removed = {
                        let mut lv = l.v.borrow_mut();
                        remove_slice(&mut lv, start, step, n)
                    };
                    // the removed items are dropped after the borrow ends (their __del__
                    // may touch the list)
                    drop(removed);
                    return Ok(());
                }
                let len = l.v.borrow().len();
                let i = self.seq_index(idx, len, "list assignment")?;
                l.v.borrow_mut().remove(i);
                Ok(())
            }
            Value::ByteArray(b) => {
                let len = b.borrow().len();
                if let Value::Slice(s) = idx {
                    let (start, _, step, n) = self.slice_indices(s, len as i64)?;
                    remove_slice(&mut b.borrow_mut(), start, step, n);
                    return Ok(());
                }
                let i = self.seq_index(idx, len, "bytearray")?;
                b.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => match self.dict_del(d, idx)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(idx.clone())),
            },
            _ => {
                if let Some(_r) = self.call_dunder(obj, "__delitem__", &[idx.clone()])? {
                    return Ok(());
                }
                if let Some(b) = self.builtin_base_value(obj) {
                    return self.del_item(&b, idx);
                }
                Err(self.type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj))))
            }
        }
    }

    // ---- iteration -------------------------------------------------------------------------

    pub fn new_iter(&self, state: IterState, kind: &'static str) -> Value {
        Value::Iter(Rc::new(NativeIter {
            state: std::cell::RefCell::new(state),
            kind,
        }))
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) => self.new_iter(IterState::Seq { seq: v.clone(), idx: 0 }, "list_iterator"),
            Value::Tuple(_) => self.new_iter(IterState::Seq { seq: v.clone(), idx: 0 }, "tuple_iterator"),
            Value::Bytes(_) | Value::ByteArray(_) => self.new_iter(IterState::Seq { seq: v.clone(), idx: 0 }, "bytes_iterator"),
            Value::Str(s) => self.new_iter(IterState::StrChars { s: s.clone(), byte: 0 }, "str_ascii_iterator"),
            Value::Range(r) => match (i64::try_from(r.start), i64::try_from(r.stop), i64::try_from(r.step)) {
                (Ok(cur), Ok(stop), Ok(step)) if i64::try_from(r.start.saturating_add(r.len() * r.step)).is_ok() => {
                    self.new_iter(IterState::Range { cur, stop, step }, "range_iterator")
                }
                // Bounds beyond 64 bits: iterate by index.
                _ => self.new_iter(IterState::GetItem { obj: v.clone(), idx: 0 }, "longrange_iterator"),
            },
            Value::Dict(d) => {
                let len = d.d.borrow().len();
                self.new_iter(IterState::DictKeys { d: d.clone(), idx: 0, len }, "dict_keyiterator")
            }
            Value::Set(s) => {
                let len = s.s.borrow().len();
                self.new_iter(IterState::Set { s: s.clone(), idx: 0, len }, "set_iterator")
            }
            Value::Iter(it) => match it.kind {
                "dict_keys" | "dict_values" | "dict_items" => {
                    let st = it.state.borrow();
                    let (d, kind) = match &*st {
                        IterState::DictKeys { d, .. } => (d.clone(), 0),
                        IterState::DictValues { d, .. } => (d.clone(), 1),
                        IterState::DictItems { d, .. } => (d.clone(), 2),
                        _ => return Ok(v.clone()),
                    };
                    let len = d.d.borrow().len();
                    match kind {
                        0 => self.new_iter(IterState::DictKeys { d, idx: 0, len }, "dict_keyiterator"),
                        1 => self.new_iter(IterState::DictValues { d, idx: 0, len }, "dict_valueiterator"),
                        _ => self.new_iter(IterState::DictItems { d, idx: 0, len }, "dict_itemiterator"),
                    }
                }
                _ => v.clone(),
            },
            Value::Generator(g) if g.kind == GenKind::Generator => v.clone(),
            _ => {
                if let Some(r) = self.call_dunder(v, "__iter__", &[])? {
                    if !self.is_iterator(&r) {
                        return Err(self.type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&r))));
                    }
                    return Ok(r);
                }
                if self.is_user(v) {
                    if let Some(b) = self.builtin_base_value(v) {
                        return self.get_iter(&b);
                    }
                    if self.class_of(v).lookup_str("__getitem__").is_some() {
                        return Ok(self.new_iter(IterState::GetItem { obj: v.clone(), idx: 0 }, "iterator"));
                    }
                }
                return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))));
            }
        })
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) | Value::Generator(_) => true,
            _ => self.class_of(v).lookup_str("__next__").is_some(),
        }
    }

    /// Advances an iterator: Some(value), or None when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        // The one step of every native loop over an iterable (`sum`, `list`, `join`...):
        // fuel per item, and memory limits and interrupts are noticed here.
        self.iter_poll()?;
        match it {
            Value::Iter(ni) => self.native_next(ni),
            Value::Generator(g) => match self.gen_resume(g, Value::None, None)? {
                super::interp::Exit::Yield(v) => Ok(Some(v)),
                super::interp::Exit::Return(_) => Ok(None),
            },
            _ => {
                let cls = self.class_of(it);
                match cls.lookup(&self.names.next) {
                    Some(f) => match self.call(&f, &[it.clone()]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if e.is(&self.types.stop_iteration) => Ok(None),
                        Err(e) => Err(e),
                    },
                    None => Err(self.type_error(format!("'{}' object is not an iterator", cls.name()))),
                }
            }
        }
    }

    /// `send` for `yield from`: generators get the value, others need it to be None.
    pub fn iter_send(&mut self, it: &Value, v: Value) -> PyResult<IterStep> {
        match it {
            Value::Generator(g) => match self.gen_resume(g, v, None)? {
                super::interp::Exit::Yield(y) => Ok(IterStep::Yield(y)),
                super::interp::Exit::Return(r) => Ok(IterStep::Return(r)),
            },
            _ => {
                let r = if v.is_none() {
                    let cls = self.class_of(it);
                    match cls.lookup(&self.names.next) {
                        Some(f) => self.call(&f, &[it.clone()]),
                        None => match it {
                            Value::Iter(ni) => match self.native_next(ni)? {
                                Some(x) => Ok(x),
                                None => Err(self.stop_iteration(Value::None)),
                            },
                            _ => return Err(self.type_error(format!("'{}' object is not an iterator", cls.name()))),
                        },
                    }
                } else {
                    match self.get_attr_opt(it, "send")? {
                        Some(send) => self.call(&send, &[v]),
                        None => return Err(self.attribute_error(format!("'{}' object has no attribute 'send'", self.type_name(it)))),
                    }
                };
                match r {
                    Ok(y) => Ok(IterStep::Yield(y)),
                    Err(e) if e.is(&self.types.stop_iteration) => Ok(IterStep::Return(super::interp::stop_iteration_value(&e))),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn native_next(&mut self, ni: &Rc<NativeIter>) -> PyResult<Option<Value>> {
        let mut st = ni.state.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, idx } => {
                let v = match seq {
                    Value::List(l) => l.v.borrow().get(*idx).cloned(),
                    Value::Tuple(t) => t.get(*idx).cloned(),
                    Value::Bytes(b) => b.get(*idx).map(|x| Value::Int(*x as i64)),
                    Value::ByteArray(b) => b.borrow().get(*idx).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                match v {
                    Some(v) => {
                        *idx += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::Range { cur, stop, step } => {
                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                    let v = *cur;
                    *cur += *step;
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::StrChars { s, byte } => match s.as_str()[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            },
            IterState::DictKeys { d, idx, len } | IterState::DictValues { d, idx, len } | IterState::DictItems { d, idx, len } => {
                let dd = d.d.borrow();
                if dd.len() != *len {
                    drop(dd);
                    *len = usize::MAX;
                    drop(st);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                while *idx < dd.slots() {
                    let i = *idx;
                    *idx += 1;
                    if let Some(e) = dd.entry_at(i) {
                        let out = match ni.kind {
                            "dict_valueiterator" => e.value.clone(),
                            "dict_itemiterator" => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                            _ => e.key.clone(),
                        };
                        return Ok(Some(out));
                    }
                }
                Ok(None)
            }
            IterState::Set { s, idx, len } => {
                let ss = s.s.borrow();
                if ss.len() != *len {
                    drop(ss);
                    drop(st);
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                while *idx < ss.slots() {
                    let i = *idx;
                    *idx += 1;
                    if let Some(k) = ss.key_at(i) {
                        return Ok(Some(k.clone()));
                    }
                }
                Ok(None)
            }
            IterState::Reversed { seq, idx } => {
                if *idx < 0 {
                    return Ok(None);
                }
                let i = *idx;
                *idx -= 1;
                let seq = seq.clone();
                drop(st);
                match self.get_item(&seq, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is(&self.types.index_error) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Enumerate { it, n } => {
                let (it, cur) = (it.clone(), n.clone());
                drop(st);
                match self.iter_next(&it)? {
                    Some(v) => {
                        let next = self.binary_op(&cur, &Value::Int(1), BinOp::Add)?;
                        if let IterState::Enumerate { n, .. } = &mut *ni.state.borrow_mut() {
                            *n = next;
                        }
                        Ok(Some(Value::tuple(vec![cur, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                drop(st);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (k, it) in its.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                if k > 0 {
                                    let plural = if k == 1 { " " } else { "s 1-" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{}{}",
                                        k + 1,
                                        plural,
                                        k
                                    )));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.iter_next(other)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{}{}",
                                            j + 1,
                                            plural,
                                            j
                                        )));
                                    }
                                }
                            }
                            *ni.state.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { f, its } => {
                let (f, its) = (f.clone(), its.clone());
                drop(st);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&f, &args).map(Some)
            }
            IterState::Filter { f, it } => {
                let (f, it) = (f.clone(), it.clone());
                drop(st);
                loop {
                    match self.iter_next(&it)? {
                        Some(v) => {
                            let keep = if f.is_none() {
                                self.truthy(&v)?
                            } else {
                                let r = self.call(&f, &[v.clone()])?;
                                self.truthy(&r)?
                            };
                            if keep {
                                return Ok(Some(v));
                            }
                        }
                        None => return Ok(None),
                    }
                }
            }
            IterState::Callable { f, sentinel } => {
                let (f, sentinel) = (f.clone(), sentinel.clone());
                drop(st);
                let v = self.call(&f, &[])?;
                if self.eq(&v, &sentinel)? {
                    *ni.state.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            IterState::GetItem { obj, idx } => {
                let (obj, i) = (obj.clone(), *idx);
                *idx += 1;
                drop(st);
                match self.get_item(&obj, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is(&self.types.index_error) || e.is(&self.types.stop_iteration) => {
                        *ni.state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Exhausted => Ok(None),
        }
    }

    /// Consumes an iterable into a vector.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.v.borrow().clone()),
            Value::Tuple(t) => return Ok((**t).clone()),
            // A huge range fails before its items are made, not after.
            Value::Range(r) if self.limits.memory_limited() => {
                let n = usize::try_from(r.len()).unwrap_or(usize::MAX);
                self.check_alloc(n.saturating_mul(std::mem::size_of::<Value>()))?;
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = vec![];
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let it = self.get_iter(v).map_err(|e| {
            if e.is(&self.types.type_error) {
                self.type_error(format!("cannot unpack non-iterable {} object", self.type_name(v)))
            } else {
                e
            }
        })?;
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.iter_next(&it)? {
                Some(x) => out.push(x),
                None => return Err(self.value_error(format!("not enough values to unpack (expected {}, got {})", n, out.len()))),
            }
        }
        if self.iter_next(&it)?.is_some() {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(out)
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.nchars,
            Value::List(l) => l.v.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.d.borrow().len(),
            Value::Set(s) => s.s.borrow().len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Range(r) => usize::try_from(r.len())
                .ok()
                .filter(|&n| n <= i64::MAX as usize)
                .ok_or_else(|| self.overflow_error("Python int too large to convert to C ssize_t"))?,
            Value::Iter(it) if it.kind.starts_with("dict_") => match &*it.state.borrow() {
                IterState::DictKeys { d, .. } | IterState::DictValues { d, .. } | IterState::DictItems { d, .. } => d.d.borrow().len(),
                _ => 0,
            },
            _ => {
                if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                    let n = self.to_index(&r)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                if let Some(b) = self.builtin_base_value(v) {
                    return self.len(&b);
                }
                return Err(self.type_error(format!("object of type '{}' has no len()", self.type_name(v))));
            }
        })
    }
}

fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.v.borrow().clone(),
        Value::Tuple(t) => (**t).clone(),
        _ => vec![],
    }
}

fn num_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), _) => {
            if x.is_nan() {
                return None;
            }
            if x.is_infinite() {
                return Some(if *x > 0.0 {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Less
                });
            }
            let bi = to_bigint(b)?;
            let fl = x.floor();
            let fb = float_to_bigint(fl);
            match fb.cmp(&bi) {
                std::cmp::Ordering::Equal => {
                    if *x > fl {
                        Some(std::cmp::Ordering::Greater)
                    } else {
                        Some(std::cmp::Ordering::Equal)
                    }
                }
                o => Some(o),
            }
        }
        (_, Value::Float(_)) => num_cmp(b, a).map(|o| o.reverse()),
        _ => None,
    }
}

pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn bigint_true_div(x: &BigInt, y: &BigInt) -> Option<f64> {
    // Both exactly representable: one IEEE division is correctly rounded.
    let limit = BigInt::from(1u64 << 53);
    if x.abs() <= limit && y.abs() <= limit {
        return Some(x.to_f64()? / y.to_f64()?);
    }
    // Otherwise, as CPython: an integer quotient of 55-56 bits with a sticky bit for a
    // nonzero remainder, so the one rounding (u64 -> f64) is round-half-even on the
    // exact value.
    let negative = x.is_negative() != y.is_negative();
    let (mut a, mut b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    let s = a.bits() as i64 - b.bits() as i64 - 55;
    if s < 0 {
        a <<= (-s) as usize;
    } else {
        b <<= s as usize;
    }
    let (q, r) = a.div_rem(&b);
    let mut q = q.to_u64()?;
    if !r.is_zero() {
        q |= 1;
    }
    // Scale in two steps so an intermediate power of two never leaves f64's range early.
    let half = s / 2;
    let r = (q as f64) * 2f64.powi(half as i32) * 2f64.powi((s - half) as i32);
    if r.is_finite() { Some(if negative { -r } else { r }) } else { None }
}

/// Removes the `n` items of the slice `start::step` from `v` in one pass; returns them.
fn remove_slice<T>(v: &mut Vec<T>, start: i64, step: i64, n: usize) -> Vec<T> {
    if n == 0 {
        return Vec::new();
    }
    let (lo, step) = if step > 0 {
        (start as usize, step as usize)
    } else {
        ((start + (n as i64 - 1) * step) as usize, (-step) as usize)
    };
    if step == 1 {
        return v.drain(lo..lo + n).collect();
    }
    let mut removed = Vec::with_capacity(n);
    let mut kept = Vec::with_capacity(v.len() - n);
    for (i, x) in std::mem::take(v).into_iter().enumerate() {
        if i >= lo && (i - lo) % step == 0 && (i - lo) / step < n {
            removed.push(x);
        } else {
            kept.push(x);
        }
    }
    *v = kept;
    removed
}

/// Bytes of `n` repetitions of an item of `item` bytes (saturating: a product past
/// usize::MAX is over any limit anyway).
pub(crate) fn repeat_bytes(item: usize, n: i64) -> usize {
    item.saturating_mul(n.max(0) as usize)
}
