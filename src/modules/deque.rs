//! `_collections.deque`: CPython's double-ended queue, natively, with its messages.
//!
//! A deque is a `NativeObject` whose data is a [`Deque`]. Instances of Python subclasses
//! are ordinary instances (so they get an attribute dict, `__init__` overrides and the
//! interpreter's attribute caches) carrying the deque object in their `base` slot, the way
//! subclasses of `list` carry their list; every method accepts either form as `self`.
//!
//! Borrows of the data never span a call into Python (comparisons, iteration of the
//! argument, finalizers of dropped items), so Python code that mutates the deque from
//! inside `__eq__` or a generator meets a consistent deque, and the `state` counter, bumped
//! on every change of length or order as in CPython, lets iterators and searches notice.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::syntax::ast::CmpOp;
use crate::vm::gc::NativeTraverse;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};

/// CPython's `tp_name`: error messages spell the type this way.
const TP_NAME: &str = "collections.deque";
const MUTATED: &str = "deque mutated during iteration";

pub struct Deque {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    state: u64,
}

impl Deque {
    fn new() -> Deque {
        Deque {
            items: VecDeque::new(),
            maxlen: None,
            state: 0,
        }
    }
    /// Appends on the right; returns the item that fell off the left (or `v` itself when
    /// `maxlen` is 0), to be dropped once the deque is no longer borrowed.
    fn push_back(&mut self, v: Value) -> Option<Value> {
        self.state += 1;
        if self.maxlen == Some(0) {
            return Some(v);
        }
        self.items.push_back(v);
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            return self.items.pop_front();
        }
        None
    }
    fn push_front(&mut self, v: Value) -> Option<Value> {
        self.state += 1;
        if self.maxlen == Some(0) {
            return Some(v);
        }
        self.items.push_front(v);
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            return self.items.pop_back();
        }
        None
    }
    fn rotate(&mut self, n: i64) {
        let len = self.items.len() as i64;
        if len <= 1 {
            return;
        }
        self.state += 1;
        let n = n.rem_euclid(len) as usize;
        self.items.rotate_right(n);
    }
}

impl Drop for Deque {
    fn drop(&mut self) {
        let items: Vec<Value> = std::mem::take(&mut self.items).into();
        if !items.is_empty() {
            crate::vm::trashcan::dispose(items);
        }
    }
}

static DEQUE_GC: NativeTraverse = NativeTraverse {
    visit: |d, f| {
        if let Some(d) = d.downcast_ref::<Deque>() {
            d.items.iter().for_each(f);
        }
    },
    clear: |d, sink| {
        if let Some(d) = d.downcast_mut::<Deque>() {
            d.state += 1;
            sink.extend(d.items.drain(..));
        }
    },
};

/// A forward or reverse iterator: the deque object, the next position, and how many
/// items are left; it stops with a RuntimeError once the deque's `state` moves on.
struct DequeIter {
    deque: Value,
    index: usize,
    left: usize,
    state: u64,
    reverse: bool,
}

static ITER_GC: NativeTraverse = NativeTraverse {
    visit: |d, f| {
        if let Some(it) = d.downcast_ref::<DequeIter>() {
            f(&it.deque);
        }
    },
    clear: |d, sink| {
        if let Some(it) = d.downcast_mut::<DequeIter>() {
            it.left = 0;
            sink.push(std::mem::replace(&mut it.deque, Value::None));
        }
    },
};

fn is_deque_obj(o: &NativeObject) -> bool {
    o.data.try_borrow().is_ok_and(|d| d.is::<Deque>())
}

/// The object holding the deque data of `v`: `v` itself or a subclass instance's base.
fn deque_obj(v: &Value) -> Option<Rc<NativeObject>> {
    let o = match v {
        Value::Object(o) => o.clone(),
        Value::Instance(i) => match &*i.base.borrow() {
            Value::Object(o) => o.clone(),
            _ => return None,
        },
        _ => return None,
    };
    is_deque_obj(&o).then_some(o)
}

