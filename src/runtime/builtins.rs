//! The `builtins` module: functions and constructors of the built-in types.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::vm::call::kw_get;
use crate::vm::dict::Dict;
use crate::vm::object::*;
use crate::vm::value::{PyStr, Value};
use crate::vm::{KwArgs, PyResult, Vm};

fn arg_count(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        if min == max {
            if min == 1 {
                return Err(vm.type_error(format!("{}() takes exactly one argument ({} given)", name, args.len())));
            }
            return Err(vm.type_error(format!("{} expected {} arguments, got {}", name, min, args.len())));
        }
        if args.len() < min {
            return Err(vm.type_error(format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                args.len()
            )));
        }
        return Err(vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

pub fn init(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", bi_print),
        ("repr", |vm, a, _| {
            arg_count(vm, "repr", a, 1, 1)?;
            vm.repr(&a[0]).map(Value::Str)
        }),
        ("ascii", |vm, a, _| {
            arg_count(vm, "ascii", a, 1, 1)?;
            vm.ascii(&a[0]).map(Value::string)
        }),
        ("len", |vm, a, _| {
            arg_count(vm, "len", a, 1, 1)?;
            vm.len(&a[0]).map(|n| Value::Int(n as i64))
        }),
        ("isinstance", bi_isinstance),
        // What the site module adds: exit()/quit() raise SystemExit with the code.
        ("exit", bi_exit),
        ("quit", bi_exit),
        ("issubclass", bi_issubclass),
        ("hasattr", |vm, a, _| {
            arg_count(vm, "hasattr", a, 2, 2)?;
            let name = attr_name(vm, &a[1])?;
            Ok(Value::Bool(vm.get_attr_opt(&a[0], name.as_str())?.is_some()))
        }),
        ("getattr", |vm, a, _| {
            arg_count(vm, "getattr", a, 2, 3)?;
            let name = attr_name(vm, &a[1])?;
            match vm.get_attr(&a[0], &name) {
                Ok(v) => Ok(v),
                Err(e) if a.len() == 3 && e.is(&vm.types.attribute_error) => Ok(a[2].clone()),
                Err(e) => Err(e),
            }
        }),
        ("setattr", |vm, a, _| {
            arg_count(vm, "setattr", a, 3, 3)?;
            let name = attr_name(vm, &a[1])?;
            vm.set_attr(&a[0], &name, a[2].clone())?;
            Ok(Value::None)
        }),
        ("delattr", |vm, a, _| {
            arg_count(vm, "delattr", a, 2, 2)?;
            let name = attr_name(vm, &a[1])?;
            vm.del_attr(&a[0], &name)?;
            Ok(Value::None)
        }),
        ("callable", |vm, a, _| {
            arg_count(vm, "callable", a, 1, 1)?;
            Ok(Value::Bool(is_callable(vm, &a[0])))
        }),
        ("iter", |vm, a, _| {
            arg_count(vm, "iter", a, 1, 2)?;
            if a.len() == 2 {
                if !is_callable(vm, &a[0]) {
                    return Err(vm.type_error("iter(v, w): v must be callable"));
                }
                return Ok(vm.new_iter(
                    IterState::Callable {
                        f: a[0].clone(),
                        sentinel: a[1].clone(),
                    },
                    "callable_iterator",
                ));
            }
            vm.get_iter(&a[0])
        }),
        ("id", |vm, a, _| {
            arg_count(vm, "id", a, 1, 1)?;
            Ok(Value::Int(match &a[0] {
                Value::Int(i) => (*i as usize).wrapping_mul(32).wrapping_add(0x7f00_0000_0000) as i64,
                v => v.ptr().unwrap_or(0x7f00_dead_0000) as i64,
            }))
        }),
        ("hash", |vm, a, _| {
            arg_count(vm, "hash", a, 1, 1)?;
            vm.hash(&a[0]).map(Value::Int)
        }),
        ("abs", |vm, a, _| {
            arg_count(vm, "abs", a, 1, 1)?;
            match &a[0] {
                Value::Int(i) => Ok(i
                    .checked_abs()
                    .map(Value::Int)
                    .unwrap_or_else(|| Value::from_bigint(BigInt::from(*i).abs()))),
                Value::Bool(b) => Ok(Value::Int(*b as i64)),
                Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
                Value::Float(f) => Ok(Value::Float(f.abs())),
                v => match vm.call_dunder(v, "__abs__", &[])? {
                    Some(r) => Ok(r),
                    None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
                },
            }
        }),
        ("chr", |vm, a, _| {
            arg_count(vm, "chr", a, 1, 1)?;
            let n = vm.to_index(&a[0])?;
            match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(c) => Ok(Value::string(c.to_string())),
                None => Err(vm.value_error("chr() arg not in range(0x110000)")),
            }
        }),
        ("ord", |vm, a, _| {
            arg_count(vm, "ord", a, 1, 1)?;
            match &a[0] {
                Value::Str(s) if s.nchars == 1 => Ok(Value::Int(s.char_at(0) as i64)),
                Value::Str(s) => Err(vm.type_error(format!("ord() expected a character, but string of length {} found", s.nchars))),
                Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
                v => Err(vm.type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(v)))),
            }
        }),
        ("hex", |vm, a, _| int_base(vm, a, 16, "0x")),
        ("oct", |vm, a, _| int_base(vm, a, 8, "0o")),
        ("bin", |vm, a, _| int_base(vm, a, 2, "0b")),
        ("format", |vm, a, _| {
            arg_count(vm, "format", a, 1, 2)?;
            let spec = match a.get(1) {
                Some(Value::Str(s)) => s.as_str().to_string(),
                Some(v) => return Err(vm.type_error(format!("format() argument 2 must be str, not {}", vm.type_name(v)))),
                None => String::new(),
            };
            vm.format(&a[0], &spec).map(Value::Str)
        }),
        ("next", bi_next),
        ("sum", bi_sum),
        ("min", |vm, a, k| min_max(vm, a, k, true)),
        ("max", |vm, a, k| min_max(vm, a, k, false)),
        ("any", |vm, a, _| {
            arg_count(vm, "any", a, 1, 1)?;
            let it = vm.get_iter(&a[0])?;
            while let Some(x) = vm.iter_next(&it)? {
                if vm.truthy(&x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }),
        ("all", |vm, a, _| {
            arg_count(vm, "all", a, 1, 1)?;
            let it = vm.get_iter(&a[0])?;
            while let Some(x) = vm.iter_next(&it)? {
                if !vm.truthy(&x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }),
        ("sorted", |vm, a, k| {
            if a.len() != 1 {
                return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.len())));
            }
            let items = vm.iterate(&a[0])?;
            let l = Value::list(items);
            let sort = vm
                .types
                .list
                .lookup_str("sort")
                .ok_or_else(|| vm.runtime_error("list.sort missing"))?;
            vm.call_kw(&sort, &[l.clone()], k)?;
            Ok(l)
        }),
        ("divmod", |vm, a, _| {
            arg_count(vm, "divmod", a, 2, 2)?;
            bi_divmod(vm, &a[0], &a[1])
        }),
        ("pow", |vm, a, _| {
            arg_count(vm, "pow", a, 2, 3)?;
            if a.len() == 3 && !a[2].is_none() {
                let (b, e, m) = (
                    crate::vm::ops::to_bigint(&a[0]),
                    crate::vm::ops::to_bigint(&a[1]),
                    crate::vm::ops::to_bigint(&a[2]),
                );
                match (b, e, m) {
                    (Some(b), Some(e), Some(m)) => {
                        if m.is_zero() {
                            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
                        }
                        let (b, e) = if e.is_negative() {
                            match mod_inverse(&b, &m) {
                                Some(inv) => (inv, -e),
                                None => return Err(vm.value_error("base is not invertible for the given modulus")),
                            }
                        } else {
                            (b, e)
                        };
                        let r = b.modpow(&e, &m);
                        let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
                            r + &m
                        } else {
                            r
                        };
                        return Ok(Value::from_bigint(r));
                    }
                    _ => return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")),
                }
            }
            vm.binary_op(&a[0], &a[1], crate::syntax::ast::BinOp::Pow)
        }),
        ("round", bi_round),
        ("input", bi_input),
        ("globals", |vm, _, _| {
            Ok(vm.cur_globals.clone().map(Value::Dict).unwrap_or(Value::None))
        }),
        ("locals", |vm, _, _| Ok(vm.cur_locals.clone().unwrap_or(Value::None))),
        ("vars", |vm, a, _| {
            if a.is_empty() {
                return Ok(vm.cur_locals.clone().unwrap_or(Value::None));
            }
            match vm.get_attr_opt(&a[0], "__dict__")? {
                Some(d) => Ok(d),
                None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            }
        }),
        ("dir", bi_dir),
        ("__build_class__", build_class),
        ("__import__", |vm, a, _| {
            let name = match a.first() {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => return Err(vm.type_error("__import__() argument 1 must be str")),
            };
            let g = vm.cur_globals.clone().unwrap_or_else(|| DictObj::new_rc(Dict::new()));
            let fromlist = a.get(3).cloned().unwrap_or(Value::None);
            let level = a.get(4).cloned().unwrap_or(Value::Int(0));
            vm.import_name(&name, &fromlist, &level, &g)
        }),
        ("exec", bi_exec),
        ("eval", bi_eval),
        ("compile", bi_compile),
        ("open", crate::runtime::methods::bi_open),
        ("aiter", |vm, a, _| {
            arg_count(vm, "aiter", a, 1, 1)?;
            if vm.class_of(&a[0]).lookup_str("__aiter__").is_none() {
                return Err(vm.type_error(format!("'{}' object is not an async iterable", vm.type_name(&a[0]))));
            }
            let it = vm.call_dunder(&a[0], "__aiter__", &[])?.unwrap_or(Value::None);
            if vm.class_of(&it).lookup_str("__anext__").is_none() {
                return Err(vm.type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it))));
            }
            Ok(it)
        }),
        ("anext", |vm, a, _| {
            arg_count(vm, "anext", a, 1, 2)?;
            crate::runtime::async_objects::builtin_anext(vm, a)
        }),
    ];
    for (name, f) in fns {
        let special = Special::for_builtin(name);
        let v = Value::Native(Rc::new(NativeFunction {
            name,
            func: *f,
            owner: None,
            special,
            host: None,
        }));
        vm.set_builtin(name, v);
    }
    let t = &vm.types;
    let classes = vec![
        t.object.clone(),
        t.type_.clone(),
        t.int.clone(),
        t.bool_.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.str_.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.property.clone(),
        t.staticmethod.clone(),
        t.classmethod.clone(),
        t.super_.clone(),
    ];
    for c in classes {
        let name = c.name.as_str().to_string();
        vm.set_builtin(&name, Value::Class(c));
    }
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        let c = crate::vm::types::new_class(name, vec![vm.types.object.clone()], Layout::Builtin, Some(BuiltinType::Iterator));
        vm.register_iter_class(name, &c);
        vm.set_builtin(name, Value::Class(c));
    }
    for e in vm.types.exceptions.clone() {
        let name = e.name.as_str().to_string();
        vm.set_builtin(&name, Value::Class(e));
    }
    vm.set_builtin("EnvironmentError", Value::Class(vm.types.os_error.clone()));
    vm.set_builtin("IOError", Value::Class(vm.types.os_error.clone()));
    vm.set_builtin("None", Value::None);
    vm.set_builtin("True", Value::Bool(true));
    vm.set_builtin("False", Value::Bool(false));
    vm.set_builtin("NotImplemented", Value::NotImplemented);
    vm.set_builtin("Ellipsis", Value::Ellipsis);
    vm.set_builtin("__debug__", Value::Bool(true));
    vm.set_builtin("__name__", Value::str("builtins"));
}

