//! Native types: a Rust struct exposed to scripts as a Python class with a constructor,
//! methods, properties and dunders ([`NativeClass`], [`ClassBuilder`]), and [`Native`],
//! a typed handle on such an object.

use std::any::{Any, TypeId};
use std::cell::{Ref, RefCell, RefMut};
use std::marker::PhantomData;
use std::rc::Rc;

use super::function::FromArgs;
use super::value::{FromValue, IntoValue, Value};
use super::{Error, Interpreter};
use crate::vm::object::{Class, HostFn, Layout, NativeFunction, NativeObject, Property, Special};
use crate::vm::value::Value as Raw;

/// A Rust type that scripts can hold and call, like mlua's `UserData`.
///
/// ```
/// use aspic::{ClassBuilder, Interpreter, NativeClass};
///
/// struct Counter { n: i64 }
///
/// impl NativeClass for Counter {
///     const NAME: &'static str = "Counter";
///     fn define(class: &mut ClassBuilder<Self>) {
///         class
///             .constructor(|_, (start,): (Option<i64>,)| Ok(Counter { n: start.unwrap_or(0) }))
///             .method("incr", |_, this, (by,): (i64,)| { this.n += by; Ok(this.n) })
///             .getter("value", |_, this| Ok(this.n))
///             .method("__repr__", |_, this, ()| Ok(format!("Counter({})", this.n)));
///     }
/// }
///
/// let mut py = Interpreter::new().unwrap();
/// py.register_class::<Counter>().unwrap();
/// py.exec("c = Counter(10)\nc.incr(5)\nr = repr(c)").unwrap();
/// assert_eq!(py.get_global::<String>("r").unwrap(), "Counter(15)");
/// // The host reaches the same Rust value.
/// let c: aspic::Native<Counter> = py.get_global("c").unwrap();
/// assert_eq!(c.borrow().n, 15);
/// ```
pub trait NativeClass: Sized + 'static {
    /// The class name scripts see.
    const NAME: &'static str;
    /// Declares the constructor, methods and properties.
    fn define(class: &mut ClassBuilder<Self>);
}

/// Collects the members of a [`NativeClass`] (see there for an example).
pub struct ClassBuilder<T> {
    members: Vec<(String, Member)>,
    _t: PhantomData<T>,
}

enum Member {
    Method(HostFn),
    Getter(HostFn),
    Setter(HostFn),
    Constructor(HostFn),
}

fn self_error(name: &str, cls: &str, got: &Raw) -> Error {
    Error::new(
        "TypeError",
        format!(
            "descriptor '{name}' for '{cls}' objects doesn't apply to a '{}' object",
            super::value::raw_type_name(got)
        ),
    )
}

/// Runs `f` on the `T` inside `obj` (mutably borrowed for the call).
fn with_this<T: 'static, R>(obj: &Raw, name: &str, cls: &str, f: impl FnOnce(&mut T) -> R) -> Result<R, Error> {
    let Raw::Object(o) = obj else {
        return Err(self_error(name, cls, obj));
    };
    let Ok(mut data) = o.data.try_borrow_mut() else {
        return Err(Error::new("RuntimeError", format!("{cls} object is already in use")));
    };
    match data.downcast_mut::<T>() {
        Some(t) => Ok(f(t)),
        None => Err(self_error(name, cls, obj)),
    }
}

impl<T: NativeClass> ClassBuilder<T> {
    /// `Class(args)`: builds the Rust value. Without a constructor, scripts cannot create
    /// instances (the host does, with [`Interpreter::wrap`]).
    pub fn constructor<A, F>(&mut self, f: F) -> &mut Self
    where
        A: FromArgs,
        F: Fn(&mut Interpreter, A) -> Result<T, Error> + 'static,
    {
        let host: HostFn = Rc::new(move |vm, args, kwargs| {
            let py = Interpreter::from_vm(vm);
            // args[0] is the class (`__new__`).
            let cls = match args.first() {
                Some(Raw::Class(c)) => c.clone(),
                _ => return Err(py.raise(Error::new("TypeError", format!("{}.__new__(): not a type", T::NAME)))),
            };
            let r = A::from_args(py, T::NAME, &args[1..], kwargs).and_then(|a| f(py, a));
            match r {
                Ok(t) => Ok(Raw::Object(Rc::new(NativeObject {
                    class: cls,
                    data: RefCell::new(Box::new(t)),
                }))),
                Err(e) => Err(py.raise(e)),
            }
        });
        self.members.push(("__new__".to_string(), Member::Constructor(host)));
        self
    }