fn wrong_self(vm: &Vm, v: Option<&Value>, meth: &str) -> crate::vm::PyErr {
    match v {
        // Slot wrappers word it differently from method descriptors.
        Some(v) if meth.starts_with("__") => vm.type_error(format!(
            "descriptor '{meth}' requires a '{TP_NAME}' object but received a '{}'",
            vm.type_name(v)
        )),
        Some(v) => vm.type_error(format!(
            "descriptor '{meth}' for '{TP_NAME}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
        None => vm.type_error(format!("descriptor '{meth}' of '{TP_NAME}' object needs an argument")),
    }
}

/// Runs `f` on the deque data of `a[0]`.
fn with<R>(vm: &Vm, a: &[Value], meth: &str, f: impl FnOnce(&mut Deque) -> R) -> PyResult<R> {
    match a.first() {
        Some(Value::Object(o)) => {
            if let Some(d) = o.data.borrow_mut().downcast_mut::<Deque>() {
                return Ok(f(d));
            }
        }
        Some(Value::Instance(i)) => {
            if let Value::Object(o) = &*i.base.borrow()
                && let Some(d) = o.data.borrow_mut().downcast_mut::<Deque>()
            {
                return Ok(f(d));
            }
        }
        _ => {}
    }
    Err(wrong_self(vm, a.first(), meth))
}

fn with_obj<R>(o: &NativeObject, f: impl FnOnce(&mut Deque) -> R) -> R {
    let mut d = o.data.borrow_mut();
    f(d.downcast_mut::<Deque>().expect("checked by deque_obj"))
}

fn self_obj(vm: &Vm, a: &[Value], meth: &str) -> PyResult<Rc<NativeObject>> {
    a.first().and_then(deque_obj).ok_or_else(|| wrong_self(vm, a.first(), meth))
}

// ---- argument checks (CPython's METH_O / METH_NOARGS wording) ------------------------------

fn no_kw(vm: &Vm, k: KwArgs, meth: &str) -> PyResult<()> {
    if k.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("deque.{meth}() takes no keyword arguments")))
    }
}

fn one_arg<'a>(vm: &Vm, a: &'a [Value], k: KwArgs, meth: &str) -> PyResult<&'a Value> {
    no_kw(vm, k, meth)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "deque.{meth}() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    Ok(&a[1])
}

fn no_args(vm: &Vm, a: &[Value], k: KwArgs, meth: &str) -> PyResult<()> {
    no_kw(vm, k, meth)?;
    if a.len() > 1 {
        return Err(vm.type_error(format!("deque.{meth}() takes no arguments ({} given)", a.len() - 1)));
    }
    Ok(())
}

/// An index for `d[i]`: what CPython's sequence protocol accepts.
fn seq_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_index(v),
        Value::Instance(_) | Value::Object(_) if vm.class_of(v).lookup_str("__index__").is_some() => vm.to_index(v),
        _ => Err(vm.type_error(format!("sequence index must be integer, not '{}'", vm.type_name(v)))),
    }
}

/// A C `Py_ssize_t` argument (`rotate(n)`, `insert(i, x)`).
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if matches!(v, Value::BigInt(_)) {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    vm.to_index(v)
}

/// A start/stop bound of `index()`: any index, clamped to the `Py_ssize_t` range.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let has_index = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(_) | Value::Object(_) => vm.class_of(v).lookup_str("__index__").is_some(),
        _ => false,
    };
    if !has_index {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    match v {
        Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => vm.to_index(v),
    }
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity first.
fn same(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || vm.eq(a, b)?)
}

// ---- construction ------------------------------------------------------------------------

/// The deque class itself: the class whose own `__new__` is this module's.
fn is_exact(cls: &Class) -> bool {
    matches!(cls.dict.borrow().get_by_str("__new__"), Some(Value::Native(nf)) if nf.owner == Some("deque"))
}

fn new_obj(cls: &Rc<Class>, d: Deque) -> Rc<NativeObject> {
    let o = Rc::new(NativeObject {
        class: cls.clone(),
        data: RefCell::new(Box::new(d)),
    });
    crate::vm::gc::track_native(&o, &DEQUE_GC);
    o
}

/// `deque.__new__(cls)`: a bare deque for the deque class; for subclasses an instance
/// carrying one. The base object takes the subclass as its class, so that generic paths
/// that fall back to an instance's base (`str()`, `format()`) still show the subclass.
fn deque_new(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Class(c)) => c,
        Some(v) => return Err(vm.type_error(format!("{TP_NAME}.__new__(X): X is not a type object ({})", vm.type_name(v)))),
        None => return Err(vm.type_error(format!("{TP_NAME}.__new__(): not enough arguments"))),
    };
    if is_exact(cls) {
        let o = Value::Object(new_obj(cls, Deque::new()));
        // The VM runs `__init__` itself only for instances.
        init(vm, &o, &a[1..], k)?;
        return Ok(o);
    }
    if !cls.mro().iter().any(|c| is_exact(c)) {
        return Err(vm.type_error(format!(
            "{TP_NAME}.__new__({}): {} is not a subtype of {TP_NAME}",
            cls.name(),
            cls.name()
        )));
    }
    let inst = vm.new_instance(cls);
    if let Value::Instance(i) = &inst {
        *i.base.borrow_mut() = Value::Object(new_obj(cls, Deque::new()));
    }
    Ok(inst)
}