/// `callable(v)`
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        v => vm.class_of(v).lookup_str("__call__").is_some(),
    }
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(crate::vm::intern::intern(s.as_str())),
        _ => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}

fn int_base(vm: &mut Vm, a: &[Value], base: u32, prefix: &str) -> PyResult<Value> {
    let name = match base {
        16 => "hex",
        8 => "oct",
        _ => "bin",
    };
    arg_count(vm, name, a, 1, 1)?;
    let n = match crate::vm::ops::to_bigint(&a[0]) {
        Some(n) => n,
        None => BigInt::from(vm.to_index(&a[0])?),
    };
    let digits = n.abs().to_str_radix(base);
    Ok(Value::string(if n.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }))
}

fn bi_print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let sep = match kw_get(kw, "sep") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::None) | None => " ".to_string(),
        Some(v) => return Err(vm.type_error(format!("sep must be None or a string, not {}", vm.type_name(v)))),
    };
    let end = match kw_get(kw, "end") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::None) | None => "\n".to_string(),
        Some(v) => return Err(vm.type_error(format!("end must be None or a string, not {}", vm.type_name(v)))),
    };
    for (k, _) in kw {
        if !matches!(k.as_str(), "sep" | "end" | "file" | "flush") {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for print()", k.as_str())));
        }
    }
    let mut parts: Vec<String> = Vec::with_capacity(args.len() * 2 + 1);
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            parts.push(sep.clone());
        }
        parts.push(vm.str(a)?.as_str().to_string());
    }
    parts.push(end);
    // `file=`, or a replaced `sys.stdout`: written piece by piece, as CPython does.
    let file = match kw_get(kw, "file") {
        Some(f) if !f.is_none() => Some(f.clone()),
        _ => match replaced_stdout(vm) {
            Some(Value::None) => return Ok(Value::None),
            other => other,
        },
    };
    match file {
        Some(f) => {
            let w = vm.get_attr_str(&f, "write")?;
            for p in parts {
                vm.call(&w, &[Value::string(p)])?;
            }
            if let Some(Value::Bool(true)) = kw_get(kw, "flush")
                && let Some(fl) = vm.get_attr_opt(&f, "flush")?
            {
                vm.call(&fl, &[])?;
            }
        }
        None => {
            vm.write_stdout(&parts.concat());
            if let Some(Value::Bool(true)) = kw_get(kw, "flush") {
                vm.flush_stdout();
            }
        }
    }
    Ok(Value::None)
}