    /// A method: `obj.name(args)`. Dunder names (`__repr__`, `__len__`, `__add__`,
    /// `__getitem__`, `__call__`...) give the object Python's protocols.
    pub fn method<A, R, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        A: FromArgs,
        R: IntoValue,
        F: Fn(&mut Interpreter, &mut T, A) -> Result<R, Error> + 'static,
    {
        let mname = name.to_string();
        let host: HostFn = Rc::new(move |vm, args, kwargs| {
            let py = Interpreter::from_vm(vm);
            let Some(this) = args.first() else {
                return Err(py.raise(Error::new(
                    "TypeError",
                    format!("unbound method {}.{mname}() needs an argument", T::NAME),
                )));
            };
            // The object's data lives in a RefCell of its own, so the method gets both it
            // and the interpreter; a re-entrant call on the same object finds it borrowed.
            let r = match A::from_args(py, &mname, &args[1..], kwargs) {
                Ok(a) => with_this::<T, _>(this, &mname, T::NAME, |t| f(py, t, a)).and_then(|r| r),
                Err(e) => Err(e),
            };
            match r.and_then(|r| r.into_value(py)) {
                Ok(v) => Ok(v.0),
                Err(e) => Err(py.raise(e)),
            }
        });
        self.members.push((name.to_string(), Member::Method(host)));
        self
    }

    /// A read-only property (or the getter of a read-write one, with [`Self::setter`]).
    pub fn getter<R, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        R: IntoValue,
        F: Fn(&mut Interpreter, &T) -> Result<R, Error> + 'static,
    {
        let pname = name.to_string();
        let host: HostFn = Rc::new(move |vm, args, _| {
            let py = Interpreter::from_vm(vm);
            let this = args.first().cloned().unwrap_or_default();
            let r = with_this::<T, _>(&this, &pname, T::NAME, |t| f(py, t)).and_then(|r| r);
            match r.and_then(|r| r.into_value(py)) {
                Ok(v) => Ok(v.0),
                Err(e) => Err(py.raise(e)),
            }
        });
        self.members.push((name.to_string(), Member::Getter(host)));
        self
    }

    /// The setter of a property declared with [`Self::getter`].
    pub fn setter<V, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        V: FromValue,
        F: Fn(&mut Interpreter, &mut T, V) -> Result<(), Error> + 'static,
    {
        let pname = name.to_string();
        let host: HostFn = Rc::new(move |vm, args, _| {
            let py = Interpreter::from_vm(vm);
            let this = args.first().cloned().unwrap_or_default();
            let value = args.get(1).cloned().unwrap_or_default();
            let r = match V::from_value(Value(value), py) {
                Ok(v) => with_this::<T, _>(&this, &pname, T::NAME, |t| f(py, t, v)).and_then(|r| r),
                Err(e) => Err(e),
            };
            match r {
                Ok(()) => Ok(Raw::None),
                Err(e) => Err(py.raise(e)),
            }
        });
        self.members.push((name.to_string(), Member::Setter(host)));
        self
    }
}

fn host_native(name: &str, owner: &'static str, host: HostFn) -> Raw {
    Raw::Native(Rc::new(NativeFunction {
        name: Box::leak(name.to_string().into_boxed_str()),
        func: |vm, _, _| Err(vm.runtime_error("host function without a body")),
        owner: Some(owner),
        special: Special::None,
        host: Some(host),
    }))
}

/// Builds the Python class for `T`.
pub(crate) fn build_class<T: NativeClass>(py: &mut Interpreter) -> Rc<Class> {
    let mut b = ClassBuilder::<T> {
        members: Vec::new(),
        _t: PhantomData,
    };
    T::define(&mut b);
    let vm = py.vm_mut();
    let cls = crate::vm::types::new_class(T::NAME, vec![vm.types.object.clone()], Layout::Object, None);
    let owner = crate::vm::types::static_name(&cls);
    let mut getters: Vec<(String, Raw)> = Vec::new();
    let mut setters: Vec<(String, Raw)> = Vec::new();
    {
        let mut d = cls.dict.borrow_mut();
        d.set_str("__module__", Raw::str("builtins"));
        for (name, m) in b.members {
            match m {
                Member::Method(h) => d.set_str(&name, host_native(&name, owner, h)),
                Member::Constructor(h) => d.set_str(&name, Raw::StaticMethod(Rc::new(host_native(&name, owner, h)))),
                Member::Getter(h) => getters.push((name.clone(), host_native(&name, owner, h))),
                Member::Setter(h) => setters.push((name.clone(), host_native(&name, owner, h))),
            }
        }
        for (name, fget) in getters {
            let fset = setters
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, f)| f.clone())
                .unwrap_or(Raw::None);
            d.set_str(
                &name,
                Raw::Property(Rc::new(Property {
                    fget,
                    fset,
                    fdel: Raw::None,
                    doc: Raw::None,
                })),
            );
        }
    }
    if cls.dict.borrow().get_by_str("__new__").is_none() {
        let name = T::NAME;
        let refuse: HostFn = Rc::new(move |vm, _, _| Err(vm.type_error(format!("cannot create '{name}' instances"))));
        cls.dict
            .borrow_mut()
            .set_str("__new__", Raw::StaticMethod(Rc::new(host_native("__new__", owner, refuse))));
    }
    cls
}