fn deque_init(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let Some(me) = a.first() else {
        return Err(wrong_self(vm, None, "__init__"));
    };
    init(vm, me, &a[1..], k)?;
    Ok(Value::None)
}

/// `deque(iterable=(), maxlen=None)`: resets `me` and fills it.
fn init(vm: &mut Vm, me: &Value, args: &[Value], k: KwArgs) -> PyResult<()> {
    if args.len() > 2 {
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({} given)", args.len() + k.len())));
    }
    let mut iterable = args.first().cloned();
    let mut maxlen = args.get(1).cloned();
    for (name, v) in k {
        let (slot, pos) = match name.as_str() {
            "iterable" => (&mut iterable, 1),
            "maxlen" => (&mut maxlen, 2),
            n => return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for deque()"))),
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for deque() given by name ('{}') and position ({pos})",
                name.as_str()
            )));
        }
        *slot = Some(v.clone());
    }
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) if n < 0 => return Err(vm.value_error("maxlen must be non-negative")),
        Some(Value::Int(n)) => Some(n as usize),
        Some(Value::Bool(b)) => Some(b as usize),
        Some(Value::BigInt(_)) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        Some(_) => return Err(vm.type_error("an integer is required")),
    };
    let o = deque_obj(me).ok_or_else(|| wrong_self(vm, Some(me), "__init__"))?;
    let old = with_obj(&o, |d| {
        d.maxlen = maxlen;
        if d.items.is_empty() {
            return VecDeque::new();
        }
        d.state += 1;
        std::mem::take(&mut d.items)
    });
    drop(old);
    if let Some(src) = iterable {
        extend(vm, &o, &src, false)?;
    }
    Ok(())
}

// ---- adding items ------------------------------------------------------------------------

/// `extend` / `extendleft`: appends item by item, so a generator that looks at the deque
/// sees it grow, as in CPython.
fn extend(vm: &mut Vm, o: &Rc<NativeObject>, src: &Value, left: bool) -> PyResult<()> {
    let push = |d: &mut Deque, v: Value| if left { d.push_front(v) } else { d.push_back(v) };
    // A snapshot for the deque itself and for lists and tuples (no Python code runs while
    // they are read).
    let snapshot = match src {
        Value::List(l) => Some(l.v.borrow().clone()),
        Value::Tuple(t) => Some(t.to_vec()),
        _ if deque_obj(src).is_some_and(|s| Rc::ptr_eq(&s, o)) => Some(with_obj(o, |d| d.items.iter().cloned().collect())),
        _ => None,
    };
    if let Some(items) = snapshot {
        let dropped: Vec<Value> = with_obj(o, |d| items.into_iter().filter_map(|v| push(d, v)).collect());
        drop(dropped);
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    while let Some(v) = vm.iter_next(&it)? {
        let dropped = with_obj(o, |d| push(d, v));
        drop(dropped);
    }
    Ok(())
}

fn append(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, a, k, "append")?.clone();
    let dropped = with(vm, a, "append", |d| d.push_back(v))?;
    drop(dropped);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, a, k, "appendleft")?.clone();
    let dropped = with(vm, a, "appendleft", |d| d.push_front(v))?;
    drop(dropped);
    Ok(Value::None)
}

