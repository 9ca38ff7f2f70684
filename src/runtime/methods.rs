//! Constructors and methods of the core built-in types (object, type, int, float, str,
//! tuple, list, dict, set, range, slice, property, super, generators, exceptions), and the
//! minimal file object behind `open`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::vm::call::kw_get;
use crate::vm::dict::Dict;
use crate::vm::interp::Exit;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{KwArgs, PyErr, PyResult, Vm};

fn method(vm: &Vm, cls: &Rc<Class>, name: &'static str, f: NativeFn, owner: Option<&'static str>) {
    let v = Value::Native(Rc::new(NativeFunction {
        name,
        func: f,
        owner,
        special: Special::None,
        host: None,
    }));
    let _ = vm;
    cls.dict.borrow_mut().set_str(name, v);
}

/// The OSError subclass CPython picks for an errno.
fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    let object = t.object.clone();
    method(vm, &object, "__init__", |_, _, _| Ok(Value::None), Some("object"));
    method(
        vm,
        &object,
        "__new__",
        |vm, a, _| match a.first() {
            Some(Value::Class(c)) => {
                let c = c.clone();
                Ok(vm.new_instance(&c))
            }
            Some(v) => Err(vm.type_error(format!("object.__new__(X): X is not a type object ({})", vm.type_name(v)))),
            None => Err(vm.type_error("object.__new__(): not enough arguments")),
        },
        Some("object"),
    );
    method(
        vm,
        &object,
        "__repr__",
        |vm, a, _| Ok(Value::string(vm.default_repr(&a[0]))),
        Some("object"),
    );
    method(
        vm,
        &object,
        "__str__",
        |vm, a, _| match &a[0] {
            // Shared by the built-in types: `str.__str__(s)` is `s`, and in a subclass of
            // a built-in type `super().__str__()` is the base value's str.
            Value::Str(s) => Ok(Value::Str(s.clone())),
            Value::Instance(i) if !i.base.borrow().is_null() && i.exc.is_none() => {
                let b = i.base.borrow().clone();
                vm.str(&b).map(Value::Str)
            }
            v => vm.repr(v).map(Value::Str),
        },
        Some("object"),
    );
    method(
        vm,
        &object,
        "__eq__",
        |_, a, _| Ok(if a[0].is(&a[1]) { Value::Bool(true) } else { Value::NotImplemented }),
        Some("object"),
    );
    method(
        vm,
        &object,
        "__ne__",
        |vm, a, _| {
            let r = vm.compare(&a[0], &a[1], crate::syntax::ast::CmpOp::Eq)?;
            Ok(Value::Bool(!vm.truthy(&r)?))
        },
        Some("object"),
    );
    method(
        vm,
        &object,
        "__hash__",
        |_, a, _| Ok(Value::Int((a[0].ptr().unwrap_or(0) >> 4) as i64)),
        Some("object"),
    );
    method(
        vm,
        &object,
        "__setattr__",
        |vm, a, _| {
            if let (Value::Instance(i), Value::Str(n)) = (&a[0], &a[1]) {
                let cls = i.class();
                let n = crate::vm::intern::intern(n.as_str());
                vm.generic_setattr(&a[0], i, &cls, &n, a[2].clone())?;
                return Ok(Value::None);
            }
            // `type.__setattr__(cls, ...)` / `super().__setattr__` in a metaclass.
            if let (Value::Class(c), Value::Str(n)) = (&a[0], &a[1])
                && c.builtin.is_none()
            {
                let n = crate::vm::intern::intern(n.as_str());
                vm.set_attr(&a[0], &n, a[2].clone())?;
                return Ok(Value::None);
            }
            if let Value::Class(c) = &a[0] {
                let n = vm.str_string(&a[1])?;
                return Err(vm.type_error(format!("cannot set '{n}' attribute of immutable type '{}'", c.name())));
            }
            Err(vm.type_error("can't set attributes of built-in/extension type 'object'"))
        },
        Some("object"),
    );
    method(
        vm,
        &object,
        "__getattribute__",
        |vm, a, _| {
            if let (Value::Instance(i), Value::Str(n)) = (&a[0], &a[1]) {
                // Bypass the class's own __getattribute__ hook.
                let n = crate::vm::intern::intern(n.as_str());
                if let Some(v) = i.get_attr(&n) {
                    return Ok(v.clone());
                }
                let cls = i.class();
                if let Some(d) = cls.lookup(&n) {
                    return Ok(match d {
                        Value::Property(p) => {
                            let g = p.fget.clone();
                            return vm.call(&g, &[a[0].clone()]);
                        }
                        d => vm.bind(&d, &a[0], &cls),
                    });
                }
                return Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", cls.name(), n.as_str())));
            }
            Err(vm.type_error("bad __getattribute__ call"))
        },
        Some("object"),
    );
    method(
        vm,
        &object,
        "__delattr__",
        |vm, a, _| {
            if let (Value::Instance(i), Value::Str(n)) = (&a[0], &a[1]) {
                if i.remove_attr(n).is_none() {
                    return Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", i.class().name(), n.as_str())));
                }
                return Ok(Value::None);
            }
            if let (Value::Class(c), Value::Str(n)) = (&a[0], &a[1])
                && c.builtin.is_none()
            {
                let n = crate::vm::intern::intern(n.as_str());
                vm.del_attr(&a[0], &n)?;
            }
            Ok(Value::None)
        },
        Some("object"),
    );
    method(vm, &object, "__init_subclass__", |_, _, _| Ok(Value::None), Some("object"));
    method(
        vm,
        &object,
        "__format__",
        |vm, a, _| {
            let spec = a.get(1).and_then(|s| s.as_str().map(String::from)).unwrap_or_default();
            // Built-in types share this method (`str.__format__(s, '>5')`,
            // `int.__format__(self, 'x')` in an int subclass): their format engine.
            match &a[0] {
                Value::Instance(i) => {
                    let b = i.base.borrow().clone();
                    if !b.is_null() {
                        return vm.format(&b, &spec).map(Value::Str);
                    }
                }
                Value::Object(_) => {}
                v => return vm.format(v, &spec).map(Value::Str),
            }
            if !spec.is_empty() {
                return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(&a[0]))));
            }
            vm.str(&a[0]).map(Value::Str)
        },
        Some("object"),
    );

    // Exceptions
    let be = vm.types.base_exception.clone();
    method(
        vm,
        &be,
        "__new__",
        |vm, a, _| match a.first() {
            Some(Value::Class(c)) => {
                let mut c = c.clone();
                let mut args = a[1..].to_vec();
                let mut filename = None;
                let mut filename2 = None;
                if c.is_subclass(&vm.types.os_error) && (2..=5).contains(&args.len()) {
                    // OSError(errno, strerror[, filename[, winerror[, filename2]]]).
                    if Rc::ptr_eq(&c, &vm.types.os_error)
                        && let Value::Int(errno) = args[0]
                        && let Some(sub) = os_error_subclass(errno)
                        && let Some(sc) = vm.types.by_name.get(sub)
                    {
                        c = sc.clone();
                    }
                    if args.len() >= 3 {
                        filename = Some(args[2].clone());
                        if args.len() == 5 {
                            filename2 = Some(args[4].clone());
                        }
                        args.truncate(2);
                    }
                }
                let inst = vm.new_instance(&c);
                if let Value::Instance(i) = &inst
                    && let Some(ed) = &i.exc
                {
                    ed.borrow_mut().args = Value::tuple(args);
                    if let Some(f) = filename {
                        i.set_attr_str("filename", f);
                    }
                    if let Some(f) = filename2 {
                        i.set_attr_str("filename2", f);
                    }
                }
                Ok(inst)
            }
            _ => Err(vm.type_error("BaseException.__new__(X): X is not a type object")),
        },
        Some("BaseException"),
    );
    method(
        vm,
        &be,
        "__init__",
        |vm, a, _| {
            if let Some(Value::Instance(i)) = a.first()
                && let Some(ed) = &i.exc
            {
                let mut args = a[1..].to_vec();
                if (3..=5).contains(&args.len()) && i.class().is_subclass(&vm.types.os_error) {
                    args.truncate(2);
                }
                ed.borrow_mut().args = Value::tuple(args);
            }
            Ok(Value::None)
        },
        Some("BaseException"),
    );
    method(vm, &be, "with_traceback", |_, a, _| Ok(a[0].clone()), None);
    method(
        vm,
        &be,
        "add_note",
        |vm, a, _| {
            let notes = match vm.get_attr_opt(&a[0], "__notes__")? {
                Some(n) => n,
                None => {
                    let l = Value::list(vec![]);
                    vm.set_attr(&a[0], &crate::vm::intern::intern("__notes__"), l.clone())?;
                    l
                }
            };
            if let Value::List(l) = notes {
                l.v.borrow_mut().push(a.get(1).cloned().unwrap_or(Value::None));
            }
            Ok(Value::None)
        },
        None,
    );

    // Generators
    for cls in [vm.types.generator.clone(), vm.types.coroutine.clone()] {
        vm.add_special_method(&cls, "send", gen_send, Special::GenSend);
        method(vm, &cls, "throw", gen_throw, None);
        method(
            vm,
            &cls,
            "close",
            |vm, a, _| match &a[0] {
                Value::Generator(g) => {
                    let g = g.clone();
                    vm.gen_close(&g)?;
                    Ok(Value::None)
                }
                _ => Err(vm.type_error("close() needs a generator")),
            },
            None,
        );
    }
    let g = vm.types.generator.clone();
    method(
        vm,
        &g,
        "__next__",
        |vm, a, _| match &a[0] {
            Value::Generator(g) => {
                let g = g.clone();
                match vm.gen_resume(&g, Value::None, None)? {
                    Exit::Yield(v) => Ok(v),
                    Exit::Return(r) => Err(vm.stop_iteration(r)),
                }
            }
            _ => Err(vm.type_error("__next__ needs a generator")),
        },
        None,
    );
    method(vm, &g, "__iter__", |_, a, _| Ok(a[0].clone()), None);
    let it = vm.types.iterator.clone();
    method(
        vm,
        &it,
        "__next__",
        |vm, a, _| match vm.iter_next(&a[0])? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(Value::None)),
        },
        None,
    );
    method(vm, &it, "__iter__", |_, a, _| Ok(a[0].clone()), None);
    crate::runtime::async_objects::init(vm);

    // property
    let prop = vm.types.property.clone();
    method(vm, &prop, "getter", |vm, a, _| prop_copy(vm, a, 0), None);
    method(vm, &prop, "setter", |vm, a, _| prop_copy(vm, a, 1), None);
    method(vm, &prop, "deleter", |vm, a, _| prop_copy(vm, a, 2), None);
    method(
        vm,
        &prop,
        "__get__",
        |vm, a, _| match &a[0] {
            Value::Property(p) => {
                if a.get(1).map(|v| v.is_none()).unwrap_or(true) {
                    return Ok(a[0].clone());
                }
                let g = p.fget.clone();
                vm.call(&g, &[a[1].clone()])
            }
            _ => Err(vm.type_error("bad property")),
        },
        None,
    );

    method(
        vm,
        &prop,
        "__set__",
        |vm, a, _| match (&a[0], a.get(1), a.get(2)) {
            (Value::Property(p), Some(obj), Some(v)) => {
                if p.fset.is_none() {
                    let n = vm.type_name(obj);
                    return Err(vm.attribute_error(format!("can't set attribute of '{n}' object")));
                }
                let s = p.fset.clone();
                vm.call(&s, &[obj.clone(), v.clone()])?;
                Ok(Value::None)
            }
            _ => Err(vm.type_error("expected 2 arguments")),
        },
        None,
    );
    method(
        vm,
        &prop,
        "__delete__",
        |vm, a, _| match (&a[0], a.get(1)) {
            (Value::Property(p), Some(obj)) => {
                if p.fdel.is_none() {
                    let n = vm.type_name(obj);
                    return Err(vm.attribute_error(format!("can't delete attribute of '{n}' object")));
                }
                let d = p.fdel.clone();
                vm.call(&d, &[obj.clone()])?;
                Ok(Value::None)
            }
            _ => Err(vm.type_error("expected 1 argument")),
        },
        None,
    );
    // The descriptor protocol spelled out (`f.__get__(obj)`, `hasattr(x, '__get__')` as
    // enum and inspect use it); attribute lookup itself binds these natively.
    for cls in [
        vm.types.function.clone(),
        vm.types.classmethod.clone(),
        vm.types.staticmethod.clone(),
    ] {
        method(
            vm,
            &cls,
            "__get__",
            |vm, a, _| {
                let obj = a.get(1).cloned().unwrap_or(Value::None);
                let owner = match a.get(2) {
                    Some(Value::Class(c)) => Some(c.clone()),
                    _ => None,
                };
                if obj.is_none() && !matches!(a[0], Value::ClassMethod(_) | Value::StaticMethod(_)) {
                    return Ok(a[0].clone());
                }
                let cls = match owner {
                    Some(c) => c,
                    None => vm.class_of(&obj),
                };
                Ok(vm.bind(&a[0], &obj, &cls))
            },
            None,
        );
    }

    // int / float / str / tuple __new__ for subclasses; list/dict/set __init__.
    for cls in [
        vm.types.int.clone(),
        vm.types.float.clone(),
        vm.types.str_.clone(),
        vm.types.tuple.clone(),
        vm.types.bytes.clone(),
        vm.types.frozenset.clone(),
    ] {
        method(vm, &cls, "__new__", builtin_new, None);
    }
    for cls in [vm.types.list.clone(), vm.types.dict.clone(), vm.types.set.clone()] {
        method(vm, &cls, "__init__", builtin_init, None);
    }
    let tcls = vm.types.type_.clone();
    method(
        vm,
        &tcls,
        "__call__",
        |vm, a, k| match a.first() {
            Some(Value::Class(c)) => {
                let c = c.clone();
                vm.type_call(&c, &a[1..], k)
            }
            _ => Err(vm.type_error("type.__call__ needs a class")),
        },
        None,
    );
    method(
        vm,
        &tcls,
        "__new__",
        |vm, a, k| {
            if a.len() != 4 {
                return construct(vm, &vm.types.type_.clone(), BuiltinType::Type, a.get(1..).unwrap_or(&[]), &[]);
            }
            // type.__new__(metaclass, name, bases, ns, **kw): the class gets the metaclass.
            let r = construct(vm, &vm.types.type_.clone(), BuiltinType::Type, &a[1..], &[])?;
            if let (Value::Class(cls), Value::Class(meta)) = (&r, &a[0]) {
                if !Rc::ptr_eq(meta, &vm.types.type_) {
                    *cls.metaclass.borrow_mut() = Some(meta.clone());
                }
                crate::runtime::builtins::run_init_subclass(vm, cls, k)?;
            }
            Ok(r)
        },
        None,
    );
    method(vm, &tcls, "__init__", |_, _, _| Ok(Value::None), None);
    method(
        vm,
        &tcls,
        "__subclasses__",
        |vm, a, _| match a.first() {
            Some(Value::Class(c)) => {
                let subs: Vec<Value> = c.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Class).collect();
                Ok(Value::list(subs))
            }
            _ => Err(vm.type_error("descriptor '__subclasses__' of 'type' object needs an argument")),
        },
        None,
    );

    crate::runtime::dunders::init(vm);
    crate::runtime::exception_group::init(vm);
    crate::runtime::str_methods::init(vm);
    crate::runtime::container_methods::init(vm);
    init_protocol_slots(vm);
    crate::runtime::complex::init(vm);
    crate::runtime::memoryview::init(vm);
}

