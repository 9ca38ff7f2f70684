//! Heap object layouts behind `Value`'s pointer variants.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::{Dict, PySet};
use super::frame::Frame;
use super::value::{PyStr, Value};
use super::{PyResult, Vm};
use crate::compile::Code;

pub struct List {
    pub v: RefCell<Vec<Value>>,
}
impl Drop for List {
    fn drop(&mut self) {
        let items = std::mem::take(self.v.get_mut());
        if !items.is_empty() {
            super::trashcan::dispose(items);
        }
    }
}

impl List {
    pub fn new(v: Vec<Value>) -> List {
        List { v: RefCell::new(v) }
    }
}

pub struct DictObj {
    pub d: RefCell<Dict>,
    /// Class override for dict subclasses such as `defaultdict` / `OrderedDict` / `Counter`
    /// implemented natively; None for plain dicts.
    pub class: Option<Rc<Class>>,
}
impl DictObj {
    /// A new dict object, registered with the cycle collector.
    pub fn new_rc(d: Dict) -> Rc<DictObj> {
        let r = Rc::new(DictObj::new(d));
        super::gc::track_dict(&r);
        r
    }
    pub fn new(d: Dict) -> DictObj {
        DictObj {
            d: RefCell::new(d),
            class: None,
        }
    }
}

pub struct SetObj {
    pub s: RefCell<PySet>,
    pub frozen: bool,
    pub finger: Cell<usize>,
}
impl SetObj {
    pub fn new(s: PySet, frozen: bool) -> SetObj {
        SetObj {
            s: RefCell::new(s),
            frozen,
            finger: Cell::new(0),
        }
    }
}

// CPython's values, so that `co_flags` reads the same.
pub const CO_VARARGS: u32 = 0x04;
pub const CO_VARKEYWORDS: u32 = 0x08;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
pub const CO_COROUTINE: u32 = 0x80;
/// A generator function decorated with `types.coroutine`: its generators can be awaited.
pub const CO_ITERABLE_COROUTINE: u32 = 0x100;
pub const CO_ASYNC_GENERATOR: u32 = 0x200;

pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<DictObj>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<DictObj>>>,
    pub closure: Vec<Rc<CellObj>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// `__dict__` for function attributes, created on demand.
    pub dict: RefCell<Option<Rc<DictObj>>>,
    pub annotations: RefCell<Value>,
}

pub type NativeFn = fn(&mut Vm, &[Value], &[(Rc<PyStr>, Value)]) -> PyResult<Value>;

/// A built-in function or an unbound built-in method.
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For methods: the class that defines it (used in reprs and to check `self`).
    pub owner: Option<&'static str>,
    /// Distinguishes built-ins the interpreter loop runs inline (generator resumption).
    pub special: Special,
    /// A closure registered by an embedding host (see `crate::embed`): called instead of
    /// `func` when present.
    pub host: Option<HostFn>,
}

/// A native function implemented by a Rust closure (host functions of an embedding).
pub type HostFn = Rc<dyn Fn(&mut Vm, &[Value], &[(Rc<PyStr>, Value)]) -> PyResult<Value>>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Special {
    None,
    Next,
    GenSend,
    /// Looks at the calling frame (`locals()`, `exec`, `sys.exc_info()`, ...): the call
    /// path hands it the frame's namespace or handled exception first.
    Introspect,
}

impl Special {
    /// The kind a plain built-in function of this name gets.
    pub fn for_builtin(name: &str) -> Special {
        match name {
            "next" => Special::Next,
            "exc_info" | "locals" | "vars" | "dir" | "exec" | "eval" => Special::Introspect,
            _ => Special::None,
        }
    }
}

pub struct BoundMethod {
    pub self_: Value,
    pub func: Value,
}

pub struct CellObj {
    pub v: RefCell<Value>,
}
impl CellObj {
    pub fn new(v: Value) -> CellObj {
        CellObj { v: RefCell::new(v) }
    }
}

/// Which built-in layout instances of a class carry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Exception,
    /// A subclass of a built-in value type (int, str, list, dict, tuple, ...): instances
    /// carry the built-in value in `Instance::base`.
    Builtin,
}

