//! Attribute access: the descriptor protocol, instance and class dictionaries, modules, and
//! the data attributes of built-in objects.

use std::rc::Rc;

use super::object::*;
use super::value::{PyStr, Value};
use super::{PyResult, Vm};

impl Vm {
    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = super::intern::intern(name);
        self.get_attr(obj, &n)
    }

    /// getattr that returns None instead of raising AttributeError.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let n = super::intern::intern(name);
        match self.get_attr(obj, &n) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(&self.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A special method looked up on the type (for `with`, etc.), bound to `obj`.
    pub fn special_method(&mut self, obj: &Value, name: &str, _protocol: &str) -> PyResult<Value> {
        let cls = self.class_of(obj);
        match cls.lookup(&super::intern::intern(name)) {
            Some(f) => Ok(self.bind(&f, obj, &cls)),
            None => {
                let what = if name.starts_with("__a") {
                    "asynchronous context manager"
                } else {
                    "context manager"
                };
                let missing = if name == "__enter__" || name == "__aenter__" {
                    ""
                } else {
                    " but not the __exit__ method"
                };
                let _ = missing;
                if name == "__exit__" || name == "__aexit__" {
                    Err(self.type_error(format!(
                        "'{}' object does not support the {} protocol (missed {} method)",
                        cls.name(),
                        what,
                        name
                    )))
                } else {
                    Err(self.type_error(format!("'{}' object does not support the {} protocol", cls.name(), what)))
                }
            }
        }
    }

    /// Binds a class attribute to an instance as attribute access would.
    pub fn bind(&mut self, attr: &Value, obj: &Value, cls: &Rc<Class>) -> Value {
        match attr {
            Value::Function(_) | Value::Native(_) => Value::BoundMethod(Rc::new(BoundMethod {
                self_: obj.clone(),
                func: attr.clone(),
            })),
            Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                self_: Value::Class(cls.clone()),
                func: (**f).clone(),
            })),
            Value::StaticMethod(f) => (**f).clone(),
            _ => attr.clone(),
        }
    }

    /// For LOAD_METHOD: the plain function to call with `obj` as first argument, when
    /// attribute lookup would produce a bound method.
    pub fn lookup_method(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.flags.get() & CF_FLAGS_VALID == 0 {
                    compute_flags(&cls);
                }
                if cls.flags.get() & CF_GETATTRIBUTE != 0 {
                    return Ok(None);
                }
                match cls.lookup(name) {
                    Some(f @ (Value::Function(_) | Value::Native(_))) => {
                        if inst.has_attr(name) {
                            return Ok(None);
                        }
                        Ok(Some(f))
                    }
                    _ => Ok(None),
                }
            }
            Value::Module(_) | Value::Class(_) | Value::Super(_) => Ok(None),
            // Native objects find methods on their class before any per-object attribute
            // (see `get_attr`), so the plain function can be called with the object.
            Value::Object(o) => match o.class.lookup(name) {
                Some(f @ (Value::Function(_) | Value::Native(_))) => Ok(Some(f)),
                _ => Ok(None),
            },
            _ => {
                let cls = self.class_of(obj);
                match cls.lookup(name) {
                    Some(f @ Value::Native(_)) => Ok(Some(f)),
                    _ => Ok(None),
                }
            }
        }
    }

    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.flags.get() & CF_FLAGS_VALID == 0 {
                    compute_flags(&cls);
                }
                if cls.flags.get() & CF_GETATTRIBUTE != 0 {
                    let ga = cls.lookup_str("__getattribute__").unwrap_or(Value::None);
                    let r = self.call(&ga, &[obj.clone(), Value::Str(name.clone())]);
                    return match r {
                        Err(e) if e.is(&self.types.attribute_error) && cls.flags.get() & CF_GETATTR != 0 => {
                            let g = cls.lookup_str("__getattr__").unwrap_or(Value::None);
                            self.call(&g, &[obj.clone(), Value::Str(name.clone())])
                        }
                        r => r,
                    };
                }
                match self.generic_getattr(obj, inst, &cls, name)? {
                    Some(v) => Ok(v),
                    None => {
                        if cls.flags.get() & CF_GETATTR != 0 {
                            let g = cls.lookup_str("__getattr__").unwrap_or(Value::None);
                            return self.call(&g, &[obj.clone(), Value::Str(name.clone())]);
                        }
                        Err(self.no_attr(obj, name))
                    }
                }
            }
            Value::Class(c) => self.class_getattr(c, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.d.borrow().get_str(name) {
                    return Ok(v.clone());
                }
                if name.as_str() == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                // Not borrowed while it runs: `__getattr__` may set globals or import.
                let ga = m.dict.d.borrow().get_by_str("__getattr__").cloned();
                if let Some(ga) = ga {
                    return self.call(&ga, &[Value::Str(name.clone())]);
                }
                Err(self.attribute_error(format!("module '{}' has no attribute '{}'", m.name.as_str(), name.as_str())))
            }
            Value::Super(s) => self.super_getattr(s, name),
            _ => {
                if let Some(v) = self.builtin_data_attr(obj, name.as_str())? {
                    return Ok(v);
                }
                let cls = self.class_of(obj);
                match cls.lookup(name) {
                    Some(Value::Property(p)) => {
                        let g = p.fget.clone();
                        self.call(&g, &[obj.clone()])
                    }
                    Some(a) => Ok(self.bind(&a, obj, &cls)),
                    None => {
                        // Native objects with per-instance attributes (`_asyncio.Future`)
                        // provide them through a native `__getattr__`.
                        if matches!(obj, Value::Object(_))
                            && let Some(g) = cls.lookup_str("__getattr__")
                        {
                            return self.call(&g, &[obj.clone(), Value::Str(name.clone())]);
                        }
                        Err(self.no_attr(obj, name))
                    }
                }
            }
        }
    }

    fn no_attr(&self, obj: &Value, name: &PyStr) -> super::PyErr {
        self.attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), name.as_str()))
    }

    fn generic_getattr(&mut self, obj: &Value, inst: &Rc<Instance>, cls: &Rc<Class>, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let descr = cls.lookup(name);
        if let Some(d) = &descr {
            match d {
                Value::Property(p) => {
                    if p.fget.is_none() {
                        return Err(self.attribute_error(format!("property '{}' of '{}' object has no getter", name.as_str(), cls.name())));
                    }
                    let g = p.fget.clone();
                    return self.call(&g, &[obj.clone()]).map(Some);
                }
                Value::Instance(_) | Value::Object(_) => {
                    let dc = self.class_of(d);
                    if (dc.lookup_str("__set__").is_some() || dc.lookup_str("__delete__").is_some())
                        && let Some(get) = dc.lookup_str("__get__")
                    {
                        return self.call(&get, &[d.clone(), obj.clone(), Value::Class(cls.clone())]).map(Some);
                    }
                }
                _ => {}
            }
        }
        if let Some(v) = inst.get_attr(name) {
            return Ok(Some(v));
        }
        match name.as_str() {
            "__dict__" => {
                if cls.flags.get() & CF_FLAGS_VALID == 0 {
                    compute_flags(cls);
                }
                if cls.flags.get() & CF_SLOTS == 0 {
                    return Ok(Some(Value::Dict(inst.dict())));
                }
            }
            "__class__" => return Ok(Some(Value::Class(cls.clone()))),
            _ => {}
        }
        if let Some(d) = descr {
            return Ok(Some(match &d {
                Value::Instance(_) | Value::Object(_) => {
                    let dc = self.class_of(&d);
                    match dc.lookup_str("__get__") {
                        Some(get) => self.call(&get, &[d.clone(), obj.clone(), Value::Class(cls.clone())])?,
                        None => d,
                    }
                }
                _ => self.bind(&d, obj, cls),
            }));
        }
        if inst.exc.is_some()
            && let Some(v) = self.exception_attr(inst, name.as_str())?
        {
            return Ok(Some(v));
        }
        let base = inst.base.borrow().clone();
        if !base.is_null()
            && let Some(v) = self.builtin_data_attr(&base, name.as_str())?
        {
            return Ok(Some(v));
        }
        Ok(None)
    }

    pub fn class_getattr(&mut self, c: &Rc<Class>, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = c.lookup(name) {
            return Ok(match v {
                Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                    self_: Value::Class(c.clone()),
                    func: (*f).clone(),
                })),
                Value::StaticMethod(f) => (*f).clone(),
                Value::Instance(_) => {
                    let dc = self.class_of(&v);
                    match dc.lookup_str("__get__") {
                        Some(get) => self.call(&get, &[v.clone(), Value::None, Value::Class(c.clone())])?,
                        None => v,
                    }
                }
                other => other,
            });
        }
        Ok(match name.as_str() {
            "__name__" => Value::Str(c.name.clone()),
            "__qualname__" => Value::Str(c.qualname.borrow().clone()),
            "__mro__" => Value::tuple(c.mro().into_iter().map(Value::Class).collect()),
            "__bases__" => {
                if c.bases.is_empty() && c.builtin != Some(BuiltinType::Object) {
                    Value::tuple(vec![Value::Class(self.types.object.clone())])
                } else {
                    Value::tuple(c.bases.iter().cloned().map(Value::Class).collect())
                }
            }
            "__base__" => c.bases.first().cloned().map(Value::Class).unwrap_or(Value::None),
            "__dict__" => Value::dict(c.dict.borrow().clone()),
            "__module__" => Value::str("builtins"),
            "__doc__" => Value::None,
            "__class__" => Value::Class(self.class_of(&Value::Class(c.clone()))),
            "mro" => {
                let f = self.new_native("mro", |vm, args, _| match args.first() {
                    Some(Value::Class(c)) => Ok(Value::list(c.mro().into_iter().map(Value::Class).collect())),
                    _ => Err(vm.type_error("mro() needs a class")),
                });
                Value::BoundMethod(Rc::new(BoundMethod {
                    self_: Value::Class(c.clone()),
                    func: f,
                }))
            }
            _ => {
                // Metaclass attributes.
                if let Some(meta) = c.metaclass.borrow().clone()
                    && let Some(v) = meta.lookup(name)
                {
                    // A metaclass property (enum's `Color.__members__`) runs its getter.
                    if let Value::Property(p) = &v {
                        let g = p.fget.clone();
                        if g.is_none() {
                            return Err(self.attribute_error(format!(
                                "property '{}' of '{}' object has no getter",
                                name.as_str(),
                                meta.name()
                            )));
                        }
                        return self.call(&g, &[Value::Class(c.clone())]);
                    }
                    return Ok(self.bind(&v, &Value::Class(c.clone()), &meta));
                }
                if let Some(v) = self.types.type_.lookup(name) {
                    return Ok(self.bind(&v, &Value::Class(c.clone()), &self.types.type_.clone()));
                }
                return Err(self.attribute_error(format!("type object '{}' has no attribute '{}'", c.name(), name.as_str())));
            }
        })
    }

    /// For LOAD_METHOD on `super()`: the plain function `super().name` binds to the
    /// instance, to be called with the instance as first argument.
    pub fn super_method(&self, s: &SuperObj, name: &PyStr) -> Option<Value> {
        if matches!(s.obj, Value::Class(_)) || name.as_str() == "__new__" {
            return None;
        }
        match super_find(s, name) {
            Some(v @ Value::Function(_)) => Some(v),
            _ => None,
        }
    }

    fn super_getattr(&mut self, s: &Rc<SuperObj>, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = super_find(s, name) {
            return Ok(match v {
                Value::Native(n) if n.name == "__new__" => Value::Native(n),
                Value::Function(_) | Value::Native(_) => {
                    // `__new__` is a static method: never bound.
                    if name.as_str() == "__new__" || (matches!(s.obj, Value::Class(_)) && !matches!(v, Value::Native(_))) {
                        v
                    } else {
                        Value::BoundMethod(Rc::new(BoundMethod {
                            self_: s.obj.clone(),
                            func: v,
                        }))
                    }
                }
                Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                    self_: Value::Class(s.obj_type.clone()),
                    func: (*f).clone(),
                })),
                Value::StaticMethod(f) => (*f).clone(),
                Value::Property(p) => {
                    let g = p.fget.clone();
                    self.call(&g, &[s.obj.clone()])?
                }
                other => other,
            });
        }
        if name.as_str() == "__class__" {
            return Ok(Value::Class(self.types.super_.clone()));
        }
        Err(self.attribute_error(format!("'super' object has no attribute '{}'", name.as_str())))
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.flags.get() & CF_FLAGS_VALID == 0 {
                    compute_flags(&cls);
                }
                if cls.flags.get() & CF_SETATTR != 0 {
                    let sa = cls.lookup_str("__setattr__").unwrap_or(Value::None);
                    self.call(&sa, &[obj.clone(), Value::Str(name.clone()), v])?;
                    return Ok(());
                }
                if Rc::ptr_eq(&cls, &self.types.object) {
                    // Plain `object()` instances have no `__dict__`.
                    return Err(self.attribute_error(format!("'object' object has no attribute '{}'", name.as_str())));
                }
                self.generic_setattr(obj, inst, &cls, name, v)
            }
            Value::Class(c) => {
                // The qualname is the class's own, not a dict entry subclasses inherit.
                if name.as_str() == "__qualname__" {
                    return match v {
                        Value::Str(s) => {
                            *c.qualname.borrow_mut() = s;
                            Ok(())
                        }
                        other => Err(self.type_error(format!(
                            "can only assign string to {}.__qualname__, not '{}'",
                            c.name(),
                            self.type_name(&other)
                        ))),
                    };
                }
                c.dict.borrow_mut().set_pystr(name.clone(), v);
                c.touch();
                Ok(())
            }
            Value::Module(m) => {
                m.dict.d.borrow_mut().set_pystr(name.clone(), v);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = v {
                            *f.name.borrow_mut() = s;
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = v {
                            *f.qualname.borrow_mut() = s;
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = v,
                    "__module__" => *f.module.borrow_mut() = v,
                    "__annotations__" => *f.annotations.borrow_mut() = v,
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match v {
                            Value::Tuple(t) => (*t).clone(),
                            _ => vec![],
                        }
                    }
                    _ => {
                        let mut d = f.dict.borrow_mut();
                        let dict = d.get_or_insert_with(|| DictObj::new_rc(super::dict::Dict::new()));
                        dict.d.borrow_mut().set_pystr(name.clone(), v);
                    }
                }
                Ok(())
            }
            Value::Object(o) => {
                let prop = o.class.lookup(name);
                if let Some(Value::Property(p)) = &prop
                    && !p.fset.is_none()
                {
                    let s = p.fset.clone();
                    self.call(&s, &[obj.clone(), v])?;
                    return Ok(());
                }
                let read_only = matches!(prop, Some(Value::Property(_)));
                // Native classes that accept attribute assignment define `__setattr__`.
                let sa = o.class.lookup_str("__setattr__");
                match sa {
                    Some(Value::Native(nf)) if nf.owner != Some("object") => {
                        self.call(&Value::Native(nf), &[obj.clone(), Value::Str(name.clone()), v])?;
                        Ok(())
                    }
                    Some(f @ Value::Function(_)) => {
                        self.call(&f, &[obj.clone(), Value::Str(name.clone()), v])?;
                        Ok(())
                    }
                    // A getter without a setter on a native type: CPython's getset wording.
                    _ if read_only => {
                        let module = o.class.dict.borrow().get_by_str("__module__").cloned();
                        let tname = match module.as_ref().and_then(|m| m.as_str()) {
                            Some(m) if m != "builtins" => format!("{m}.{}", o.class.name()),
                            _ => o.class.name().to_string(),
                        };
                        Err(self.attribute_error(format!("attribute '{}' of '{tname}' objects is not writable", name.as_str())))
                    }
                    _ => Err(self.attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), name.as_str()))),
                }
            }
            _ => Err(self.attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), name.as_str()))),
        }
    }

    pub fn generic_setattr(&mut self, obj: &Value, inst: &Rc<Instance>, cls: &Rc<Class>, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        if let Some(d) = cls.lookup(name) {
            match &d {
                Value::Property(p) => {
                    if p.fset.is_none() {
                        return Err(self.attribute_error(format!("property '{}' of '{}' object has no setter", name.as_str(), cls.name())));
                    }
                    let s = p.fset.clone();
                    self.call(&s, &[obj.clone(), v])?;
                    return Ok(());
                }
                Value::Instance(_) | Value::Object(_) => {
                    let dc = self.class_of(&d);
                    if let Some(set) = dc.lookup_str("__set__") {
                        self.call(&set, &[d.clone(), obj.clone(), v])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Some(exc) = &inst.exc {
            let mut ed = exc.borrow_mut();
            match name.as_str() {
                "__cause__" => {
                    ed.cause = v;
                    ed.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    ed.context = v;
                    return Ok(());
                }
                "__suppress_context__" => {
                    ed.suppress_context = matches!(v, Value::Bool(true));
                    return Ok(());
                }
                "args" => {
                    ed.args = match v {
                        Value::Tuple(_) => v,
                        other => {
                            drop(ed);
                            let items = self.iterate(&other)?;
                            exc.borrow_mut().args = Value::tuple(items);
                            return Ok(());
                        }
                    };
                    return Ok(());
                }
                "__traceback__" => return Ok(()),
                _ => {}
            }
        }
        if name.as_str() == "__class__" {
            if let Value::Class(c) = v {
                *inst.class.borrow_mut() = c;
                return Ok(());
            }
            return Err(self.type_error("__class__ must be set to a class"));
        }
        if cls.flags.get() & CF_FLAGS_VALID == 0 {
            compute_flags(cls);
        }
        if name.as_str() == "__dict__" && cls.flags.get() & CF_SLOTS == 0 {
            return match v {
                Value::Dict(d) => {
                    inst.set_dict(d);
                    Ok(())
                }
                other => Err(self.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", self.type_name(&other)))),
            };
        }
        if cls.flags.get() & CF_SLOTS != 0 && !slot_names(cls).iter().any(|n| n == name.as_str()) {
            return Err(self.attribute_error(format!("'{}' object has no attribute '{}'", cls.name(), name.as_str())));
        }
        inst.set_attr(name.clone(), v);
        Ok(())
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = cls.lookup_str("__delattr__")
                    && matches!(f, Value::Function(_))
                {
                    self.call(&f, &[obj.clone(), Value::Str(name.clone())])?;
                    return Ok(());
                }
                // A data descriptor's __delete__ (a class-level descriptor object).
                if let Some(d @ Value::Instance(_)) = cls.lookup(name) {
                    let dc = self.class_of(&d);
                    if let Some(del) = dc.lookup_str("__delete__") {
                        self.call(&del, &[d.clone(), obj.clone()])?;
                        return Ok(());
                    }
                }
                if let Some(Value::Property(p)) = cls.lookup(name) {
                    if p.fdel.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no deleter",
                            name.as_str(),
                            cls.name()
                        )));
                    }
                    let d = p.fdel.clone();
                    self.call(&d, &[obj.clone()])?;
                    return Ok(());
                }
                if inst.remove_attr(name).is_none() {
                    return Err(self.no_attr(obj, name));
                }
                Ok(())
            }
            Value::Class(c) => {
                if c.dict.borrow_mut().remove_str(name).is_none() {
                    return Err(self.attribute_error(format!("type object '{}' has no attribute '{}'", c.name(), name.as_str())));
                }
                c.touch();
                Ok(())
            }
            Value::Module(m) => {
                if m.dict.d.borrow_mut().remove_str(name).is_none() {
                    return Err(self.attribute_error(format!("module '{}' has no attribute '{}'", m.name.as_str(), name.as_str())));
                }
                Ok(())
            }
            _ => Err(self.no_attr(obj, name)),
        }
    }

    /// Data attributes of built-in objects (`f.__name__`, `g.gi_running`, ...).
    pub fn builtin_data_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match (obj, name) {
            (_, "__class__") => Value::Class(self.class_of(obj)),
            (Value::Function(f), _) => match name {
                "__name__" => Value::Str(f.name.borrow().clone()),
                "__qualname__" => Value::Str(f.qualname.borrow().clone()),
                "__doc__" => f.doc.borrow().clone(),
                "__module__" => f.module.borrow().clone(),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    if d.is_empty() { Value::None } else { Value::tuple(d.clone()) }
                }
                "__kwdefaults__" => f.kwdefaults.borrow().clone().map(Value::Dict).unwrap_or(Value::None),
                "__code__" => Value::Code(f.code.clone()),
                "__globals__" => Value::Dict(f.globals.clone()),
                "__closure__" => {
                    if f.closure.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.closure.iter().cloned().map(Value::Cell).collect())
                    }
                }
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    Value::Dict(d.get_or_insert_with(|| DictObj::new_rc(super::dict::Dict::new())).clone())
                }
                "__annotations__" => {
                    let mut a = f.annotations.borrow_mut();
                    if a.is_none() {
                        *a = Value::dict(super::dict::Dict::new());
                    }
                    a.clone()
                }
                _ => {
                    let d = f.dict.borrow();
                    match d.as_ref().and_then(|d| d.d.borrow().get_by_str(name).cloned()) {
                        Some(v) => v,
                        None => return Ok(None),
                    }
                }
            },
            (Value::Native(n), "__name__") => Value::str(n.name),
            (Value::Native(n), "__qualname__") => match n.owner {
                Some(o) => Value::string(format!("{o}.{}", n.name)),
                None => Value::str(n.name),
            },
            (Value::Native(_), "__doc__") => Value::None,
            (Value::Native(_), "__module__") => Value::str("builtins"),
            (Value::BoundMethod(m), "__self__") => m.self_.clone(),
            (Value::BoundMethod(m), "__func__") => m.func.clone(),
            (Value::BoundMethod(m), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
                return self.get_attr_opt(&m.func.clone(), name);
            }
            (Value::Code(c), _) => match name {
                "co_name" => Value::Str(c.name.clone()),
                "co_qualname" => Value::Str(c.qualname.clone()),
                "co_filename" => Value::str(&c.filename),
                "co_firstlineno" => Value::Int(c.firstlineno as i64),
                "co_argcount" => Value::Int(c.argcount as i64),
                "co_varnames" => Value::tuple(c.varnames.iter().cloned().map(Value::Str).collect()),
                "co_flags" => Value::Int(cpython_code_flags(c) as i64),
                _ => return Ok(None),
            },
            (Value::Generator(g), _) => match name {
                "gi_running" | "cr_running" => Value::Bool(g.running.get()),
                "gi_frame" | "cr_frame" | "ag_frame" => {
                    if g.finished.get() {
                        Value::None
                    } else {
                        let g = g.clone();
                        self.generator_frame_snapshot(&g)
                    }
                }
                "gi_code" | "cr_code" | "ag_code" => Value::Code(g.code.clone()),
                "gi_yieldfrom" | "cr_await" | "ag_await" => match g.delegate.borrow().clone() {
                    Some(d) => Value::Generator(d),
                    // Suspended in `await` on another awaitable: the object awaited.
                    None => match g.frame.borrow().as_ref() {
                        Some(fr) if fr.started && matches!(fr.code.instrs.get(fr.ip), Some(crate::compile::Instr::YieldFrom)) => {
                            fr.stack.last().cloned().unwrap_or(Value::None)
                        }
                        _ => Value::None,
                    },
                },
                "cr_origin" if g.kind == GenKind::Coroutine => Value::None,
                "ag_running" => Value::Bool(g.ag.running_async.get()),
                "gi_suspended" | "cr_suspended" => {
                    Value::Bool(!g.running.get() && !g.finished.get() && g.frame.borrow().as_ref().map(|f| f.started).unwrap_or(false))
                }
                "__name__" => Value::Str(g.name.borrow().clone()),
                "__qualname__" => Value::Str(g.qualname.borrow().clone()),
                _ => return Ok(None),
            },
            (Value::Slice(s), "start") => s.start.clone(),
            (Value::Slice(s), "stop") => s.stop.clone(),
            (Value::Slice(s), "step") => s.step.clone(),
            (Value::Range(r), "start") => Value::from_i128(r.start),
            (Value::Range(r), "stop") => Value::from_i128(r.stop),
            (Value::Range(r), "step") => Value::from_i128(r.step),
            (Value::Property(p), "fget") => p.fget.clone(),
            (Value::Property(p), "fset") => p.fset.clone(),
            (Value::Property(p), "fdel") => p.fdel.clone(),
            (Value::Property(p), "__doc__") => {
                if p.doc.is_none() && !p.fget.is_none() {
                    let fget = p.fget.clone();
                    return self.get_attr_str(&fget, "__doc__").map(Some);
                }
                p.doc.clone()
            }
            (Value::StaticMethod(f) | Value::ClassMethod(f), "__func__") => (**f).clone(),
            (Value::Cell(c), "cell_contents") => c.v.borrow().clone(),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => obj.clone(),
            },
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Value::Int(0),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Value::Int(1),
            (Value::Float(f), "real") => Value::Float(*f),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::Module(m), "__dict__") => Value::Dict(m.dict.clone()),
            _ => return Ok(None),
        }))
    }

    fn exception_attr(&mut self, inst: &Rc<Instance>, name: &str) -> PyResult<Option<Value>> {
        let Some(exc) = &inst.exc else {
            return Ok(None);
        };
        let ed = exc.borrow();
        Ok(Some(match name {
            "args" => ed.args.clone(),
            "__cause__" => ed.cause.clone(),
            "__context__" => ed.context.clone(),
            "__suppress_context__" => Value::Bool(ed.suppress_context),
            "__traceback__" => {
                if ed.traceback.is_empty() {
                    Value::None
                } else {
                    Value::str("<traceback>")
                }
            }
            "value" if inst.class().is_subclass(&self.types.stop_iteration) => match &ed.args {
                Value::Tuple(t) => t.first().cloned().unwrap_or(Value::None),
                _ => Value::None,
            },
            "code" if inst.class().is_subclass(&self.types.system_exit) => match &ed.args {
                Value::Tuple(t) if t.len() == 1 => t[0].clone(),
                Value::Tuple(t) if t.is_empty() => Value::None,
                a => a.clone(),
            },
            "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset" | "print_file_and_line"
                if inst.class().is_subclass(&self.types.syntax_error) =>
            {
                // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
                let details = match &ed.args {
                    Value::Tuple(t) if t.len() == 2 => match &t[1] {
                        Value::Tuple(d) if d.len() >= 4 => Some(d.clone()),
                        _ => None,
                    },
                    _ => None,
                };
                let field = |i: usize| details.as_ref().and_then(|d| d.get(i).cloned()).unwrap_or(Value::None);
                match (name, &ed.args) {
                    ("msg", Value::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
                    ("filename", _) => field(0),
                    ("lineno", _) => field(1),
                    ("offset", _) => field(2),
                    ("text", _) => field(3),
                    ("end_lineno", _) => field(4),
                    ("end_offset", _) => field(5),
                    _ => Value::None,
                }
            }
            "name" if inst.class().is_subclass(&self.types.import_error) || inst.class().is_subclass(&self.types.name_error) => Value::None,
            "errno" | "strerror" if inst.class().is_subclass(&self.types.os_error) => match (&ed.args, name) {
                (Value::Tuple(t), "errno") if t.len() >= 2 => t[0].clone(),
                (Value::Tuple(t), "strerror") if t.len() >= 2 => t[1].clone(),
                _ => Value::None,
            },
            "filename" | "filename2" if inst.class().is_subclass(&self.types.os_error) => Value::None,
            "add_note" | "with_traceback" => return Ok(None),
            _ => return Ok(None),
        }))
    }
}