/// The value a built-in method operates on: the built-in value of a subclass instance.
fn slot_self(vm: &mut Vm, a: &[Value], n: usize) -> PyResult<Value> {
    if a.len() != n {
        return Err(vm.type_error(format!(
            "expected {} argument{}, got {}",
            n - 1,
            if n == 2 { "" } else { "s" },
            a.len().saturating_sub(1)
        )));
    }
    Ok(crate::runtime::str_methods::base_value(&a[0]))
}

/// Methods of slices, ranges and dict views, and `__add__`/`__mul__` of the sequences (the
/// container protocol dunders are in `dunders.rs`).
fn init_protocol_slots(vm: &mut Vm) {
    let slice = vm.types.slice.clone();
    vm.add_method(&slice, "indices", |vm, a, _| {
        let Value::Slice(sl) = slot_self(vm, a, 2)? else {
            return Err(vm.type_error("descriptor 'indices' for 'slice' objects doesn't apply to this object"));
        };
        let len = vm.to_index(&a[1])?;
        if len < 0 {
            return Err(vm.value_error("length should not be negative"));
        }
        let (start, stop, step, _) = vm.slice_indices(&sl, len)?;
        Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
    });
    let range = vm.types.range.clone();
    vm.add_method(&range, "count", |vm, a, _| {
        let s = slot_self(vm, a, 2)?;
        let Value::Range(r) = &s else {
            return Err(vm.type_error("descriptor 'count' for 'range' objects doesn't apply to this object"));
        };
        if let Value::Int(_) | Value::Bool(_) = &a[1] {
            return Ok(Value::Int(vm.contains(&s, &a[1])? as i64));
        }
        let mut n = 0;
        for k in 0..r.len() {
            if vm.eq(&Value::from_i128(r.start + k * r.step), &a[1])? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    });
    vm.add_method(&range, "index", |vm, a, _| {
        let s = slot_self(vm, a, 2)?;
        let Value::Range(r) = &s else {
            return Err(vm.type_error("descriptor 'index' for 'range' objects doesn't apply to this object"));
        };
        if let Value::Int(i) = &a[1] {
            if vm.contains(&s, &a[1])? {
                return Ok(Value::from_i128((*i as i128 - r.start) / r.step));
            }
        } else {
            for k in 0..r.len() {
                if vm.eq(&Value::from_i128(r.start + k * r.step), &a[1])? {
                    return Ok(Value::from_i128(k));
                }
            }
        }
        let rep = vm.repr_string(&a[1])?;
        Err(vm.value_error(format!("{rep} is not in range")))
    });
    for c in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&c, "isdisjoint", |vm, a, _| {
            slot_self(vm, a, 2)?;
            for x in vm.iterate(&a[1])? {
                if vm.contains(&a[0], &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        });
    }
    for c in [
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
    ] {
        vm.add_method(&c, "__len__", |vm, a, _| {
            let s = slot_self(vm, a, 1)?;
            Ok(Value::Int(vm.len(&s)? as i64))
        });
    }
    for c in [
        vm.types.str_.clone(),
        vm.types.bytes.clone(),
        vm.types.bytearray.clone(),
        vm.types.list.clone(),
        vm.types.tuple.clone(),
    ] {
        vm.add_method(&c, "__add__", |vm, a, _| {
            let s = slot_self(vm, a, 2)?;
            vm.binary_op(&s, &a[1], crate::syntax::ast::BinOp::Add)
        });
        vm.add_method(&c, "__mul__", |vm, a, _| {
            let s = slot_self(vm, a, 2)?;
            vm.binary_op(&s, &a[1], crate::syntax::ast::BinOp::Mul)
        });
    }
}

fn prop_copy(vm: &mut Vm, a: &[Value], which: usize) -> PyResult<Value> {
    match &a[0] {
        Value::Property(p) => {
            let f = a.get(1).cloned().unwrap_or(Value::None);
            let mut n = Property {
                fget: p.fget.clone(),
                fset: p.fset.clone(),
                fdel: p.fdel.clone(),
                doc: p.doc.clone(),
            };
            match which {
                0 => n.fget = f,
                1 => n.fset = f,
                _ => n.fdel = f,
            }
            Ok(Value::Property(Rc::new(n)))
        }
        _ => Err(vm.type_error("descriptor needs a property")),
    }
}

fn gen_send(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Generator(g)) => {
            let g = g.clone();
            let v = a.get(1).cloned().unwrap_or(Value::None);
            match vm.gen_resume(&g, v, None)? {
                Exit::Yield(v) => Ok(v),
                Exit::Return(r) => Err(vm.stop_iteration(r)),
            }
        }
        _ => Err(vm.type_error("send() needs a generator")),
    }
}