/// `sys.stdout` when the program replaced it (None while it is the interpreter's own).
fn replaced_stdout(vm: &Vm) -> Option<Value> {
    let sys = vm.modules.d.borrow().get_by_str("sys").cloned()?;
    let Value::Module(m) = sys else { return None };
    let d = m.dict.d.borrow();
    let cur = d.get_by_str("stdout")?;
    let orig = d.get_by_str("__stdout__");
    match (cur.ptr(), orig.and_then(|o| o.ptr())) {
        (Some(a), Some(b)) if a == b => None,
        _ => Some(cur.clone()),
    }
}

fn bi_exit(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arg_count(vm, "exit", a, 0, 1)?;
    let cls = vm.types.system_exit.clone();
    Err(vm.new_exception(&cls, a.to_vec()))
}

fn bi_isinstance(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arg_count(vm, "isinstance", a, 2, 2)?;
    let cls = vm.class_of(&a[0]);
    Ok(Value::Bool(class_matches(
        vm,
        &cls,
        Some(&a[0]),
        &a[1],
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    )?))
}

/// isinstance/issubclass against one class or a tuple; a metaclass's `__instancecheck__` /
/// `__subclasscheck__` (abc.ABCMeta) decides when the plain MRO check fails.
fn class_matches(vm: &mut Vm, cls: &Rc<Class>, inst: Option<&Value>, spec: &Value, err: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) => {
            if cls.is_subclass(c) || (Rc::ptr_eq(c, &vm.types.int) && Rc::ptr_eq(cls, &vm.types.bool_)) {
                return Ok(true);
            }
            let meta = c.metaclass.borrow().clone();
            if let Some(meta) = meta {
                let (name, arg) = match inst {
                    Some(v) => ("__instancecheck__", v.clone()),
                    None => ("__subclasscheck__", Value::Class(cls.clone())),
                };
                if let Some(f @ Value::Function(_)) = meta.lookup_str(name) {
                    let r = vm.call(&f, &[spec.clone(), arg])?;
                    return vm.truthy(&r);
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in t.iter() {
                if class_matches(vm, cls, inst, x, err)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // Any other object whose type defines __instancecheck__/__subclasscheck__:
        // `int | str` (types.UnionType), typing's `List`.
        Value::Instance(i) => {
            let (name, arg) = match inst {
                Some(v) => ("__instancecheck__", v.clone()),
                None => ("__subclasscheck__", Value::Class(cls.clone())),
            };
            match i.class().lookup_str(name) {
                Some(f @ Value::Function(_)) => {
                    let r = vm.call(&f, &[spec.clone(), arg])?;
                    vm.truthy(&r)
                }
                _ => Err(vm.type_error(err.to_string())),
            }
        }
        _ => Err(vm.type_error(err.to_string())),
    }
}

fn bi_issubclass(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arg_count(vm, "issubclass", a, 2, 2)?;
    match &a[0] {
        Value::Class(c) => {
            let c = c.clone();
            Ok(Value::Bool(class_matches(
                vm,
                &c,
                None,
                &a[1],
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )?))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn bi_next(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arg_count(vm, "next", a, 1, 2)?;
    let it = &a[0];
    let is_iter = match it {
        Value::Iter(_) => true,
        Value::Generator(g) => g.kind == GenKind::Generator,
        v => vm.class_of(v).lookup_str("__next__").is_some(),
    };
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    // Without a default, the iterator's own StopIteration (and its value) propagates.
    if a.len() == 1
        && !matches!(it, Value::Iter(_) | Value::Generator(_))
        && let Some(f) = vm.class_of(it).lookup_str("__next__")
    {
        return vm.call(&f, std::slice::from_ref(it));
    }
    if let Value::Generator(g) = it {
        return match vm.gen_resume(g, Value::None, None)? {
            crate::vm::interp::Exit::Yield(v) => Ok(v),
            crate::vm::interp::Exit::Return(r) => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(r)),
            },
        };
    }
    match vm.iter_next(it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
        Err(e) => Err(e),
    }
}

fn bi_sum(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    arg_count(vm, "sum", a, 1, 2)?;
    let mut acc = a.get(1).cloned().or_else(|| kw_get(k, "start").cloned()).unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) if p.checked_add(*q).is_some() => Value::Int(p + q),
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            _ => vm.binary_op(&acc, &x, crate::syntax::ast::BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, a: &[Value], k: KwArgs, is_min: bool) -> PyResult<Value> {
    let name = if is_min { "min" } else { "max" };
    let key = kw_get(k, "key").cloned().filter(|v| !v.is_none());
    let default = kw_get(k, "default").cloned();
    let items = if a.len() == 1 {
        vm.iterate(&a[0])?
    } else if a.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
        }
        a.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(f) => vm.call(f, &[best.clone()])?,
        None => best.clone(),
    };
    for x in &items[1..] {
        let kx = match &key {
            Some(f) => vm.call(f, &[x.clone()])?,
            None => x.clone(),
        };
        let better = if is_min { vm.lt(&kx, &best_key)? } else { vm.lt(&best_key, &kx)? };
        if better {
            best = x.clone();
            best_key = kx;
        }
    }
    Ok(best)
}

fn bi_round(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    arg_count(vm, "round", a, 1, 2)?;
    let nd = a.get(1).cloned().or_else(|| kw_get(k, "ndigits").cloned()).unwrap_or(Value::None);
    match &a[0] {
        Value::Float(f) => {
            if nd.is_none() {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                let r = f.round();
                let r = if (f - f.trunc()).abs() == 0.5 { 2.0 * (f / 2.0).round() } else { r };
                return Ok(Value::from_bigint(crate::vm::ops::float_to_bigint(r)));
            }
            let n = vm.to_index(&nd)?;
            match crate::runtime::format::float_round_checked(*f, n) {
                Ok(x) => Ok(Value::Float(x)),
                Err(m) => Err(vm.overflow_error(m)),
            }
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let v = crate::vm::ops::to_bigint(&a[0]).unwrap_or_default();
            if nd.is_none() {
                return Ok(Value::from_bigint(v));
            }
            let n = vm.to_index(&nd)?;
            if n >= 0 {
                return Ok(Value::from_bigint(v));
            }
            let p = num_traits::pow::Pow::pow(&BigInt::from(10), (-n) as u32);
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        v => match vm.call_dunder(v, "__round__", &a[1..])? {
            Some(r) => Ok(r),
            None => Err(vm.type_error(format!("type {} doesn't define __round__ method", vm.type_name(v)))),
        },
    }
}

fn bi_input(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let parkable = vm.can_park();
    if let Some(p) = a.first() {
        let s = vm.str(p)?;
        vm.write_stdout(s.as_str());
    }
    vm.flush_stdout();
    crate::runtime::stdin::read_line(vm, parkable, finish_input)
}

/// `input()`'s result from a raw line: without its newline; EOFError at end of file.
fn finish_input(vm: &mut Vm, line: Value) -> PyResult<Value> {
    let Value::Str(s) = &line else { return Ok(line) };
    let mut t = s.as_str();
    if t.is_empty() {
        return Err(vm.new_error(&vm.types.eof_error.clone(), "EOF when reading a line"));
    }
    if let Some(x) = t.strip_suffix('\n') {
        t = x.strip_suffix('\r').unwrap_or(x);
    }
    Ok(Value::str(t))
}

/// Attributes that built-in objects have without a class-dict entry here (object's own
/// methods and the getset descriptors of the generator types), for `dir()`.
fn builtin_dir_extras(v: &Value) -> &'static [&'static str] {
    const GEN: &[&str] = &[
        "__class__",
        "__del__",
        "__dir__",
        "__doc__",
        "__ge__",
        "__getstate__",
        "__gt__",
        "__le__",
        "__lt__",
        "__name__",
        "__qualname__",
        "__reduce__",
        "__reduce_ex__",
        "__sizeof__",
        "__subclasshook__",
        "gi_code",
        "gi_frame",
        "gi_running",
        "gi_suspended",
        "gi_yieldfrom",
    ];
    const CORO: &[&str] = &[
        "__class__",
        "__del__",
        "__dir__",
        "__doc__",
        "__ge__",
        "__getstate__",
        "__gt__",
        "__le__",
        "__lt__",
        "__name__",
        "__qualname__",
        "__reduce__",
        "__reduce_ex__",
        "__sizeof__",
        "__subclasshook__",
        "cr_await",
        "cr_code",
        "cr_frame",
        "cr_origin",
        "cr_running",
        "cr_suspended",
    ];
    const AGEN: &[&str] = &[
        "__class__",
        "__class_getitem__",
        "__del__",
        "__dir__",
        "__doc__",
        "__ge__",
        "__getstate__",
        "__gt__",
        "__le__",
        "__lt__",
        "__name__",
        "__qualname__",
        "__reduce__",
        "__reduce_ex__",
        "__sizeof__",
        "__subclasshook__",
        "ag_await",
        "ag_code",
        "ag_frame",
        "ag_running",
    ];
    const OBJECT: &[&str] = &[
        "__class__",
        "__dir__",
        "__doc__",
        "__ge__",
        "__getstate__",
        "__gt__",
        "__le__",
        "__lt__",
        "__reduce__",
        "__reduce_ex__",
        "__sizeof__",
        "__subclasshook__",
    ];
    match v {
        Value::Generator(g) => match g.kind {
            GenKind::Generator => GEN,
            GenKind::Coroutine => CORO,
            GenKind::AsyncGenerator => AGEN,
        },
        Value::Object(_) | Value::Instance(_) => OBJECT,
        _ => &[],
    }
}

fn bi_dir(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let mut names: Vec<String> = vec![];
    match a.first() {
        None => {
            if let Some(Value::Dict(d)) = vm.cur_locals.clone() {
                names = d.d.borrow().keys().iter().filter_map(|k| k.as_str().map(String::from)).collect();
            }
        }
        Some(Value::Module(m)) => {
            names = m
                .dict
                .d
                .borrow()
                .keys()
                .iter()
                .filter_map(|k| k.as_str().map(String::from))
                .collect()
        }
        Some(Value::Class(c)) => {
            for k in c.mro() {
                for key in k.dict.borrow().keys() {
                    if let Some(s) = key.as_str() {
                        names.push(s.to_string());
                    }
                }
            }
        }
        Some(v) => {
            if let Value::Instance(i) = v {
                for key in i.attr_keys() {
                    if let Some(s) = key.as_str() {
                        names.push(s.to_string());
                    }
                }
            }
            for k in vm.class_of(v).mro() {
                for key in k.dict.borrow().keys() {
                    if let Some(s) = key.as_str() {
                        names.push(s.to_string());
                    }
                }
            }
            names.extend(builtin_dir_extras(v).iter().map(|s| s.to_string()));
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn bi_divmod(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<Value> {
    let num = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_));
    if num(x) && num(y) {
        if (matches!(x, Value::Float(_)) || matches!(y, Value::Float(_))) && vm.to_f64(y)? == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let q = vm.binary_op(x, y, crate::syntax::ast::BinOp::FloorDiv)?;
        let r = vm.binary_op(x, y, crate::syntax::ast::BinOp::Mod)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some(r) = vm.call_dunder(x, "__divmod__", &[y.clone()])?
        && !matches!(r, Value::NotImplemented)
    {
        return Ok(r);
    }
    if let Some(r) = vm.call_dunder(y, "__rdivmod__", &[x.clone()])?
        && !matches!(r, Value::NotImplemented)
    {
        return Ok(r);
    }
    let (bx, by) = (vm.builtin_base_value(x), vm.builtin_base_value(y));
    if bx.is_some() || by.is_some() {
        let bx = bx.unwrap_or_else(|| x.clone());
        let by = by.unwrap_or_else(|| y.clone());
        return bi_divmod(vm, &bx, &by);
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(x),
        vm.type_name(y)
    )))
}

/// The inverse of `b` modulo `|m|` (in `0..|m|`), or None when they are not coprime.
fn mod_inverse(b: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    use num_traits::{One, Signed};
    let m = m.abs();
    let b = b.mod_floor(&m);
    let (mut old_r, mut r) = (b, m.clone());
    let (mut old_s, mut s) = (num_bigint::BigInt::one(), num_bigint::BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if !old_r.is_one() {
        return None;
    }
    Some(old_s.mod_floor(&m))
}

/// The globals and locals mappings of `exec`/`eval`.
fn exec_namespaces(vm: &mut Vm, a: &[Value]) -> (Rc<DictObj>, Option<Rc<DictObj>>) {
    let globals = match a.get(1) {
        Some(Value::Dict(d)) => d.clone(),
        _ => vm.cur_globals.clone().unwrap_or_else(|| DictObj::new_rc(Dict::new())),
    };
    let locals = match a.get(2) {
        Some(Value::Dict(d)) if !Rc::ptr_eq(d, &globals) => Some(d.clone()),
        Some(Value::Dict(_)) => None,
        _ => match vm.cur_locals.clone() {
            Some(Value::Dict(d)) if a.get(1).is_none() && !Rc::ptr_eq(&d, &globals) => Some(d),
            _ => None,
        },
    };
    (globals, locals)
}

fn bi_exec(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (globals, locals) = exec_namespaces(vm, a);
    match a.first() {
        Some(Value::Str(s)) => {
            let src = s.as_str().to_string();
            vm.run_source(&src, "<string>", &globals, locals, crate::compile::Mode::Exec)?;
        }
        Some(Value::Code(c)) => {
            let c = c.clone();
            vm.run_code(&c, &globals, locals)?;
        }
        _ => return Err(vm.type_error("exec() arg 1 must be a string, bytes or code object")),
    }
    Ok(Value::None)
}

fn bi_eval(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (globals, locals) = exec_namespaces(vm, a);
    match a.first() {
        Some(Value::Str(s)) => {
            let src = s.as_str().trim_start_matches([' ', '\t']).to_string();
            vm.run_source(&src, "<string>", &globals, locals, crate::compile::Mode::Eval)
        }
        Some(Value::Code(c)) => {
            let c = c.clone();
            vm.run_code(&c, &globals, locals)
        }
        _ => Err(vm.type_error("eval() arg 1 must be a string, bytes or code object")),
    }
}

/// `compile(source, filename, mode)`
fn bi_compile(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let get = |i: usize, n: &str| a.get(i).or_else(|| crate::vm::call::kw_get(k, n)).cloned();
    let src = match get(0, "source") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::Bytes(b)) => String::from_utf8_lossy(&b).into_owned(),
        Some(Value::Code(c)) => return Ok(Value::Code(c)),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let filename = match get(1, "filename") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("compile() missing required argument 'filename' (pos 2)")),
    };
    let mode = match get(2, "mode") {
        Some(Value::Str(s)) => match s.as_str() {
            "exec" => crate::compile::Mode::Exec,
            "eval" => crate::compile::Mode::Eval,
            "single" => crate::compile::Mode::Interactive,
            _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        },
        _ => return Err(vm.type_error("compile() missing required argument 'mode' (pos 3)")),
    };
    let src = if mode == crate::compile::Mode::Eval {
        src.trim_start_matches([' ', '\t']).to_string()
    } else {
        src
    };
    // Module-level names are looked up by name, so the code runs with any locals mapping.
    let flags = match get(3, "flags") {
        None => 0,
        Some(v) => vm.to_index(&v)?,
    };
    // PyCF_ALLOW_INCOMPLETE_INPUT (codeop): input that needs more lines is an error of its own.
    if flags & 0x4000 != 0 && mode != crate::compile::Mode::Eval && crate::syntax::input_is_incomplete(&src) {
        return Err(vm.new_error(&vm.types.syntax_error.clone(), "incomplete input"));
    }
    // Module-level names are looked up by name, so the code runs with any locals mapping.
    let code = vm.compile_source_flags(
        &src,
        &filename,
        mode,
        true,
        flags & crate::runtime::async_objects::PYCF_ALLOW_TOP_LEVEL_AWAIT != 0,
    )?;
    Ok(Value::Code(code))
}