pub struct Class {
    pub name: Rc<PyStr>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub bases: Vec<Rc<Class>>,
    /// The MRO without the class itself (that would be an Rc cycle).
    pub mro_rest: RefCell<Vec<Rc<Class>>>,
    pub dict: RefCell<Dict>,
    pub layout: Layout,
    /// For built-in types: their kind, so methods can check `self`.
    pub builtin: Option<BuiltinType>,
    /// Metaclass when not `type`.
    pub metaclass: RefCell<Option<Rc<Class>>>,
    /// Bumped on every change of this class's dict, for caches.
    pub version: Cell<u64>,
    /// Cached: does any class in the MRO define `__getattribute__`/`__getattr__`/`__setattr__`?
    pub flags: Cell<u32>,
    /// MRO lookup results by interned-name address, valid for one `CLASS_EPOCH`.
    pub cache: RefCell<LookupCache>,
    /// Unique for the life of the process (addresses can be reused), for inline caches.
    pub uid: u64,
    pub cache_epoch: Cell<u64>,
    /// Direct subclasses (for `__subclasses__`).
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
}

/// Bumped whenever any class dictionary changes after creation: invalidates every class's
/// lookup cache (class mutation is rare; lookups are on every attribute access).
/// Interned name address -> (the name, kept alive so the address stays unique; the result).
pub type LookupCache = hashbrown::HashMap<usize, (Rc<PyStr>, Option<Value>)>;

pub static NEXT_CLASS_UID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

pub fn next_class_uid() -> u64 {
    NEXT_CLASS_UID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

pub static CLASS_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

pub const CF_GETATTR: u32 = 1;
pub const CF_GETATTRIBUTE: u32 = 2;
pub const CF_SETATTR: u32 = 4;
/// Instances have no `__dict__` (`__slots__` all the way up the MRO).
pub const CF_SLOTS: u32 = 8;
pub const CF_DEL: u32 = 16;
pub const CF_FLAGS_VALID: u32 = 1 << 31;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinType {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Function,
    BuiltinFunction,
    Method,
    Generator,
    Coroutine,
    AsyncGenerator,
    Module,
    Range,
    Slice,
    Iterator,
    Cell,
    Code,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    BaseException,
    Native,
}

impl Class {
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<Class>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro_rest.borrow().iter().cloned());
        v
    }
    /// Looks a name up along the MRO (cached per class).
    pub fn lookup(&self, name: &Rc<PyStr>) -> Option<Value> {
        let epoch = CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
        let key = Rc::as_ptr(name) as usize;
        if self.cache_epoch.get() == epoch
            && let Some((_, v)) = self.cache.borrow().get(&key)
        {
            return v.clone();
        }
        let v = self.lookup_uncached(name);
        let mut c = self.cache.borrow_mut();
        if self.cache_epoch.get() != epoch {
            c.clear();
            self.cache_epoch.set(epoch);
        }
        if c.len() < 512 {
            c.insert(key, (name.clone(), v.clone()));
        }
        v
    }
    fn lookup_uncached(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get_str(name) {
            return Some(v.clone());
        }
        for c in self.mro_rest.borrow().iter() {
            if let Some(v) = c.dict.borrow().get_str(name) {
                return Some(v.clone());
            }
        }
        None
    }
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup(&super::intern::intern(name))
    }
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        if Rc::ptr_eq(self, other) {
            return true;
        }
        self.mro_rest.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }
    pub fn name(&self) -> &str {
        self.name.as_str()
    }
    pub fn touch(&self) {
        self.version.set(self.version.get() + 1);
        self.flags.set(0);
        if let Ok(mut c) = self.cache.try_borrow_mut() {
            c.clear();
        }
        CLASS_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}

pub struct ExcData {
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub line: u32,
}

pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    /// The instance's attributes (its `__dict__`).
    pub attrs: RefCell<Attrs>,
    pub exc: Option<Box<RefCell<ExcData>>>,
    pub base: RefCell<Value>,
}