fn extend_m(vm: &mut Vm, a: &[Value], k: KwArgs, meth: &str, left: bool) -> PyResult<Value> {
    let src = one_arg(vm, a, k, meth)?.clone();
    let o = self_obj(vm, a, meth)?;
    extend(vm, &o, &src, left)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_kw(vm, k, "insert")?;
    if a.len() != 3 {
        return Err(vm.type_error(format!("insert() takes exactly 2 arguments ({} given)", a.len().saturating_sub(1))));
    }
    let o = self_obj(vm, a, "insert")?;
    let i = ssize(vm, &a[1])?;
    let v = a[2].clone();
    let full = with_obj(&o, |d| {
        let n = d.items.len();
        if d.maxlen == Some(n) {
            return true;
        }
        let at = if i < 0 {
            (i + n as i64).max(0) as usize
        } else {
            (i as usize).min(n)
        };
        d.items.insert(at, v);
        d.state += 1;
        false
    });
    if full {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    Ok(Value::None)
}

// ---- removing items ----------------------------------------------------------------------

fn pop(vm: &mut Vm, a: &[Value], k: KwArgs, meth: &str, left: bool) -> PyResult<Value> {
    no_args(vm, a, k, meth)?;
    let v = with(vm, a, meth, |d| {
        let v = if left { d.items.pop_front() } else { d.items.pop_back() };
        if v.is_some() {
            d.state += 1;
        }
        v
    })?;
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn clear(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, a, k, "clear")?;
    let old = with(vm, a, "clear", |d| {
        if !d.items.is_empty() {
            d.state += 1;
        }
        std::mem::take(&mut d.items)
    })?;
    drop(old);
    Ok(Value::None)
}

/// Finds `x` in positions `start..stop`, comparing outside the borrow; `mutated` is the
/// error when a comparison changed the deque.
fn find(
    vm: &mut Vm,
    o: &NativeObject,
    x: &Value,
    start: usize,
    stop: usize,
    mutated: fn(&Vm) -> crate::vm::PyErr,
) -> PyResult<Option<usize>> {
    let state = with_obj(o, |d| d.state);
    for i in start..stop {
        let Some(item) = with_obj(o, |d| d.items.get(i).cloned()) else {
            break;
        };
        let eq = same(vm, &item, x)?;
        if with_obj(o, |d| d.state) != state {
            return Err(mutated(vm));
        }
        if eq {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, a, k, "remove")?.clone();
    let o = self_obj(vm, a, "remove")?;
    let n = with_obj(&o, |d| d.items.len());
    match find(vm, &o, &x, 0, n, |vm| vm.index_error(MUTATED))? {
        Some(i) => {
            let v = with_obj(&o, |d| {
                d.state += 1;
                d.items.remove(i)
            });
            drop(v);
            Ok(Value::None)
        }
        None => {
            let r = vm.repr_string(&x)?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

// ---- queries -----------------------------------------------------------------------------

fn count(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, a, k, "count")?.clone();
    let o = self_obj(vm, a, "count")?;
    let (n, state) = with_obj(&o, |d| (d.items.len(), d.state));
    let mut c = 0;
    for i in 0..n {
        let Some(item) = with_obj(&o, |d| d.items.get(i).cloned()) else {
            break;
        };
        let eq = same(vm, &item, &x)?;
        if with_obj(&o, |d| d.state) != state {
            return Err(vm.runtime_error(MUTATED));
        }
        c += eq as i64;
    }
    Ok(Value::Int(c))
}

fn index(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_kw(vm, k, "index")?;
    match a.len() {
        0 | 1 => return Err(vm.type_error(format!("index() takes at least 1 argument ({} given)", a.len().saturating_sub(1)))),
        5.. => return Err(vm.type_error(format!("index() takes at most 3 arguments ({} given)", a.len() - 1))),
        _ => {}
    }
    let o = self_obj(vm, a, "index")?;
    let x = a[1].clone();
    let start = match a.get(2) {
        Some(v) => slice_bound(vm, v)?,
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => slice_bound(vm, v)?,
        None => i64::MAX,
    };
    let n = with_obj(&o, |d| d.items.len()) as i64;
    let norm = |i: i64| if i < 0 { i.saturating_add(n).max(0) } else { i.min(n) };
    let (start, stop) = (norm(start), norm(stop));
    let start = start.min(stop);
    match find(vm, &o, &x, start as usize, stop as usize, |vm| vm.runtime_error(MUTATED))? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(&x)?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

fn contains(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let o = self_obj(vm, a, "__contains__")?;
    let x = a.get(1).cloned().unwrap_or(Value::None);
    let n = with_obj(&o, |d| d.items.len());
    Ok(Value::Bool(find(vm, &o, &x, 0, n, |vm| vm.runtime_error(MUTATED))?.is_some()))
}

// ---- indexing ----------------------------------------------------------------------------

/// `i` as a position in a deque of length `n`, negative indices counting from the end.
fn position(vm: &Vm, i: i64, n: usize) -> PyResult<usize> {
    let p = if i < 0 { i + n as i64 } else { i };
    if p < 0 || p >= n as i64 {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(p as usize)
}

fn getitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let o = self_obj(vm, a, "__getitem__")?;
    let i = seq_index(vm, a.get(1).unwrap_or(&Value::None))?;
    with_obj(&o, |d| position(vm, i, d.items.len()).map(|p| d.items[p].clone()))
}

fn setitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let o = self_obj(vm, a, "__setitem__")?;
    let i = seq_index(vm, a.get(1).unwrap_or(&Value::None))?;
    let v = a.get(2).cloned().unwrap_or(Value::None);
    let old = with_obj(&o, |d| {
        position(vm, i, d.items.len()).map(|p| std::mem::replace(&mut d.items[p], v))
    })?;
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let o = self_obj(vm, a, "__delitem__")?;
    let i = seq_index(vm, a.get(1).unwrap_or(&Value::None))?;
    let old = with_obj(&o, |d| {
        let p = position(vm, i, d.items.len())?;
        d.state += 1;
        Ok(d.items.remove(p))
    })?;
    drop(old);
    Ok(Value::None)
}

// ---- reordering --------------------------------------------------------------------------

fn rotate(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_kw(vm, k, "rotate")?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("deque.rotate expected at most 1 argument, got {}", a.len() - 1)));
    }
    let n = match a.get(1) {
        Some(v) => ssize(vm, v)?,
        None => 1,
    };
    with(vm, a, "rotate", |d| d.rotate(n))?;
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, a, k, "reverse")?;
    // CPython reverses in place without bumping the state: live iterators carry on.
    with(vm, a, "reverse", |d| d.items.make_contiguous().reverse())?;
    Ok(Value::None)
}