/// `__build_class__(func, name, *bases, metaclass=None, **kw)`
fn build_class(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (func, name) = match (a.first(), a.get(1)) {
        (Some(Value::Function(f)), Some(Value::Str(n))) => (f.clone(), n.clone()),
        _ => return Err(vm.type_error("__build_class__: func must be a function")),
    };
    let mut bases: Vec<Rc<Class>> = vec![];
    for b in &a[2..] {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            // `class C(list[int])`: a non-class base names its replacements.
            other => {
                let orig = Value::tuple(a[2..].to_vec());
                match vm.call_dunder(other, "__mro_entries__", &[orig])? {
                    Some(Value::Tuple(t)) => {
                        for e in t.iter() {
                            match e {
                                Value::Class(c) => bases.push(c.clone()),
                                e => return Err(vm.type_error(format!("bases must be types, not {}", vm.type_name(e)))),
                            }
                        }
                    }
                    Some(_) => return Err(vm.type_error("__mro_entries__ must return a tuple")),
                    None => return Err(vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))),
                }
            }
        }
    }
    let metaclass = kw_get(kw, "metaclass").cloned();
    // A metaclass's __prepare__ supplies the namespace the body runs in.
    let prepare_meta = match &metaclass {
        Some(Value::Class(m)) => Some(m.clone()),
        _ => bases.iter().find_map(|b| b.metaclass.borrow().clone()),
    };
    let prepared = match prepare_meta
        .as_ref()
        .and_then(|m| m.lookup_str("__prepare__").map(|f| (m.clone(), f)))
    {
        Some((m, f @ (Value::Function(_) | Value::ClassMethod(_) | Value::StaticMethod(_)))) => {
            let (f, skip) = match f {
                Value::ClassMethod(inner) => ((*inner).clone(), 0),
                Value::StaticMethod(inner) => ((*inner).clone(), 1),
                f => (f, 0),
            };
            let args = [
                Value::Class(m),
                Value::Str(name.clone()),
                Value::tuple(bases.iter().cloned().map(Value::Class).collect()),
            ];
            let other_kw: Vec<(Rc<PyStr>, Value)> = kw.iter().filter(|(k, _)| k.as_str() != "metaclass").cloned().collect();
            match vm.call_kw(&f, &args[skip..], &other_kw)? {
                Value::Dict(d) => Some(d),
                other => {
                    return Err(vm.type_error(format!(
                        "{}.__prepare__() must return a dict, not {}",
                        "metaclass",
                        vm.type_name(&other)
                    )));
                }
            }
        }
        _ => None,
    };
    let ns = prepared.unwrap_or_else(|| DictObj::new_rc(Dict::new()));
    let mut frame = vm.make_frame(&func, &[], &[])?;
    frame.locals = Some(ns.clone());
    frame.resumer = crate::vm::frame::Resumer::Native;
    vm.execute(frame, None)?;
    let ns_dict = ns.d.borrow().clone();
    let meta_cls = match &metaclass {
        Some(Value::Class(m)) => Some(m.clone()),
        _ => bases.iter().find_map(|b| b.metaclass.borrow().clone()),
    };
    if let Some(m) = &meta_cls {
        // A Python metaclass: call it like type(name, bases, ns).
        if m.lookup_str("__new__")
            .map(|f| matches!(f, Value::Function(_) | Value::StaticMethod(_)))
            .unwrap_or(false)
            || m.lookup_str("__init__").map(|f| matches!(f, Value::Function(_))).unwrap_or(false)
        {
            let bases_t = Value::tuple(bases.iter().cloned().map(Value::Class).collect());
            let other_kw: Vec<(Rc<PyStr>, Value)> = kw.iter().filter(|(k, _)| k.as_str() != "metaclass").cloned().collect();
            return vm.call_kw(&Value::Class(m.clone()), &[Value::Str(name), bases_t, Value::Dict(ns)], &other_kw);
        }
    }
    let cls = new_user_class(vm, name.as_str(), bases, ns_dict)?;
    if let Some(m) = meta_cls {
        *cls.metaclass.borrow_mut() = Some(m);
    }
    run_init_subclass(vm, &cls, kw)?;
    Ok(Value::Class(cls))
}