fn gen_throw(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(Value::Generator(g)) = a.first() else {
        return Err(vm.type_error("throw() needs a generator"));
    };
    let g = g.clone();
    let typ = a.get(1).cloned().unwrap_or(Value::None);
    let val = a.get(2).cloned().unwrap_or(Value::None);
    let e = match (&typ, &val) {
        (Value::Class(_), Value::None) => vm.make_exception(&typ)?,
        (Value::Class(c), Value::Instance(i)) if i.class().is_subclass(c) => PyErr(i.clone()),
        (Value::Class(_), v) => {
            let inst = vm.call(&typ, &[v.clone()])?;
            vm.make_exception(&inst)?
        }
        (Value::Instance(_), Value::None) => vm.make_exception(&typ)?,
        (Value::Instance(_), _) => return Err(vm.type_error("instance exception may not have a separate value")),
        _ => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(&typ)
            )));
        }
    };
    match vm.gen_resume(&g, Value::None, Some(e))? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(r) => Err(vm.stop_iteration(r)),
    }
}

impl Vm {
    /// `genr.close()`: throw GeneratorExit and expect it to finish.
    pub fn gen_close(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        if g.finished.get() {
            return Ok(());
        }
        let started = g.frame.borrow().as_ref().map(|f| f.started).unwrap_or(true);
        if !started {
            g.finished.set(true);
            *g.frame.borrow_mut() = None;
            return Ok(());
        }
        let exit = self.new_exception(&self.types.generator_exit.clone(), vec![]);
        match self.gen_resume(g, Value::None, Some(exit)) {
            Ok(Exit::Yield(_)) => Err(self.runtime_error(format!("{} ignored GeneratorExit", crate::vm::interp::gen_kind_name(g.kind)))),
            Ok(Exit::Return(_)) => Ok(()),
            Err(e) if e.is(&self.types.generator_exit) || e.is(&self.types.stop_iteration) => Ok(()),
            Err(e) => Err(e),
        }
    }

