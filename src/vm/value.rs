//! The `Value` type: a compact, 16-byte tagged union. Small ints, floats, bools and None are
//! stored inline; everything else is a reference-counted pointer to a heap object.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use super::dict::Dict;
use super::object::*;

#[derive(Default)]
pub enum Value {
    /// Internal marker: an unbound local slot, or "no self" for LOAD_METHOD. Never visible
    /// to Python code.
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Tuple(Rc<Tuple>),
    List(Rc<List>),
    Dict(Rc<DictObj>),
    Set(Rc<SetObj>),
    Function(Rc<Function>),
    Native(Rc<NativeFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Generator(Rc<Generator>),
    Module(Rc<Module>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Iter(Rc<NativeIter>),
    Cell(Rc<CellObj>),
    Code(Rc<crate::compile::Code>),
    Property(Rc<Property>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    Super(Rc<SuperObj>),
    /// Objects implemented in Rust by native modules (deque, partial, ...).
    Object(Rc<NativeObject>),
    NotImplemented,
    Ellipsis,
}

impl Clone for Value {
    /// Inlined so that copying an int or float (the common case in the interpreter loop)
    /// is a couple of moves rather than a call.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Int(i) = self {
            return Value::Int(*i);
        }
        match self {
            Value::Null => Value::Null,
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(x) => Value::Float(*x),
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::BigInt(r) => Value::BigInt(r.clone()),
            Value::Str(r) => Value::Str(r.clone()),
            Value::Bytes(r) => Value::Bytes(r.clone()),
            Value::ByteArray(r) => Value::ByteArray(r.clone()),
            Value::Tuple(r) => Value::Tuple(r.clone()),
            Value::List(r) => Value::List(r.clone()),
            Value::Dict(r) => Value::Dict(r.clone()),
            Value::Set(r) => Value::Set(r.clone()),
            Value::Function(r) => Value::Function(r.clone()),
            Value::Native(r) => Value::Native(r.clone()),
            Value::BoundMethod(r) => Value::BoundMethod(r.clone()),
            Value::Class(r) => Value::Class(r.clone()),
            Value::Instance(r) => Value::Instance(r.clone()),
            Value::Generator(r) => Value::Generator(r.clone()),
            Value::Module(r) => Value::Module(r.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Slice(r) => Value::Slice(r.clone()),
            Value::Iter(r) => Value::Iter(r.clone()),
            Value::Cell(r) => Value::Cell(r.clone()),
            Value::Code(r) => Value::Code(r.clone()),
            Value::Property(r) => Value::Property(r.clone()),
            Value::StaticMethod(r) => Value::StaticMethod(r.clone()),
            Value::ClassMethod(r) => Value::ClassMethod(r.clone()),
            Value::Super(r) => Value::Super(r.clone()),
            Value::Object(r) => Value::Object(r.clone()),
        }
    }
}

/// Drops a value with the reference-count decrement inline: only a count reaching zero
/// calls out of line. The general drop glue is an out-of-line call through a jump table on
/// every value, and the interpreter loop drops a value on most instructions.
#[inline(always)]
pub fn discard(v: Value) {
    match v {
        Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::NotImplemented | Value::Ellipsis => {
            std::mem::forget(v)
        }
        Value::Instance(r) => drop(r),
        Value::Str(r) => drop(r),
        Value::Function(r) => drop(r),
        Value::BoundMethod(r) => drop(r),
        Value::Class(r) => drop(r),
        Value::Tuple(r) => drop(r),
        Value::List(r) => drop(r),
        Value::Dict(r) => drop(r),
        Value::Native(r) => drop(r),
        Value::Generator(r) => drop(r),
        v => drop(v),
    }
}

/// A tuple's items. A newtype (not a bare Vec) so that dropping deeply nested tuples goes
/// through the trashcan instead of recursing on the Rust stack.
#[derive(Default)]
pub struct Tuple(pub Vec<Value>);

impl std::ops::Deref for Tuple {
    type Target = Vec<Value>;
    #[inline(always)]
    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl std::ops::DerefMut for Tuple {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.0
    }
}

impl Drop for Tuple {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            super::trashcan::dispose(std::mem::take(&mut self.0));
        }
    }
}

/// A Python str: UTF-8 text with a cached hash and character count.
pub struct PyStr {
    pub s: String,
    hash: Cell<i64>,
    /// Number of code points; equals `s.len()` for ASCII text (the fast path for indexing).
    pub nchars: usize,
}

impl PyStr {
    pub fn new(s: impl Into<String>) -> PyStr {
        let s: String = s.into();
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr {
            s,
            hash: Cell::new(-1),
            nchars,
        }
    }
    /// A str whose character count is already known (built from other strs).
    #[inline]
    pub fn with_nchars(s: String, nchars: usize) -> PyStr {
        debug_assert_eq!(nchars, s.chars().count());
        PyStr {
            s,
            hash: Cell::new(-1),
            nchars,
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = super::hash::hash_str(&self.s);
        self.hash.set(h);
        h
    }
    /// The `i`th code point (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of character index `i` (clamped to the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }
}

impl Value {
    #[inline]
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    #[inline]
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple(items)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(List::new(items));
        super::gc::track_list(&l);
        Value::List(l)
    }
    pub fn dict(d: Dict) -> Value {
        Value::Dict(DictObj::new_rc(d))
    }
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    pub fn from_i128(i: i128) -> Value {
        match i64::try_from(i) {
            Ok(v) => Value::Int(v),
            Err(_) => Value::BigInt(Rc::new(BigInt::from(i))),
        }
    }
    pub fn bool(b: bool) -> Value {
        Value::Bool(b)
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython; all i64 ints compare by value here, which is
            // what programs observe for the cached range.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, used for `id()` and identity.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Object(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => Option::None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "<null>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            _ => write!(f, "<value>"),
        }
    }
}