// ---- copies and arithmetic ---------------------------------------------------------------

/// `deque.copy()`: the deque class copies directly; a subclass is called as
/// `type(d)(d)` or `type(d)(d, maxlen)`, as CPython does.
fn copy_of(vm: &mut Vm, me: &Value, o: &Rc<NativeObject>) -> PyResult<Value> {
    let cls = vm.class_of(me);
    let (items, maxlen) = with_obj(o, |d| (d.items.clone(), d.maxlen));
    if is_exact(&cls) {
        let d = Deque { items, maxlen, state: 0 };
        return Ok(Value::Object(new_obj(&cls, d)));
    }
    drop(items);
    let args = match maxlen {
        Some(m) => vec![me.clone(), Value::Int(m as i64)],
        None => vec![me.clone()],
    };
    let r = vm.call(&Value::Class(cls.clone()), &args)?;
    if deque_obj(&r).is_none() {
        return Err(vm.type_error(format!("{}() must return a deque, not {}", cls.name(), vm.type_name(&r))));
    }
    Ok(r)
}

fn copy(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, a, k, "copy")?;
    let o = self_obj(vm, a, "copy")?;
    copy_of(vm, &a[0], &o)
}

fn add(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let o = self_obj(vm, a, "__add__")?;
    let other = a.get(1).cloned().unwrap_or(Value::None);
    if deque_obj(&other).is_none() {
        // Leave the operation to the right operand's `__radd__` when it has one.
        if vm.class_of(&other).lookup_str("__radd__").is_some() {
            return Ok(Value::NotImplemented);
        }
        return Err(vm.type_error(format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(&other))));
    }
    let new = copy_of(vm, &a[0], &o)?;
    let no = deque_obj(&new).expect("checked by copy_of");
    extend(vm, &no, &other, false)?;
    Ok(new)
}

fn iadd(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let o = self_obj(vm, a, "__iadd__")?;
    extend(vm, &o, a.get(1).unwrap_or(&Value::None), false)?;
    Ok(a[0].clone())
}

/// The count of `d * n`; None when `n` is no integer (the operation is then left to `n`).
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    match n {
        Value::Int(_) | Value::Bool(_) => vm.to_index(n).map(Some),
        Value::BigInt(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        Value::Instance(_) | Value::Object(_) if vm.class_of(n).lookup_str("__index__").is_some() => vm.to_index(n).map(Some),
        _ => Ok(None),
    }
}

fn not_int(vm: &Vm, n: &Value) -> crate::vm::PyErr {
    vm.type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n)))
}