    pub fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Generator(g) if g.kind == GenKind::Coroutine => {
                if g.finished.get() {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                let awaiting = g.delegate.borrow().is_some()
                    || g.frame
                        .borrow()
                        .as_ref()
                        .is_some_and(|fr| fr.started && matches!(fr.code.instrs.get(fr.ip), Some(crate::compile::Instr::YieldFrom)));
                if awaiting {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
                Ok(v.clone())
            }
            // Generators of `types.coroutine` functions are awaitable as they are.
            Value::Generator(g) if g.kind == GenKind::Generator && g.code.flags & crate::vm::object::CO_ITERABLE_COROUTINE != 0 => {
                Ok(v.clone())
            }
            _ => {
                let cls = self.class_of(v);
                let f = match v {
                    Value::Generator(_) => None,
                    _ => cls.lookup_str("__await__"),
                };
                match f {
                    Some(f) => {
                        let it = self.call(&f, &[v.clone()])?;
                        if let Value::Generator(g) = &it
                            && g.kind == GenKind::Coroutine
                        {
                            return Err(self.type_error("__await__() returned a coroutine"));
                        }
                        let is_iter = match &it {
                            Value::Iter(_) => true,
                            Value::Generator(g) => g.kind == GenKind::Generator,
                            other => self.class_of(other).lookup_str("__next__").is_some(),
                        };
                        if !is_iter {
                            return Err(self.type_error(format!("__await__() returned non-iterator of type '{}'", self.type_name(&it))));
                        }
                        Ok(it)
                    }
                    None => Err(self.type_error(format!("object {} can't be used in 'await' expression", cls.name()))),
                }
            }
        }
    }