/// Caches which attribute hooks a class (or its MRO) defines.
pub fn compute_flags(cls: &Rc<Class>) {
    let mut flags = CF_FLAGS_VALID;
    let user = |name: &str| -> bool {
        match cls.lookup_str(name) {
            Some(Value::Native(_)) | None => false,
            Some(_) => true,
        }
    };
    if user("__getattr__") {
        flags |= CF_GETATTR;
    }
    if user("__getattribute__") {
        flags |= CF_GETATTRIBUTE;
    }
    if user("__setattr__") {
        flags |= CF_SETATTR;
    }
    // Instances have no __dict__ when every class in the MRO but object has __slots__.
    let mro = cls.mro();
    if mro
        .iter()
        .all(|k| k.builtin == Some(BuiltinType::Object) || (k.builtin.is_none() && k.dict.borrow().get_by_str("__slots__").is_some()))
    {
        let has_dict = slot_names(cls).iter().any(|n| n == "__dict__");
        if !has_dict {
            flags |= CF_SLOTS;
        }
    }
    if user("__del__") {
        flags |= CF_DEL;
    }
    cls.flags.set(flags);
}

/// The names listed in `__slots__` across the MRO.
pub fn slot_names(cls: &Rc<Class>) -> Vec<String> {
    let mut out = vec![];
    for k in cls.mro() {
        let slots = k.dict.borrow().get_by_str("__slots__").cloned();
        match slots {
            Some(Value::Str(s)) => out.push(s.as_str().to_string()),
            Some(Value::Tuple(t)) => out.extend(t.iter().filter_map(|v| v.as_str().map(|s| s.to_string()))),
            Some(Value::List(l)) => out.extend(l.v.borrow().iter().filter_map(|v| v.as_str().map(|s| s.to_string()))),
            _ => {}
        }
    }
    out
}

