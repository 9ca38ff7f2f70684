//! [`Value`], the host's handle on a Python object, and the conversions between Python
//! values and Rust types ([`IntoValue`], [`FromValue`]).

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::Hash;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{Error, Interpreter};
use crate::vm::dict::Dict;
use crate::vm::value::Value as Raw;

/// A Python object held by the host.
///
/// Cloning a `Value` is cheap (a reference count). A `Value` belongs to the
/// [`Interpreter`] that made it: it is neither `Send` nor meaningful in another
/// interpreter. Methods that need the interpreter (calling, attributes, `repr`) are on
/// [`Interpreter`]; the ones here only look at the value.
#[derive(Clone)]
pub struct Value(pub(crate) Raw);

impl Value {
    /// Python's `None`.
    pub fn none() -> Value {
        Value(Raw::None)
    }

    /// Is it `None`?
    pub fn is_none(&self) -> bool {
        matches!(self.0, Raw::None)
    }

    /// `int` (or `bool`) that fits in an i64.
    pub fn as_i64(&self) -> Option<i64> {
        match &self.0 {
            Raw::Int(i) => Some(*i),
            Raw::Bool(b) => Some(*b as i64),
            Raw::BigInt(b) => b.to_i64(),
            _ => None,
        }
    }

    /// `float`, or an `int` converted to float.
    pub fn as_f64(&self) -> Option<f64> {
        match &self.0 {
            Raw::Float(x) => Some(*x),
            Raw::Int(i) => Some(*i as f64),
            Raw::Bool(b) => Some(*b as i64 as f64),
            Raw::BigInt(b) => b.to_f64(),
            _ => None,
        }
    }

    /// A `bool`'s value.
    pub fn as_bool(&self) -> Option<bool> {
        match &self.0 {
            Raw::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The text of a `str`.
    pub fn as_str(&self) -> Option<&str> {
        match &self.0 {
            Raw::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// Is it the same object (Python's `is`)?
    pub fn is(&self, other: &Value) -> bool {
        self.0.is(&other.0)
    }

    /// The internal value, for code that works with `aspic::vm` directly.
    pub fn raw(&self) -> &Raw {
        &self.0
    }

    /// Wraps an internal value.
    pub fn from_raw(v: Raw) -> Value {
        Value(v)
    }
}

impl fmt::Debug for Value {
    /// Simple values print as Python would; others as `<type object>` (a full `repr`
    /// needs the interpreter: [`Interpreter::repr`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Raw::None => write!(f, "None"),
            Raw::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Raw::Int(i) => write!(f, "{i}"),
            Raw::BigInt(b) => write!(f, "{b}"),
            Raw::Float(x) => write!(f, "{}", crate::runtime::format::float_repr(*x)),
            Raw::Str(s) => write!(f, "{:?}", s.as_str()),
            other => write!(f, "<{} object>", raw_type_name(other)),
        }
    }
}

/// The type name of a value without an interpreter at hand (for messages).
pub(crate) fn raw_type_name(v: &Raw) -> &'static str {
    match v {
        Raw::Null | Raw::None => "NoneType",
        Raw::Bool(_) => "bool",
        Raw::Int(_) | Raw::BigInt(_) => "int",
        Raw::Float(_) => "float",
        Raw::Str(_) => "str",
        Raw::Bytes(_) => "bytes",
        Raw::ByteArray(_) => "bytearray",
        Raw::Tuple(_) => "tuple",
        Raw::List(_) => "list",
        Raw::Dict(_) => "dict",
        Raw::Set(_) => "set",
        Raw::Function(_) => "function",
        Raw::Native(_) => "builtin_function_or_method",
        Raw::BoundMethod(_) => "method",
        Raw::Class(_) => "type",
        Raw::Generator(_) => "generator",
        Raw::Module(_) => "module",
        Raw::Range(_) => "range",
        _ => "object",
    }
}

/// Conversion of a Rust value into a Python value.
pub trait IntoValue {
    /// Converts `self` into a Python value of `py`.
    fn into_value(self, py: &mut Interpreter) -> Result<Value, Error>;
}

/// Conversion of a Python value into a Rust value; a mismatch is a `TypeError` (for
/// native function arguments worded as CPython words it: `f() argument 1 must be int,
/// not str`).
pub trait FromValue: Sized {
    /// May a native function's caller leave out a trailing parameter of this type (it
    /// then converts from `None`)? True for `Option<T>`.
    const OPTIONAL: bool = false;