/// A typed handle on a script-visible object of a [`NativeClass`]: converts from a
/// Python value of that class, and borrows the Rust value inside.
pub struct Native<T> {
    obj: Rc<NativeObject>,
    _t: PhantomData<T>,
}

impl<T> Clone for Native<T> {
    fn clone(&self) -> Self {
        Native {
            obj: self.obj.clone(),
            _t: PhantomData,
        }
    }
}

impl<T: NativeClass> Native<T> {
    /// Borrows the Rust value (panics if a method of the object is running and holds it
    /// mutably; use [`Self::try_borrow`] where that can happen).
    pub fn borrow(&self) -> Ref<'_, T> {
        self.try_borrow().expect("native object is mutably borrowed")
    }

    /// Borrows the Rust value mutably (panics if it is borrowed; see
    /// [`Self::try_borrow_mut`]).
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        self.try_borrow_mut().expect("native object is already borrowed")
    }

    /// Borrows the Rust value, or None while it is mutably borrowed.
    pub fn try_borrow(&self) -> Option<Ref<'_, T>> {
        let r = self.obj.data.try_borrow().ok()?;
        Ref::filter_map(r, |b: &Box<dyn Any>| b.downcast_ref::<T>()).ok()
    }

    /// Borrows the Rust value mutably, or None while it is borrowed.
    pub fn try_borrow_mut(&self) -> Option<RefMut<'_, T>> {
        let r = self.obj.data.try_borrow_mut().ok()?;
        RefMut::filter_map(r, |b: &mut Box<dyn Any>| b.downcast_mut::<T>()).ok()
    }

    /// The Python object.
    pub fn value(&self) -> Value {
        Value(Raw::Object(self.obj.clone()))
    }
}

impl<T: NativeClass> FromValue for Native<T> {
    fn from_value(value: Value, py: &mut Interpreter) -> Result<Self, Error> {
        if let Raw::Object(o) = &value.0
            && o.data.try_borrow().map(|d| d.is::<T>()).unwrap_or(true)
            && o.class.name.as_str() == T::NAME
        {
            return Ok(Native {
                obj: o.clone(),
                _t: PhantomData,
            });
        }
        Err(Error::conversion(T::NAME, &py.type_name_of(&value.0)))
    }
}

impl<T> IntoValue for Native<T> {
    fn into_value(self, _: &mut Interpreter) -> Result<Value, Error> {
        Ok(Value(Raw::Object(self.obj)))
    }
}

impl Interpreter {
    /// Makes `T` a Python class: a global (builtin) named `T::NAME`, visible in every
    /// module. Returns the class. Registering twice returns the same class.
    pub fn register_class<T: NativeClass>(&mut self) -> Result<Value, Error> {
        let cls = self.class_for::<T>();
        let v = Raw::Class(cls);
        self.vm_mut().set_builtin(T::NAME, v.clone());
        Ok(Value(v))
    }

    /// The class of `T`, built on first use (without making it a global).
    pub fn class_for<T: NativeClass>(&mut self) -> Rc<Class> {
        if let Some(c) = self.vm_mut().host_classes.get(&TypeId::of::<T>()) {
            return c.clone();
        }
        let cls = build_class::<T>(self);
        self.vm_mut().host_classes.insert(TypeId::of::<T>(), cls.clone());
        cls
    }

    /// Puts a Rust value into a Python object of its [`NativeClass`].
    pub fn wrap<T: NativeClass>(&mut self, value: T) -> Native<T> {
        let cls = self.class_for::<T>();
        Native {
            obj: Rc::new(NativeObject {
                class: cls,
                data: RefCell::new(Box::new(value)),
            }),
            _t: PhantomData,
        }
    }
}