thread_local! {
    static FRAME_CLASS: std::cell::RefCell<Option<Rc<Class>>> = const { std::cell::RefCell::new(None) };
}

pub(crate) fn reset_thread_state() {
    FRAME_CLASS.with(|c| c.borrow_mut().take());
}

impl Vm {
    /// The line a generator's frame is at: where it is suspended, the line running now if
    /// it is running (its frame is then on the VM's frame stack), or its `def` line if it
    /// has not started.
    fn generator_line(&self, g: &Rc<Generator>) -> u32 {
        if let Some(f) = g.frame.borrow().as_ref() {
            return if f.started { f.line() } else { g.code.firstlineno };
        }
        for f in self.frames.iter().rev() {
            if f.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, g)) {
                return f.line();
            }
        }
        g.code.firstlineno
    }

    /// `gi_frame` / `cr_frame`: a snapshot of the generator's frame (a `frame` object with
    /// f_code, f_lineno, f_globals and f_back = None).
    fn generator_frame_snapshot(&mut self, g: &Rc<Generator>) -> Value {
        let cls = FRAME_CLASS.with(|c| {
            c.borrow_mut()
                .get_or_insert_with(|| super::types::new_class("frame", vec![self.types.object.clone()], Layout::Object, None))
                .clone()
        });
        let inst = self.new_instance(&cls);
        if let Value::Instance(i) = &inst {
            let globals = g
                .frame
                .borrow()
                .as_ref()
                .map(|f| Value::Dict(f.globals.clone()))
                .unwrap_or(Value::None);
            i.set_attr_str("f_code", Value::Code(g.code.clone()));
            i.set_attr_str("f_lineno", Value::Int(self.generator_line(g) as i64));
            i.set_attr_str("f_globals", globals);
            i.set_attr_str("f_back", Value::None);
        }
        inst
    }
}

/// `co_flags` as CPython reports them. aspic's flag bits already have CPython's values;
/// aspic marks every function body CO_NESTED, which CPython reports as CO_OPTIMIZED |
/// CO_NEWLOCALS (fast locals) instead.
fn cpython_code_flags(c: &crate::compile::Code) -> u32 {
    let mut out = c.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE | CO_ASYNC_GENERATOR);
    if c.flags & CO_NESTED != 0 {
        out |= 0x03;
    }
    out
}

/// The value of `name` in the first class after `s.class` along the MRO of `s.obj_type`.
fn super_find(s: &SuperObj, name: &PyStr) -> Option<Value> {
    let rest = s.obj_type.mro_rest.borrow();
    let mut mro = std::iter::once(&s.obj_type).chain(rest.iter());
    mro.by_ref().find(|c| Rc::ptr_eq(c, &s.class))?;
    mro.find_map(|c| c.dict.borrow().get_str(name).cloned())
}