    /// GET_AWAITABLE: `where` 1/2 name `__aenter__`/`__aexit__` in the error for a result
    /// that cannot be awaited.
    pub fn get_awaitable_from(&mut self, v: &Value, r#where: u32) -> PyResult<Value> {
        let r = self.get_awaitable(v);
        if r#where != 0
            && let Err(e) = &r
            && e.is(&self.types.type_error)
            && !self.has_await(v)
        {
            let which = if r#where == 1 { "__aenter__" } else { "__aexit__" };
            return Err(self.type_error(format!(
                "'async with' received an object from {which} that does not implement __await__: {}",
                self.type_name(v)
            )));
        }
        r
    }

    fn has_await(&self, v: &Value) -> bool {
        match v {
            Value::Generator(g) => g.kind == GenKind::Coroutine || g.code.flags & crate::vm::object::CO_ITERABLE_COROUTINE != 0,
            _ => self.class_of(v).lookup_str("__await__").is_some(),
        }
    }

    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        match self.call_dunder(v, "__aiter__", &[])? {
            Some(r) => {
                if self.class_of(&r).lookup_str("__anext__").is_none() {
                    return Err(self.type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        self.type_name(&r)
                    )));
                }
                Ok(r)
            }
            None => Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            ))),
        }
    }

    pub fn get_anext_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        match self.call_dunder(v, "__anext__", &[])? {
            Some(r) => {
                if !self.has_await(&r) {
                    return Err(self.type_error(format!(
                        "'async for' received an invalid object from __anext__: {}",
                        self.type_name(&r)
                    )));
                }
                self.get_awaitable(&r)
            }
            None => Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(v)
            ))),
        }
    }

    /// Compiles and runs source text in the given namespace (exec/eval).
    pub fn run_source(
        &mut self,
        src: &str,
        filename: &str,
        globals: &Rc<DictObj>,
        locals: Option<Rc<DictObj>>,
        mode: crate::compile::Mode,
    ) -> PyResult<Value> {
        let code = self.compile_source(src, filename, mode, locals.is_some())?;
        self.run_code(&code, globals, locals)
    }

    /// Parses and compiles source text; with `name_ops`, module-level names are looked up
    /// by name (for a separate locals mapping).
    pub fn compile_source(
        &mut self,
        src: &str,
        filename: &str,
        mode: crate::compile::Mode,
        name_ops: bool,
    ) -> PyResult<Rc<crate::compile::Code>> {
        self.compile_source_flags(src, filename, mode, name_ops, false)
    }

    /// `compile_source` with CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT.
    pub fn compile_source_flags(
        &mut self,
        src: &str,
        filename: &str,
        mode: crate::compile::Mode,
        name_ops: bool,
        top_level_await: bool,
    ) -> PyResult<Rc<crate::compile::Code>> {
        let module = match crate::syntax::parse_module(src) {
            Ok(m) => m,
            Err(errs) => return Err(self.syntax_error_from(&errs[0], src, filename)),
        };
        match crate::compile::compile_with_flags(&module, filename, src, mode, name_ops, top_level_await) {
            Ok(c) => Ok(c),
            Err(errs) => Err(self.syntax_error_from(&errs[0], src, filename)),
        }
    }

    /// Runs a module-level code object with the given globals (and optional locals).
    pub fn run_code(&mut self, code: &Rc<crate::compile::Code>, globals: &Rc<DictObj>, locals: Option<Rc<DictObj>>) -> PyResult<Value> {
        if globals.d.borrow().get_by_str("__builtins__").is_none() {
            globals.d.borrow_mut().set_str("__builtins__", Value::Dict(self.builtins.clone()));
        }
        let mut frame = self.alloc_frame(code, globals);
        frame.locals = locals;
        if code.flags & crate::vm::object::CO_COROUTINE != 0 {
            // Compiled with top-level await: running the code makes a coroutine.
            return Ok(crate::runtime::async_objects::code_coroutine(code, frame));
        }
        frame.resumer = crate::vm::frame::Resumer::Native;
        match self.execute(frame, None)? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    pub fn syntax_error_from(&mut self, e: &crate::syntax::SyntaxError, src: &str, filename: &str) -> PyErr {
        let cls = self
            .types
            .by_name
            .get(e.kind.class_name())
            .cloned()
            .unwrap_or_else(|| self.types.syntax_error.clone());
        let (line, col) = crate::syntax::diagnostics::line_col(src, e.span.start);
        let text = src.lines().nth(line.saturating_sub(1)).unwrap_or("").to_string();
        let details = Value::tuple(vec![
            Value::str(filename),
            Value::Int(line as i64),
            Value::Int(col as i64 + 1),
            Value::string(text),
        ]);
        self.new_exception(&cls, vec![Value::string(e.msg.clone()), details])
    }
}

fn builtin_new(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(vm.type_error("__new__ needs a type"));
    };
    let cls = cls.clone();
    let base_cls = cls
        .mro()
        .into_iter()
        .find(|c| c.builtin.is_some() && c.builtin != Some(BuiltinType::Object))
        .unwrap_or_else(|| vm.types.object.clone());
    let b = base_cls.builtin.unwrap_or(BuiltinType::Object);
    let v = construct(vm, &base_cls, b, &a[1..], k)?;
    if cls.builtin.is_some() {
        return Ok(v);
    }
    let inst = vm.new_instance(&cls);
    if let Value::Instance(i) = &inst {
        *i.base.borrow_mut() = v;
    }
    Ok(inst)
}