/// Instance attribute storage. Instances start with a shared-key layout: a `Shape` (the
/// attribute names in insertion order, shared by every instance that added the same names
/// in the same order) and a vector of values. Deleting an attribute, taking `__dict__`, or
/// growing past `MAX_SHAPE_KEYS` switches the instance to a real dict for good.
pub enum Attrs {
    Shared { shape: Rc<Shape>, values: Vec<Value> },
    Dict(Rc<DictObj>),
}

/// Most attributes a shared-key layout holds before the instance switches to a dict.
pub const MAX_SHAPE_KEYS: usize = 32;

/// An ordered set of attribute names. Shapes form a tree rooted at the empty shape; they
/// are never freed (the tree owns them), so their addresses identify them.
pub struct Shape {
    pub keys: Vec<Rc<PyStr>>,
    transitions: RefCell<Vec<(Rc<PyStr>, Rc<Shape>)>>,
    parent: Option<Rc<Shape>>,
    /// The most keys of any shape reached from this one: the capacity to give an instance's
    /// value vector when it grows here.
    max_len: Cell<usize>,
}

thread_local! {
    static ROOT_SHAPE: Rc<Shape> = Rc::new(Shape { keys: Vec::new(), transitions: RefCell::new(Vec::new()), parent: None, max_len: Cell::new(0) });
}

impl Shape {
    pub fn root() -> Rc<Shape> {
        ROOT_SHAPE.with(|r| r.clone())
    }
    /// Index of attribute `name` (interned names match by address, others by text).
    #[inline]
    pub fn find(&self, name: &PyStr) -> Option<usize> {
        if let Some(i) = self.keys.iter().position(|k| std::ptr::eq(&**k, name)) {
            return Some(i);
        }
        self.keys.iter().position(|k| k.s.len() == name.s.len() && k.s == name.s)
    }
    /// The shape with `name` appended.
    fn with_key(self: &Rc<Self>, name: &Rc<PyStr>) -> Rc<Shape> {
        let mut t = self.transitions.borrow_mut();
        if let Some((_, s)) = t.iter().find(|(k, _)| Rc::ptr_eq(k, name) || k.s == name.s) {
            return s.clone();
        }
        let mut keys = self.keys.clone();
        keys.push(name.clone());
        let n = keys.len();
        let s = Rc::new(Shape {
            keys,
            transitions: RefCell::new(Vec::new()),
            parent: Some(self.clone()),
            max_len: Cell::new(n),
        });
        t.push((name.clone(), s.clone()));
        let mut p = s.parent.clone();
        while let Some(shape) = p {
            if shape.max_len.get() >= n {
                break;
            }
            shape.max_len.set(n);
            p = shape.parent.clone();
        }
        s
    }
}

impl Attrs {
    pub fn new() -> Attrs {
        Attrs::Shared {
            shape: Shape::root(),
            values: Vec::new(),
        }
    }
}

impl Default for Attrs {
    fn default() -> Self {
        Attrs::new()
    }
}