/// CPython's `deque_inplace_repeat`.
fn repeat_in_place(vm: &Vm, o: &NativeObject, n: i64) -> PyResult<()> {
    let r = with_obj(o, |d| {
        let size = d.items.len();
        if size == 0 || n == 1 {
            return Ok(VecDeque::new());
        }
        if n <= 0 {
            if !d.items.is_empty() {
                d.state += 1;
            }
            return Ok(std::mem::take(&mut d.items));
        }
        let mut n = n as usize;
        // Only the last `maxlen` items survive: repeat no more than needed for them.
        if let Some(m) = d.maxlen
            && size.saturating_mul(n) > m
        {
            n = m.div_ceil(size).max(1);
        }
        if size
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as usize / std::mem::size_of::<Value>())
        {
            return Err(());
        }
        let items: Vec<Value> = d.items.iter().cloned().collect();
        let mut dropped = VecDeque::new();
        for _ in 1..n {
            for v in &items {
                if let Some(x) = d.push_back(v.clone()) {
                    dropped.push_back(x);
                }
            }
        }
        Ok(dropped)
    });
    match r {
        Ok(dropped) => {
            drop(dropped);
            Ok(())
        }
        Err(()) => Err(vm.new_error(&vm.types.memory_error.clone(), "")),
    }
}

fn mul(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let o = self_obj(vm, a, "__mul__")?;
    let nv = a.get(1).cloned().unwrap_or(Value::None);
    let Some(n) = repeat_count(vm, &nv)? else {
        return Err(not_int(vm, &nv));
    };
    let new = copy_of(vm, &a[0], &o)?;
    repeat_in_place(vm, &deque_obj(&new).expect("checked by copy_of"), n)?;
    Ok(new)
}

fn imul(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let o = self_obj(vm, a, "__imul__")?;
    let nv = a.get(1).cloned().unwrap_or(Value::None);
    let Some(n) = repeat_count(vm, &nv)? else {
        return Err(not_int(vm, &nv));
    };
    repeat_in_place(vm, &o, n)?;
    Ok(a[0].clone())
}

// ---- comparison --------------------------------------------------------------------------

/// Item `i` of a deque being compared, or None past its end; an error once the deque
/// changed under the comparison (CPython compares through iterators).
fn cmp_item(vm: &Vm, o: &NativeObject, i: usize, state: u64) -> PyResult<Option<Value>> {
    with_obj(o, |d| {
        if d.state != state {
            return Err(vm.runtime_error(MUTATED));
        }
        Ok(d.items.get(i).cloned())
    })
}

fn richcmp(vm: &mut Vm, a: &[Value], op: CmpOp, meth: &str) -> PyResult<Value> {
    let x = self_obj(vm, a, meth)?;
    let Some(y) = a.get(1).and_then(deque_obj) else {
        return Ok(Value::NotImplemented);
    };
    let (xs, sx) = with_obj(&x, |d| (d.items.len(), d.state));
    let (ys, sy) = with_obj(&y, |d| (d.items.len(), d.state));
    let identical = Rc::ptr_eq(&x, &y);
    match op {
        CmpOp::Eq if identical || xs != ys => return Ok(Value::Bool(identical)),
        CmpOp::NotEq if identical || xs != ys => return Ok(Value::Bool(!identical)),
        _ => {}
    }
    let mut i = 0;
    let (xe, ye) = loop {
        let p = cmp_item(vm, &x, i, sx)?;
        let q = cmp_item(vm, &y, i, sy)?;
        match (p, q) {
            (Some(p), Some(q)) => {
                if !same(vm, &p, &q)? {
                    return vm.compare(&p, &q, op);
                }
            }
            (p, q) => break (p.is_none(), q.is_none()),
        }
        i += 1;
    };
    // One deque (or both) ran out: the shorter one is the smaller.
    Ok(Value::Bool(match op {
        CmpOp::Lt => !ye,
        CmpOp::LtE => xe,
        CmpOp::Eq => xe == ye,
        CmpOp::NotEq => xe != ye,
        CmpOp::Gt => !xe,
        _ => ye,
    }))
}

// ---- iteration ---------------------------------------------------------------------------

fn new_iter(vm: &mut Vm, a: &[Value], reverse: bool) -> PyResult<Value> {
    let meth = if reverse { "__reversed__" } else { "__iter__" };
    let o = self_obj(vm, a, meth)?;
    let (n, state) = with_obj(&o, |d| (d.items.len(), d.state));
    let kind = if reverse { "_deque_reverse_iterator" } else { "_deque_iterator" };
    let it = Rc::new(NativeObject {
        class: vm.iter_class(kind),
        data: RefCell::new(Box::new(DequeIter {
            deque: Value::Object(o),
            index: if reverse { n.wrapping_sub(1) } else { 0 },
            left: n,
            state,
            reverse,
        })),
    });
    crate::vm::gc::track_native(&it, &ITER_GC);
    Ok(Value::Object(it))
}