    /// Converts a Python value of `py`.
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error>;
}

impl IntoValue for Value {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(self)
    }
}

impl FromValue for Value {
    fn from_value(value: Value, _: &mut Interpreter) -> Result<Self, Error> {
        Ok(value)
    }
}

impl IntoValue for &Value {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(self.clone())
    }
}

impl IntoValue for () {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::None))
    }
}

impl FromValue for () {
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        match value.0 {
            Raw::None => Ok(()),
            other => Err(Error::conversion("None", &py.type_name_of(&other))),
        }
    }
}

impl IntoValue for bool {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::Bool(self)))
    }
}

impl FromValue for bool {
    /// Any object, by its truth value (as CPython's `p` argument converter).
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        match value.0 {
            Raw::Bool(b) => Ok(b),
            other => py.vm_result(|vm| vm.truthy(&other)),
        }
    }
}

macro_rules! int_conversions {
    ($($t:ty),*) => {$(
        impl IntoValue for $t {
            fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
                Ok(Value(Raw::from_i128(self as i128)))
            }
        }
        impl FromValue for $t {
            fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
                let n: Option<i128> = match &value.0 {
                    Raw::Int(i) => Some(*i as i128),
                    Raw::Bool(b) => Some(*b as i128),
                    Raw::BigInt(b) => b.to_i128(),
                    other => return Err(Error::conversion("int", &py.type_name_of(other))),
                };
                n.and_then(|n| <$t>::try_from(n).ok()).ok_or_else(|| {
                    if n.is_some_and(|n| n < 0) && <$t>::MIN == 0 {
                        Error::new("OverflowError", "can't convert negative int to unsigned")
                    } else {
                        Error::new("OverflowError", "Python int too large to convert to C long")
                    }
                })
            }
        }
    )*};
}

int_conversions!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl IntoValue for i128 {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::from_i128(self)))
    }
}

impl IntoValue for BigInt {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::from_bigint(self)))
    }
}

impl FromValue for BigInt {
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        match &value.0 {
            Raw::Int(i) => Ok(BigInt::from(*i)),
            Raw::Bool(b) => Ok(BigInt::from(*b as i64)),
            Raw::BigInt(b) => Ok((**b).clone()),
            other => Err(Error::conversion("int", &py.type_name_of(other))),
        }
    }
}

impl IntoValue for f64 {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::Float(self)))
    }
}

impl IntoValue for f32 {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::Float(self as f64)))
    }
}

impl FromValue for f64 {
    /// `float`, or an `int` (as CPython's `d` converter accepts).
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        match &value.0 {
            Raw::BigInt(_) => value
                .as_f64()
                .filter(|x| x.is_finite())
                .ok_or_else(|| Error::new("OverflowError", "int too large to convert to float")),
            _ => value.as_f64().ok_or_else(|| Error::conversion("float", &py.type_name_of(&value.0))),
        }
    }
}

impl FromValue for f32 {
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        f64::from_value(value, py).map(|x| x as f32)
    }
}

impl IntoValue for &str {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::str(self)))
    }
}

impl IntoValue for String {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::string(self)))
    }
}

impl IntoValue for &String {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::str(self)))
    }
}

impl FromValue for String {
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        match &value.0 {
            Raw::Str(s) => Ok(s.as_str().to_string()),
            other => Err(Error::conversion("str", &py.type_name_of(other))),
        }
    }
}

/// Python `bytes` (a plain `Vec<u8>` converts to and from a list of ints).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Bytes(pub Vec<u8>);

impl IntoValue for Bytes {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::Bytes(Rc::new(self.0))))
    }
}

impl FromValue for Bytes {
    /// `bytes`, `bytearray` or `memoryview`.
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        match &value.0 {
            Raw::Bytes(b) => Ok(Bytes((**b).clone())),
            Raw::ByteArray(b) => Ok(Bytes(b.borrow().clone())),
            other => match crate::runtime::memoryview::view_bytes(other) {
                Some(b) => Ok(Bytes(b)),
                None => Err(Error::conversion("bytes", &py.type_name_of(other))),
            },
        }
    }
}