impl Instance {
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }
    /// The class's uid, without a borrow-flag round trip (inline-cache probes).
    #[inline(always)]
    pub fn class_uid(&self) -> u64 {
        // SAFETY: `class` is only ever borrowed mutably to swap in a new Rc (`__class__`
        // assignment), never across a call that could get here.
        unsafe { (&*self.class.as_ptr()).uid }
    }
    /// The value of instance attribute `name`, if set.
    #[inline]
    pub fn get_attr(&self, name: &PyStr) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Shared { shape, values } => shape.find(name).map(|i| values[i].clone()),
            Attrs::Dict(d) => d.d.borrow().get_str(name).cloned(),
        }
    }
    /// The value of attribute `name` if it sits at `idx` of the shared layout under this
    /// very name object (the LOAD_ATTR inline cache's probe: one index, any shape).
    #[inline(always)]
    pub fn get_attr_at(&self, name: &PyStr, idx: usize) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Shared { shape, values } if shape.keys.get(idx).is_some_and(|k| std::ptr::eq(&**k, name)) => values.get(idx).cloned(),
            _ => None,
        }
    }
    /// Where attribute `name` lives in the shared layout (its value index).
    pub fn attr_slot(&self, name: &PyStr) -> Option<usize> {
        match &*self.attrs.borrow() {
            Attrs::Shared { shape, values } => shape.find(name).filter(|&i| i < values.len()),
            Attrs::Dict(_) => None,
        }
    }
    /// Replaces the value of attribute `name` if it sits at `idx` of the shared layout under
    /// this very name object; gives `v` back if not.
    #[inline(always)]
    pub fn set_attr_at(&self, name: &PyStr, idx: usize, v: Value) -> Result<(), Value> {
        let mut a = self.attrs.borrow_mut();
        let old = match &mut *a {
            Attrs::Shared { shape, values } if idx < values.len() && shape.keys.get(idx).is_some_and(|k| std::ptr::eq(&**k, name)) => {
                std::mem::replace(&mut values[idx], v)
            }
            _ => return Err(v),
        };
        // The old value is dropped after the borrow ends: its finalizer may look at us.
        drop(a);
        drop(old);
        Ok(())
    }
    pub fn get_attr_str(&self, name: &str) -> Option<Value> {
        self.get_attr(&PyStr::new(name))
    }
    #[inline]
    /// The address of the instance's shape (0 once it keeps a dict): equal addresses mean
    /// the same attribute names (shapes are never changed or freed).
    pub fn shape_addr(&self) -> usize {
        match &*self.attrs.borrow() {
            Attrs::Shared { shape, .. } => Rc::as_ptr(shape) as usize,
            Attrs::Dict(_) => 0,
        }
    }
    #[inline]
    pub fn has_attr(&self, name: &PyStr) -> bool {
        match &*self.attrs.borrow() {
            Attrs::Shared { shape, .. } => shape.find(name).is_some(),
            Attrs::Dict(d) => d.d.borrow().get_str(name).is_some(),
        }
    }
    /// Sets instance attribute `name`.
    #[inline]
    pub fn set_attr(&self, name: Rc<PyStr>, v: Value) {
        let mut a = self.attrs.borrow_mut();
        let old = match &mut *a {
            Attrs::Shared { shape, values } => match shape.find(&name) {
                Some(i) => std::mem::replace(&mut values[i], v),
                None if shape.keys.len() < MAX_SHAPE_KEYS => {
                    let next = shape.with_key(&name);
                    if values.len() == values.capacity() {
                        values.reserve_exact(next.max_len.get() - values.len());
                    }
                    *shape = next;
                    values.push(v);
                    return;
                }
                None => {
                    let d = Self::materialize(shape, values);
                    d.d.borrow_mut().set_pystr(name, v);
                    *a = Attrs::Dict(d);
                    return;
                }
            },
            Attrs::Dict(d) => {
                let d = d.clone();
                drop(a);
                d.d.borrow_mut().set_pystr(name, v);
                return;
            }
        };
        drop(a);
        drop(old);
    }
    pub fn set_attr_str(&self, name: &str, v: Value) {
        self.set_attr(super::intern::intern(name), v)
    }
    fn materialize(shape: &Shape, values: &mut Vec<Value>) -> Rc<DictObj> {
        let mut d = Dict::with_capacity(values.len());
        for (k, v) in shape.keys.iter().zip(values.drain(..)) {
            d.set_pystr(k.clone(), v);
        }
        DictObj::new_rc(d)
    }
    /// The instance's `__dict__` as a dict object; from now on the instance keeps its
    /// attributes there.
    pub fn dict(&self) -> Rc<DictObj> {
        let mut a = self.attrs.borrow_mut();
        match &mut *a {
            Attrs::Dict(d) => d.clone(),
            Attrs::Shared { shape, values } => {
                let d = Self::materialize(shape, values);
                *a = Attrs::Dict(d.clone());
                d
            }
        }
    }
    /// Replaces `__dict__` (assignment to `obj.__dict__`).
    pub fn set_dict(&self, d: Rc<DictObj>) {
        let old = std::mem::replace(&mut *self.attrs.borrow_mut(), Attrs::Dict(d));
        drop(old);
    }
    /// Removes attribute `name`, returning its value.
    pub fn remove_attr(&self, name: &PyStr) -> Option<Value> {
        if !self.has_attr(name) {
            return None;
        }
        let d = self.dict();
        d.d.borrow_mut().remove_str(name)
    }
    /// The attribute names, in insertion order.
    pub fn attr_keys(&self) -> Vec<Value> {
        match &*self.attrs.borrow() {
            Attrs::Shared { shape, values } => shape.keys[..values.len()].iter().map(|k| Value::Str(k.clone())).collect(),
            Attrs::Dict(d) => d.d.borrow().keys(),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Generator {
    pub kind: GenKind,
    /// The suspended frame; None while running (it is on the VM's frame stack) and once
    /// finished (`finished` tells which).
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub finished: Cell<bool>,
    /// The generator this one is delegating to with `yield from`, when it is a generator.
    pub delegate: RefCell<Option<Rc<Generator>>>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub code: Rc<Code>,
    /// Async generators: the state their asend/athrow awaitables share.
    pub ag: AgState,
}

/// CPython's ag_running_async, ag_closed, ag_hooks_inited and ag_finalizer.
#[derive(Default)]
pub struct AgState {
    pub running_async: Cell<bool>,
    pub closed: Cell<bool>,
    pub hooks_inited: Cell<bool>,
    pub finalizer: RefCell<Option<Value>>,
}

impl Drop for Generator {
    /// A generator dropped while suspended inside a try block hands its frame to the VM,
    /// which runs `close()` on it (its `finally` blocks) at the next safe point.
    fn drop(&mut self) {
        if self.finished.get() {
            return;
        }
        if self.kind != GenKind::Generator && crate::runtime::async_objects::on_drop(self) {
            return;
        }
        // The generator delegated to by `yield from` is finalized first, as in CPython.
        drop(self.delegate.get_mut().take());
        let frame = self.frame.get_mut();
        if frame.as_ref().is_some_and(|f| !f.blocks.is_empty())
            && let Some(f) = frame.take()
        {
            let _ = super::ABANDONED.try_with(|a| {
                if let Ok(mut a) = a.try_borrow_mut() {
                    a.push(f);
                }
            });
            super::set_finalize_pending(true);
        }
    }
}

pub struct Module {
    pub name: Rc<PyStr>,
    pub dict: Rc<DictObj>,
}

/// `range`: 128-bit bounds cover every range a program can iterate, and ranges such as
/// `range(2**70)` that are only indexed or tested for membership.
pub struct RangeObj {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}
impl RangeObj {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn len(&self) -> i128 {
        if self.step > 0 {
            if self.stop > self.start {
                (self.stop - self.start - 1) / self.step + 1
            } else {
                0
            }
        } else if self.stop < self.start {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub struct SuperObj {
    /// The class whose MRO successor is searched.
    pub class: Rc<Class>,
    pub obj: Value,
    /// The type used for the MRO (type(obj), or obj itself for classmethods).
    pub obj_type: Rc<Class>,
}

/// State of the built-in iterators.
pub enum IterState {
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    StrChars {
        s: Rc<PyStr>,
        byte: usize,
    },
    DictKeys {
        d: Rc<DictObj>,
        idx: usize,
        len: usize,
    },
    DictValues {
        d: Rc<DictObj>,
        idx: usize,
        len: usize,
    },
    DictItems {
        d: Rc<DictObj>,
        idx: usize,
        len: usize,
    },
    Set {
        s: Rc<SetObj>,
        idx: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        idx: i64,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    Callable {
        f: Value,
        sentinel: Value,
    },
    /// Iterates via `__getitem__(0..)` until IndexError.
    GetItem {
        obj: Value,
        idx: i64,
    },
    Exhausted,
}

pub struct NativeIter {
    pub state: RefCell<IterState>,
    pub kind: &'static str,
}

/// An object implemented in Rust by a native module.
pub struct NativeObject {
    pub class: Rc<Class>,
    pub data: RefCell<Box<dyn Any>>,
}