fn with_iter<R>(vm: &Vm, a: &[Value], meth: &str, f: impl FnOnce(&mut DequeIter) -> R) -> PyResult<R> {
    if let Some(Value::Object(o)) = a.first()
        && let Some(it) = o.data.borrow_mut().downcast_mut::<DequeIter>()
    {
        return Ok(f(it));
    }
    Err(vm.type_error(format!("descriptor '{meth}' requires a '_collections._deque_iterator' object")))
}

fn iter_next(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let r = with_iter(vm, a, "__next__", |it| {
        let Value::Object(o) = &it.deque else { return Ok(None) };
        let d = o.data.borrow();
        let Some(d) = d.downcast_ref::<Deque>() else { return Ok(None) };
        if d.state != it.state {
            it.left = 0;
            return Err(());
        }
        if it.left == 0 {
            return Ok(None);
        }
        let v = d.items.get(it.index).cloned();
        it.left -= 1;
        it.index = if it.reverse { it.index.wrapping_sub(1) } else { it.index + 1 };
        Ok(v)
    })?;
    match r {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(vm.stop_iteration(Value::None)),
        Err(()) => Err(vm.runtime_error(MUTATED)),
    }
}

// ---- the rest ----------------------------------------------------------------------------

fn repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let o = self_obj(vm, a, "__repr__")?;
    let id = Rc::as_ptr(&o) as usize;
    if vm.repr_guard.borrow().contains(&id) {
        return Ok(Value::str("[...]"));
    }
    let (items, maxlen) = with_obj(&o, |d| (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen));
    vm.repr_guard.borrow_mut().push(id);
    let mut parts = Vec::with_capacity(items.len());
    let mut err = None;
    for it in &items {
        match vm.repr_string(it) {
            Ok(s) => parts.push(s),
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    vm.repr_guard.borrow_mut().pop();
    if let Some(e) = err {
        return Err(e);
    }
    let name = vm.class_of(&a[0]).name().to_string();
    Ok(Value::string(match maxlen {
        Some(m) => format!("{name}([{}], maxlen={m})", parts.join(", ")),
        None => format!("{name}([{}])", parts.join(", ")),
    }))
}

fn reduce(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, a, k, "__reduce__")?;
    let o = self_obj(vm, a, "__reduce__")?;
    let maxlen = with_obj(&o, |d| d.maxlen);
    let args = match maxlen {
        Some(m) => Value::tuple(vec![Value::tuple(vec![]), Value::Int(m as i64)]),
        None => Value::tuple(vec![]),
    };
    let state = match &a[0] {
        Value::Instance(i) if !i.attr_keys().is_empty() => Value::Dict(i.dict()),
        _ => Value::None,
    };
    let it = new_iter(vm, a, false)?;
    Ok(Value::tuple(vec![Value::Class(vm.class_of(&a[0])), args, state, it]))
}

fn len_of(vm: &Vm, a: &[Value], meth: &str) -> PyResult<usize> {
    with(vm, a, meth, |d| d.items.len())
}

fn property(cls: &Rc<Class>, name: &'static str, get: NativeFn, doc: &str) {
    let p = Property {
        fget: Value::Native(Rc::new(NativeFunction {
            name,
            func: get,
            owner: None,
            special: Special::None,
            host: None,
        })),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::str(doc),
    };
    cls.dict.borrow_mut().set_str(name, Value::Property(Rc::new(p)));
}