/// Calls the parent's `__init_subclass__` for a new class (keywords minus `metaclass`).
pub fn run_init_subclass(vm: &mut Vm, cls: &Rc<Class>, kw: KwArgs) -> PyResult<()> {
    let parent = cls.mro_rest.borrow().first().cloned();
    if let Some(parent) = parent
        && let Some(f @ (Value::Function(_) | Value::ClassMethod(_))) = parent.lookup_str("__init_subclass__")
    {
        let f = match f {
            Value::ClassMethod(inner) => (*inner).clone(),
            other => other,
        };
        let other_kw: Vec<(Rc<PyStr>, Value)> = kw.iter().filter(|(k, _)| k.as_str() != "metaclass").cloned().collect();
        vm.call_kw(&f, &[Value::Class(cls.clone())], &other_kw)?;
    }
    Ok(())
}

/// Creates a class from a namespace (class statement or 3-argument `type`).
pub fn new_user_class(vm: &mut Vm, name: &str, bases: Vec<Rc<Class>>, mut ns: Dict) -> PyResult<Rc<Class>> {
    let bases = if bases.is_empty() { vec![vm.types.object.clone()] } else { bases };
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", b.name())));
        }
    }
    let mro_rest = match crate::vm::types::compute_mro_rest(&bases) {
        Some(m) => m,
        None => {
            let names: Vec<String> = bases.iter().map(|b| b.name().to_string()).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
    };
    let layout = if bases.iter().any(|b| crate::vm::call::class_layout(b) == Layout::Exception) {
        Layout::Exception
    } else {
        Layout::Object
    };
    let classcell = ns.remove_str(&PyStr::new("__classcell__"));
    let qualname = match ns.get_by_str("__qualname__") {
        Some(Value::Str(q)) => q.clone(),
        _ => crate::vm::intern::intern(name),
    };
    ns.remove_str(&PyStr::new("__qualname__"));
    // Defining __eq__ without __hash__ makes instances unhashable.
    if ns.get_by_str("__eq__").is_some() && ns.get_by_str("__hash__").is_none() {
        ns.set_str("__hash__", Value::None);
    }
    // __new__ / __init_subclass__ / __class_getitem__ are implicitly static/class methods.
    if let Some(f @ Value::Function(_)) = ns.get_by_str("__new__").cloned() {
        ns.set_str("__new__", Value::StaticMethod(Rc::new(f)));
    }
    for n in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Value::Function(_)) = ns.get_by_str(n).cloned() {
            ns.set_str(n, Value::ClassMethod(Rc::new(f)));
        }
    }
    let cls = Rc::new(Class {
        name: crate::vm::intern::intern(name),
        qualname: std::cell::RefCell::new(qualname),
        bases,
        mro_rest: std::cell::RefCell::new(mro_rest),
        dict: std::cell::RefCell::new(ns),
        layout,
        builtin: None,
        metaclass: std::cell::RefCell::new(None),
        version: std::cell::Cell::new(0),
        flags: std::cell::Cell::new(0),
        cache: std::cell::RefCell::new(hashbrown::HashMap::new()),
        cache_epoch: std::cell::Cell::new(0),
        uid: crate::vm::object::next_class_uid(),
        subclasses: std::cell::RefCell::new(vec![]),
    });
    for b in &cls.bases {
        let mut subs = b.subclasses.borrow_mut();
        subs.retain(|w| w.strong_count() > 0);
        subs.push(Rc::downgrade(&cls));
    }
    if let Some(Value::Cell(c)) = classcell {
        *c.v.borrow_mut() = Value::Class(cls.clone());
    }
    // __set_name__ on descriptors.
    let items = cls.dict.borrow().items();
    for (k, v) in items {
        if let Value::Instance(_) = &v
            && let Some(sn) = vm.class_of(&v).lookup_str("__set_name__")
        {
            vm.call(&sn, &[v.clone(), Value::Class(cls.clone()), k.clone()])?;
        }
    }
    Ok(cls)
}

/// Calling a built-in class: `int("3")`, `list(x)`, `type(o)`, ...
pub fn construct_builtin(vm: &mut Vm, cls: &Rc<Class>, b: BuiltinType, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::runtime::methods::construct(vm, cls, b, args, kw)
}

pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    b.to_f64()
}