fn builtin_init(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let base = match a.first() {
        Some(Value::Instance(i)) => i.base.borrow().clone(),
        Some(v) => v.clone(),
        None => return Ok(Value::None),
    };
    match &base {
        Value::List(l) => {
            if let Some(src) = a.get(1) {
                let items = vm.iterate(src)?;
                *l.v.borrow_mut() = items;
            }
        }
        Value::Dict(d) => {
            if let Some(src) = a.get(1) {
                vm.dict_update_from(d, src, false)?;
            }
            for (key, v) in k {
                vm.dict_set(d, Value::Str(key.clone()), v.clone())?;
            }
        }
        Value::Set(s) => {
            if let Some(src) = a.get(1) {
                for it in vm.iterate(src)? {
                    vm.set_add(s, it)?;
                }
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

fn int_from_str(vm: &mut Vm, s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    match crate::runtime::format::parse_int(s, base) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => {
            let r = vm.repr_string(orig)?;
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// Constructors of the built-in types.
pub fn construct(vm: &mut Vm, cls: &Rc<Class>, b: BuiltinType, a: &[Value], k: KwArgs) -> PyResult<Value> {
    use BuiltinType as B;
    match b {
        B::Object => {
            if !a.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            let c = cls.clone();
            Ok(vm.new_instance(&c))
        }
        B::Type => match a.len() {
            1 => Ok(Value::Class(vm.class_of(&a[0]))),
            3 => {
                let Some(name) = a[0].as_str().map(|s| s.to_string()) else {
                    return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {}", vm.type_name(&a[0]))));
                };
                let bases: Vec<Rc<Class>> = match &a[1] {
                    Value::Tuple(t) => t
                        .iter()
                        .filter_map(|b| if let Value::Class(c) = b { Some(c.clone()) } else { None })
                        .collect(),
                    other => {
                        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(other))));
                    }
                };
                let ns = match &a[2] {
                    Value::Dict(d) => d.d.borrow().clone(),
                    other => {
                        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(other))));
                    }
                };
                let mut ns = ns;
                if ns.get_by_str("__module__").is_none() {
                    let m = vm
                        .cur_globals
                        .as_ref()
                        .and_then(|g| g.d.borrow().get_by_str("__name__").cloned())
                        .unwrap_or(Value::str("__main__"));
                    ns.set_str("__module__", m);
                }
                let c = crate::runtime::builtins::new_user_class(vm, &name, bases, ns)?;
                Ok(Value::Class(c))
            }
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        },
        B::Int => {
            if let Some((name, _)) = k.iter().find(|(n, _)| n.as_str() != "base") {
                return Err(vm.type_error(format!("'{}' is an invalid keyword argument for int()", name.as_str())));
            }
            let base = a.get(1).cloned().or_else(|| kw_get(k, "base").cloned());
            match (a.first(), base) {
                (None, _) => Ok(Value::Int(0)),
                (Some(v), Some(bv)) => {
                    let base = vm.to_index(&bv)?;
                    if base != 0 && !(2..=36).contains(&base) {
                        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                    }
                    match v {
                        Value::Str(s) => int_from_str(vm, s.as_str(), base as u32, v),
                        Value::Bytes(bs) => {
                            let s = String::from_utf8_lossy(bs).into_owned();
                            int_from_str(vm, &s, base as u32, v)
                        }
                        _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
                    }
                }
                (Some(v), None) => match v {
                    Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
                    Value::Bool(b) => Ok(Value::Int(*b as i64)),
                    Value::Float(f) => {
                        if f.is_nan() {
                            return Err(vm.value_error("cannot convert float NaN to integer"));
                        }
                        if f.is_infinite() {
                            return Err(vm.overflow_error("cannot convert float infinity to integer"));
                        }
                        Ok(Value::from_bigint(crate::vm::ops::float_to_bigint(*f)))
                    }
                    Value::Str(s) => int_from_str(vm, s.as_str(), 10, v),
                    Value::Bytes(bs) => {
                        let s = String::from_utf8_lossy(bs).into_owned();
                        int_from_str(vm, &s, 10, v)
                    }
                    _ => {
                        for m in ["__int__", "__index__", "__trunc__"] {
                            if let Some(r) = vm.call_dunder(v, m, &[])? {
                                return Ok(r);
                            }
                        }
                        if let Some(bv) = vm.builtin_base_value(v) {
                            return construct(vm, cls, b, &[bv], k);
                        }
                        Err(vm.type_error(format!(
                            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                            vm.type_name(v)
                        )))
                    }
                },
            }
        }
        B::Bool => match a.first() {
            None => Ok(Value::Bool(false)),
            Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        },
        B::Float => match a.first() {
            None => Ok(Value::Float(0.0)),
            Some(v) => match v {
                Value::Float(_) => Ok(v.clone()),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(Value::Float(vm.to_f64(v)?)),
                Value::Str(s) => match crate::runtime::format::parse_float(s.as_str()) {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        let r = vm.repr_string(v)?;
                        Err(vm.value_error(format!("could not convert string to float: {r}")))
                    }
                },
                _ => {
                    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
                        return Ok(r);
                    }
                    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
                        return Ok(Value::Float(vm.to_f64(&r)?));
                    }
                    if let Some(bv) = vm.builtin_base_value(v) {
                        return construct(vm, cls, b, &[bv], k);
                    }
                    Err(vm.type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        vm.type_name(v)
                    )))
                }
            },
        },
        B::Complex => crate::runtime::complex::construct(vm, a, k),
        B::Str => match a.first() {
            None => Ok(Value::str("")),
            Some(v) => {
                let encoded = match v {
                    Value::Bytes(bs) => Some(bs.to_vec()),
                    Value::ByteArray(bs) => Some(bs.borrow().clone()),
                    _ => None,
                };
                if let (Some(bs), Some(_)) = (encoded, a.get(1).or_else(|| kw_get(k, "encoding"))) {
                    return match String::from_utf8(bs) {
                        Ok(s) => Ok(Value::string(s)),
                        Err(_) => Err(vm.new_error(&vm.types.by_name["UnicodeDecodeError"].clone(), "'utf-8' codec can't decode bytes")),
                    };
                }
                vm.str(v).map(Value::Str)
            }
        },
        B::Bytes => match a.first() {
            None => Ok(Value::Bytes(Rc::new(vec![]))),
            Some(Value::Str(_)) => {
                if a.get(1).is_none() && kw_get(k, "encoding").is_none() {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                crate::runtime::str_methods::encode_for_bytes(vm, a, k)
            }
            Some(v @ Value::Object(_)) if crate::runtime::memoryview::view_bytes(v).is_some() => {
                Ok(Value::Bytes(Rc::new(crate::runtime::memoryview::view_bytes(v).unwrap_or_default())))
            }
            // bytes-likes are copied whole, not iterated
            Some(Value::Bytes(b)) if a.len() == 1 && k.is_empty() => Ok(Value::Bytes(b.clone())),
            Some(Value::ByteArray(b)) if a.len() == 1 && k.is_empty() => Ok(Value::Bytes(Rc::new(b.borrow().clone()))),
            Some(Value::Int(n)) => {
                if *n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                vm.check_alloc(*n as usize)?;
                Ok(Value::Bytes(Rc::new(vec![0; *n as usize])))
            }
            Some(v @ Value::Instance(_)) if a.len() == 1 && vm.class_of(v).lookup_str("__bytes__").is_some() => {
                match vm.call_dunder(v, "__bytes__", &[])? {
                    Some(r @ Value::Bytes(_)) => Ok(r),
                    Some(r) => Err(vm.type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
                    None => Ok(Value::Bytes(Rc::new(vec![]))),
                }
            }
            Some(v) => {
                let items = vm.iterate(v)?;
                let mut out = Vec::with_capacity(items.len());
                for it in items {
                    let x = vm.to_index(&it)?;
                    if !(0..256).contains(&x) {
                        return Err(vm.value_error("bytes must be in range(0, 256)"));
                    }
                    out.push(x as u8);
                }
                Ok(Value::Bytes(Rc::new(out)))
            }
        },
        B::ByteArray => {
            let bytes = construct(vm, cls, B::Bytes, a, k)?;
            match bytes {
                Value::Bytes(b) => Ok(Value::ByteArray(Rc::new(std::cell::RefCell::new((*b).clone())))),
                _ => Ok(Value::ByteArray(Rc::new(std::cell::RefCell::new(vec![])))),
            }
        }
        B::Tuple => match a.first() {
            None => Ok(Value::tuple(vec![])),
            Some(v @ Value::Tuple(_)) => Ok(v.clone()),
            Some(v) => Ok(Value::tuple(vm.iterate(v)?)),
        },
        B::List => match a.first() {
            None => Ok(Value::list(vec![])),
            Some(v) => Ok(Value::list(vm.iterate(v)?)),
        },
        B::Dict => {
            let d = DictObj::new_rc(Dict::new());
            if let Some(src) = a.first() {
                vm.dict_update_from(&d, src, false)?;
            }
            for (key, v) in k {
                vm.dict_set(&d, Value::Str(key.clone()), v.clone())?;
            }
            Ok(Value::Dict(d))
        }
        B::Set | B::FrozenSet => {
            let items = match a.first() {
                None => vec![],
                Some(v) => vm.iterate(v)?,
            };
            vm.new_set(items, b == B::FrozenSet)
        }
        B::Range => {
            let mut ints: Vec<i128> = Vec::with_capacity(a.len());
            for v in a {
                let b = match crate::vm::ops::to_bigint(v) {
                    Some(b) => b,
                    None => num_bigint::BigInt::from(vm.to_index(v)?),
                };
                match num_traits::ToPrimitive::to_i128(&b) {
                    Some(i) => ints.push(i),
                    None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
                }
            }
            let (start, stop, step) = match ints.len() {
                1 => (0, ints[0], 1),
                2 => (ints[0], ints[1], 1),
                3 => (ints[0], ints[1], ints[2]),
                0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
        }
        B::Slice => {
            let (start, stop, step) = match a.len() {
                1 => (Value::None, a[0].clone(), Value::None),
                2 => (a[0].clone(), a[1].clone(), Value::None),
                3 => (a[0].clone(), a[1].clone(), a[2].clone()),
                _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
            };
            Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
        }
        B::Property => {
            let get = |i: usize, n: &str| a.get(i).cloned().or_else(|| kw_get(k, n).cloned()).unwrap_or(Value::None);
            Ok(Value::Property(Rc::new(Property {
                fget: get(0, "fget"),
                fset: get(1, "fset"),
                fdel: get(2, "fdel"),
                doc: get(3, "doc"),
            })))
        }
        B::StaticMethod => Ok(Value::StaticMethod(Rc::new(a.first().cloned().unwrap_or(Value::None)))),
        B::ClassMethod => Ok(Value::ClassMethod(Rc::new(a.first().cloned().unwrap_or(Value::None)))),
        B::Super => match a.len() {
            2 => {
                let class = match &a[0] {
                    Value::Class(c) => c.clone(),
                    _ => return Err(vm.type_error("super() argument 1 must be a type")),
                };
                let obj_type = match &a[1] {
                    Value::Class(c) if c.is_subclass(&class) => c.clone(),
                    o => vm.class_of(o),
                };
                if !obj_type.is_subclass(&class) {
                    return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
                }
                Ok(Value::Super(Rc::new(SuperObj {
                    class,
                    obj: a[1].clone(),
                    obj_type,
                })))
            }
            _ => Err(vm.runtime_error("super(): no arguments")),
        },
        B::Iterator => {
            let name = cls.name().to_string();
            match name.as_str() {
                "enumerate" => {
                    let src = a
                        .first()
                        .cloned()
                        .or_else(|| kw_get(k, "iterable").cloned())
                        .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
                    let start = a.get(1).cloned().or_else(|| kw_get(k, "start").cloned()).unwrap_or(Value::Int(0));
                    let it = vm.get_iter(&src)?;
                    Ok(vm.new_iter(IterState::Enumerate { it, n: start }, "enumerate"))
                }
                "zip" => {
                    let strict = matches!(kw_get(k, "strict"), Some(Value::Bool(true)));
                    let mut its = vec![];
                    for x in a {
                        its.push(vm.get_iter(x)?);
                    }
                    Ok(vm.new_iter(IterState::Zip { its, strict }, "zip"))
                }
                "map" => {
                    if a.len() < 2 {
                        return Err(vm.type_error("map() must have at least two arguments."));
                    }
                    let mut its = vec![];
                    for x in &a[1..] {
                        its.push(vm.get_iter(x)?);
                    }
                    Ok(vm.new_iter(IterState::Map { f: a[0].clone(), its }, "map"))
                }
                "filter" => {
                    if a.len() != 2 {
                        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", a.len())));
                    }
                    let it = vm.get_iter(&a[1])?;
                    Ok(vm.new_iter(IterState::Filter { f: a[0].clone(), it }, "filter"))
                }
                "reversed" => {
                    if a.len() != 1 {
                        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", a.len())));
                    }
                    let v = &a[0];
                    if let Some(r) = vm.call_dunder(v, "__reversed__", &[])?
                        && matches!(v, Value::Instance(_) | Value::Object(_) | Value::Class(_))
                    {
                        return Ok(r);
                    }
                    match v {
                        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
                            let n = vm.len(v)? as i64;
                            Ok(vm.new_iter(
                                IterState::Reversed {
                                    seq: v.clone(),
                                    idx: n - 1,
                                },
                                match v {
                                    Value::List(_) => "list_reverseiterator",
                                    Value::Range(_) => "range_iterator",
                                    _ => "reversed",
                                },
                            ))
                        }
                        Value::Iter(it) if matches!(it.kind, "dict_keys" | "dict_values" | "dict_items") => {
                            let items = vm.iterate(v)?;
                            let n = items.len() as i64;
                            let kind = match it.kind {
                                "dict_keys" => "dict_reversekeyiterator",
                                "dict_values" => "dict_reversevalueiterator",
                                _ => "dict_reverseitemiterator",
                            };
                            Ok(vm.new_iter(
                                IterState::Reversed {
                                    seq: Value::list(items),
                                    idx: n - 1,
                                },
                                kind,
                            ))
                        }
                        Value::Dict(_) => {
                            let keys = vm.iterate(v)?;
                            let n = keys.len() as i64;
                            Ok(vm.new_iter(
                                IterState::Reversed {
                                    seq: Value::list(keys),
                                    idx: n - 1,
                                },
                                "dict_reversekeyiterator",
                            ))
                        }
                        _ => {
                            if vm.class_of(v).lookup_str("__getitem__").is_some() && vm.class_of(v).lookup_str("__len__").is_some() {
                                let n = vm.len(v)? as i64;
                                return Ok(vm.new_iter(
                                    IterState::Reversed {
                                        seq: v.clone(),
                                        idx: n - 1,
                                    },
                                    "reversed",
                                ));
                            }
                            Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(v))))
                        }
                    }
                }
                _ => Err(vm.type_error(format!("cannot create '{}' instances", name))),
            }
        }
        B::BaseException => {
            let c = cls.clone();
            let inst = vm.new_instance(&c);
            if let Value::Instance(i) = &inst
                && let Some(ed) = &i.exc
            {
                ed.borrow_mut().args = Value::tuple(a.to_vec());
            }
            Ok(inst)
        }
        B::Function => crate::runtime::async_objects::function_from_code(vm, a, k),
        B::Module => {
            // types.ModuleType(name, doc=None)
            let name = a.first().or_else(|| crate::vm::call::kw_get(k, "name"));
            let doc = a
                .get(1)
                .or_else(|| crate::vm::call::kw_get(k, "doc"))
                .cloned()
                .unwrap_or(Value::None);
            let name = match name {
                Some(Value::Str(s)) => s.clone(),
                Some(v) => {
                    return Err(vm.type_error(format!("module() argument 'name' must be str, not {}", vm.type_name(v))));
                }
                None => return Err(vm.type_error("module() missing required argument 'name' (pos 1)")),
            };
            let m = vm.new_module(name.as_str());
            {
                let mut d = m.dict.d.borrow_mut();
                d.set_str("__doc__", doc);
                d.set_str("__package__", Value::None);
                d.set_str("__loader__", Value::None);
                d.set_str("__spec__", Value::None);
            }
            Ok(Value::Module(m))
        }
        B::NoneType | B::NotImplementedType | B::Ellipsis => {
            if !a.is_empty() || !k.is_empty() {
                return Err(vm.type_error(format!("{} takes no arguments", cls.name())));
            }
            Ok(match b {
                B::NoneType => Value::None,
                B::NotImplementedType => Value::NotImplemented,
                _ => Value::Ellipsis,
            })
        }
        _ => Err(vm.type_error(format!("cannot create '{}' instances", cls.name()))),
    }
}

/// A minimal text/binary file object for `open()`, implemented as a Python class in the
/// embedded `_io` stdlib module.
pub fn bi_open(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let io = vm.import_module("_aspic_io")?;
    let f = vm.get_attr_str(&io, "open")?;
    vm.call_kw(&f, a, k)
}

pub fn bigint_small(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