fn make_iter_class(vm: &mut Vm, kind: &'static str) {
    let cls = crate::vm::types::new_class(kind, vec![vm.types.object.clone()], Layout::Object, None);
    cls.dict.borrow_mut().set_str("__module__", Value::str("_collections"));
    vm.register_iter_class(kind, &cls);
    vm.add_method(&cls, "__next__", iter_next);
    vm.add_method(&cls, "__iter__", |vm, a, _| {
        with_iter(vm, a, "__iter__", |_| ())?;
        Ok(a[0].clone())
    });
    vm.add_method(&cls, "__length_hint__", |vm, a, _| {
        Ok(Value::Int(with_iter(vm, a, "__length_hint__", |it| it.left)? as i64))
    });
}

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_collections");
    let cls = crate::vm::types::new_class("deque", vec![vm.types.object.clone()], Layout::Object, None);
    {
        let mut d = cls.dict.borrow_mut();
        d.set_str("__module__", Value::str("collections"));
        d.set_str("__tp_name__", Value::str(TP_NAME));
        d.set_str(
            "__doc__",
            Value::str(
                "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
            ),
        );
        d.set_str("__hash__", Value::None);
        // Py_TPFLAGS_SEQUENCE: deques match sequence patterns in `match`.
        d.set_str("__abc_tpflags__", Value::Int(1 << 5));
    }
    vm.add_method(&cls, "__new__", deque_new);
    vm.add_method(&cls, "__init__", deque_init);
    vm.add_method(&cls, "append", append);
    vm.add_method(&cls, "appendleft", appendleft);
    vm.add_method(&cls, "pop", |vm, a, k| pop(vm, a, k, "pop", false));
    vm.add_method(&cls, "popleft", |vm, a, k| pop(vm, a, k, "popleft", true));
    vm.add_method(&cls, "extend", |vm, a, k| extend_m(vm, a, k, "extend", false));
    vm.add_method(&cls, "extendleft", |vm, a, k| extend_m(vm, a, k, "extendleft", true));
    vm.add_method(&cls, "insert", insert);
    vm.add_method(&cls, "remove", remove);
    vm.add_method(&cls, "clear", clear);
    vm.add_method(&cls, "count", count);
    vm.add_method(&cls, "index", index);
    vm.add_method(&cls, "rotate", rotate);
    vm.add_method(&cls, "reverse", reverse);
    vm.add_method(&cls, "copy", copy);
    vm.add_method(&cls, "__copy__", copy);
    vm.add_method(&cls, "__reduce__", reduce);
    vm.add_method(&cls, "__len__", |vm, a, _| Ok(Value::Int(len_of(vm, a, "__len__")? as i64)));
    vm.add_method(&cls, "__bool__", |vm, a, _| Ok(Value::Bool(len_of(vm, a, "__bool__")? != 0)));
    vm.add_method(&cls, "__contains__", contains);
    vm.add_method(&cls, "__iter__", |vm, a, _| new_iter(vm, a, false));
    vm.add_method(&cls, "__reversed__", |vm, a, _| new_iter(vm, a, true));
    vm.add_method(&cls, "__getitem__", getitem);
    vm.add_method(&cls, "__setitem__", setitem);
    vm.add_method(&cls, "__delitem__", delitem);
    vm.add_method(&cls, "__repr__", repr);
    vm.add_method(&cls, "__eq__", |vm, a, _| richcmp(vm, a, CmpOp::Eq, "__eq__"));
    vm.add_method(&cls, "__ne__", |vm, a, _| richcmp(vm, a, CmpOp::NotEq, "__ne__"));
    vm.add_method(&cls, "__lt__", |vm, a, _| richcmp(vm, a, CmpOp::Lt, "__lt__"));
    vm.add_method(&cls, "__le__", |vm, a, _| richcmp(vm, a, CmpOp::LtE, "__le__"));
    vm.add_method(&cls, "__gt__", |vm, a, _| richcmp(vm, a, CmpOp::Gt, "__gt__"));
    vm.add_method(&cls, "__ge__", |vm, a, _| richcmp(vm, a, CmpOp::GtE, "__ge__"));
    vm.add_method(&cls, "__add__", add);
    vm.add_method(&cls, "__iadd__", iadd);
    vm.add_method(&cls, "__mul__", mul);
    vm.add_method(&cls, "__rmul__", mul);
    vm.add_method(&cls, "__imul__", imul);
    property(
        &cls,
        "maxlen",
        |vm, a, _| Ok(with(vm, a, "maxlen", |d| d.maxlen)?.map_or(Value::None, |m| Value::Int(m as i64))),
        "maximum size of a deque or None if unbounded",
    );
    make_iter_class(vm, "_deque_iterator");
    make_iter_class(vm, "_deque_reverse_iterator");
    m.dict.d.borrow_mut().set_str("deque", Value::Class(cls));
    for kind in ["_deque_iterator", "_deque_reverse_iterator"] {
        m.dict.d.borrow_mut().set_str(kind, Value::Class(vm.iter_class(kind)));
    }
    m
}