impl<T: IntoValue> IntoValue for Option<T> {
    fn into_value(self, py: &mut Interpreter) -> Result<Value, Error> {
        match self {
            Some(v) => v.into_value(py),
            None => Ok(Value(Raw::None)),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    const OPTIONAL: bool = true;

    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        match value.0 {
            Raw::None => Ok(None),
            _ => T::from_value(value, py).map(Some),
        }
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value(self, py: &mut Interpreter) -> Result<Value, Error> {
        let items = self
            .into_iter()
            .map(|v| v.into_value(py).map(|v| v.0))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Value(Raw::list(items)))
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    /// Any iterable.
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        let items = match &value.0 {
            Raw::List(l) => l.v.borrow().clone(),
            Raw::Tuple(t) => t.to_vec(),
            Raw::Str(_) => return Err(Error::conversion("a sequence", "str")),
            other => {
                let other = other.clone();
                py.vm_result(|vm| vm.iterate(&other))
                    .map_err(|_| Error::conversion("an iterable", &py.type_name_of(&value.0)))?
            }
        };
        items.into_iter().map(|v| T::from_value(Value(v), py)).collect()
    }
}

fn dict_from_pairs(py: &mut Interpreter, pairs: Vec<(Value, Value)>) -> Result<Value, Error> {
    let d = Raw::dict(Dict::new());
    for (k, v) in pairs {
        let d2 = d.clone();
        py.vm_result(|vm| vm.set_item(&d2, &k.0, v.0))?;
    }
    Ok(Value(d))
}

fn dict_items(py: &mut Interpreter, value: &Value) -> Result<Vec<(Raw, Raw)>, Error> {
    match &value.0 {
        Raw::Dict(d) => Ok(d.d.borrow().items()),
        other => Err(Error::conversion("dict", &py.type_name_of(other))),
    }
}

impl<K: IntoValue, V: IntoValue, S> IntoValue for HashMap<K, V, S> {
    fn into_value(self, py: &mut Interpreter) -> Result<Value, Error> {
        let pairs = self
            .into_iter()
            .map(|(k, v)| Ok((k.into_value(py)?, v.into_value(py)?)))
            .collect::<Result<Vec<_>, Error>>()?;
        dict_from_pairs(py, pairs)
    }
}

impl<K: FromValue + Eq + Hash, V: FromValue, S: std::hash::BuildHasher + Default> FromValue for HashMap<K, V, S> {
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        dict_items(py, &value)?
            .into_iter()
            .map(|(k, v)| Ok((K::from_value(Value(k), py)?, V::from_value(Value(v), py)?)))
            .collect()
    }
}

impl<K: IntoValue, V: IntoValue> IntoValue for BTreeMap<K, V> {
    fn into_value(self, py: &mut Interpreter) -> Result<Value, Error> {
        let pairs = self
            .into_iter()
            .map(|(k, v)| Ok((k.into_value(py)?, v.into_value(py)?)))
            .collect::<Result<Vec<_>, Error>>()?;
        dict_from_pairs(py, pairs)
    }
}

impl<K: FromValue + Ord, V: FromValue> FromValue for BTreeMap<K, V> {
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        dict_items(py, &value)?
            .into_iter()
            .map(|(k, v)| Ok((K::from_value(Value(k), py)?, V::from_value(Value(v), py)?)))
            .collect()
    }
}

macro_rules! tuple_conversions {
    ($n:expr; $($name:ident),+) => {
        impl<$($name: IntoValue),+> IntoValue for ($($name,)+) {
            #[allow(non_snake_case)]
            fn into_value(self, py: &mut Interpreter) -> Result<Value, Error> {
                let ($($name,)+) = self;
                Ok(Value(Raw::tuple(vec![$($name.into_value(py)?.0),+])))
            }
        }
        impl<$($name: FromValue),+> FromValue for ($($name,)+) {
            /// A tuple or list of exactly this length.
            fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
                let items: Vec<Raw> = match &value.0 {
                    Raw::Tuple(t) => t.to_vec(),
                    Raw::List(l) => l.v.borrow().clone(),
                    other => return Err(Error::conversion("tuple", &py.type_name_of(other))),
                };
                if items.len() != $n {
                    return Err(Error::new(
                        "ValueError",
                        format!("expected a sequence of length {}, got {}", $n, items.len()),
                    ));
                }
                let mut it = items.into_iter();
                Ok(($($name::from_value(Value(it.next().unwrap_or_default()), py)?,)+))
            }
        }
    };
}

tuple_conversions!(1; A);
tuple_conversions!(2; A, B);
tuple_conversions!(3; A, B, C);
tuple_conversions!(4; A, B, C, D);
tuple_conversions!(5; A, B, C, D, E);
tuple_conversions!(6; A, B, C, D, E, F);
