//! Calling: argument binding into new frames, calls from native code, instantiation.

use std::rc::Rc;

use super::dict::Dict;
use super::frame::{Frame, Resumer};
use super::object::*;
use super::value::{PyStr, Value};
use super::{KwArgs, PyResult, Vm};
use crate::compile::Code;

impl Vm {
    /// A frame for `code` with an empty stack (the caller fills the local slots).
    pub fn alloc_frame_empty(&mut self, code: &Rc<Code>, globals: &Rc<DictObj>) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                if !Rc::ptr_eq(&f.code, code) {
                    f.code = code.clone();
                }
                if !Rc::ptr_eq(&f.globals, globals) {
                    f.globals = globals.clone();
                }
                f
            }
            None => Box::new(Frame {
                code: code.clone(),
                ip: 0,
                stack: Vec::with_capacity(code.nlocals() + code.stacksize as usize),
                cells: vec![],
                blocks: vec![],
                globals: globals.clone(),
                locals: None,
                handled_exc: Value::None,
                resumer: Resumer::Call,
                owner: None,
                chain: vec![],
                started: false,
            }),
        }
    }

    /// A fresh frame for `code` with empty locals (from the pool when possible).
    pub fn alloc_frame(&mut self, code: &Rc<Code>, globals: &Rc<DictObj>) -> Box<Frame> {
        let mut f = self.alloc_frame_empty(code, globals);
        for _ in 0..code.nlocals() {
            f.stack.push(Value::Null);
        }
        f
    }

    /// Returns a finished frame to the pool.
    pub fn recycle(&mut self, mut f: Box<Frame>) {
        if self.frame_pool.len() < 64 {
            while let Some(v) = f.stack.pop() {
                super::value::discard(v);
            }
            // Most frames never touch these; skip the stores (and drops) when untouched.
            if !f.cells.is_empty() {
                f.cells.clear();
            }
            if !f.blocks.is_empty() {
                f.blocks.clear();
            }
            if f.locals.is_some() {
                f.locals = None;
            }
            if !f.handled_exc.is_none() {
                f.handled_exc = Value::None;
            }
            if !matches!(f.resumer, Resumer::Call) {
                f.resumer = Resumer::Call;
            }
            if f.owner.is_some() {
                f.owner = None;
            }
            if !f.chain.is_empty() {
                f.chain.clear();
            }
            f.ip = 0;
            f.started = false;
            self.frame_pool.push(f);
        }
    }

    /// Builds the frame for a call of `func` with positional `args` and keyword arguments.
    pub fn make_frame(&mut self, func: &Rc<Function>, args: &[Value], kwargs: KwArgs) -> PyResult<Box<Frame>> {
        let code = &func.code;
        let argcount = code.argcount as usize;
        let simple = code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0 && code.kwonlyargcount == 0;
        let mut f;
        let ndefaults = func.defaults.borrow().len();
        if simple && kwargs.is_empty() && args.len() <= argcount && args.len() + ndefaults >= argcount {
            // Positional arguments, the rest from the defaults: no binding by name needed.
            f = self.alloc_frame_empty(code, &func.globals);
            for a in args {
                f.stack.push(a.clone());
            }
            if args.len() < argcount {
                let defaults = func.defaults.borrow();
                for d in &defaults[ndefaults - (argcount - args.len())..] {
                    f.stack.push(d.clone());
                }
            }
            for _ in argcount..code.nlocals() {
                f.stack.push(Value::Null);
            }
        } else {
            f = self.alloc_frame(code, &func.globals);
            if let Err(e) = self.bind_args(&mut f, func, args, kwargs) {
                self.recycle(f);
                return Err(e);
            }
        }
        if code.ncells() > 0 {
            self.init_cells(&mut f, func);
        }
        Ok(f)
    }

    fn init_cells(&mut self, f: &mut Frame, func: &Rc<Function>) {
        let code = &func.code;
        f.cells.clear();
        for _ in 0..code.cellvars.len() {
            let c = Rc::new(CellObj::new(Value::Null));
            super::gc::track_cell(&c);
            f.cells.push(c);
        }
        for &(ci, ai) in &code.cell2arg {
            let v = std::mem::replace(&mut f.stack[ai as usize], Value::Null);
            *f.cells[ci as usize].v.borrow_mut() = v;
        }
        f.cells.extend(func.closure.iter().cloned());
    }

    fn bind_args(&mut self, f: &mut Frame, func: &Rc<Function>, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
        let code = func.code.clone();
        let name = func.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & CO_VARARGS != 0;
        let has_varkw = code.flags & CO_VARKEYWORDS != 0;
        let nparams = argcount + kwonly;
        let varargs_slot = nparams;
        let varkw_slot = nparams + has_varargs as usize;

        let npos = args.len().min(argcount);
        f.stack[..npos].clone_from_slice(&args[..npos]);
        if args.len() > argcount {
            if has_varargs {
                f.stack[varargs_slot] = Value::tuple(args[argcount..].to_vec());
            } else {
                let defaults = func.defaults.borrow().len();
                let kwonly_given = kwargs
                    .iter()
                    .filter(|(k, _)| code.varnames[argcount..nparams].iter().any(|v| v.as_str() == k.as_str()))
                    .count();
                let takes = if defaults > 0 {
                    format!("from {} to {} positional arguments", argcount - defaults, argcount)
                } else {
                    format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
                };
                let given = if kwonly_given > 0 {
                    format!(
                        "{} positional argument{} (and {} keyword-only argument{}) were given",
                        args.len(),
                        if args.len() == 1 { "" } else { "s" },
                        kwonly_given,
                        if kwonly_given == 1 { "" } else { "s" }
                    )
                } else {
                    format!("{} {} given", args.len(), if args.len() == 1 { "was" } else { "were" })
                };
                return Err(self.type_error(format!("{}() takes {} but {}", name.as_str(), takes, given)));
            }
        } else if has_varargs {
            f.stack[varargs_slot] = Value::tuple(vec![]);
        }
        let mut extra_kw: Option<Dict> = if has_varkw { Some(Dict::new()) } else { None };
        let mut posonly_as_kw: Vec<String> = vec![];
        for (k, v) in kwargs {
            let ks = k.as_str();
            // Names are usually the same interned object: compare addresses first.
            let slot = code.varnames[..nparams]
                .iter()
                .position(|n| Rc::ptr_eq(n, k))
                .or_else(|| code.varnames[..nparams].iter().position(|n| n.as_str() == ks));
            match slot {
                Some(i) if i >= posonly => {
                    if !f.stack[i].is_null() {
                        return Err(self.type_error(format!("{}() got multiple values for argument '{}'", name.as_str(), ks)));
                    }
                    f.stack[i] = v.clone();
                }
                _ => {
                    if let Some(d) = extra_kw.as_mut() {
                        d.set_pystr(k.clone(), v.clone());
                    } else if slot.is_some() {
                        posonly_as_kw.push(ks.to_string());
                    } else {
                        return Err(self.type_error(format!("{}() got an unexpected keyword argument '{}'", name.as_str(), ks)));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                name.as_str(),
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(d) = extra_kw {
            f.stack[varkw_slot] = Value::dict(d);
        }
        // Defaults for missing positional parameters.
        let defaults = func.defaults.borrow();
        let first_default = argcount - defaults.len();
        let mut missing: Vec<String> = vec![];
        for i in npos..argcount {
            if f.stack[i].is_null() {
                if i >= first_default {
                    f.stack[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].as_str().to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                name.as_str(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_list(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow();
        for i in argcount..nparams {
            if f.stack[i].is_null() {
                let nm = &code.varnames[i];
                if let Some(kd) = kwdefaults.as_ref()
                    && let Some(v) = kd.d.borrow().get_str(nm)
                {
                    f.stack[i] = v.clone();
                    continue;
                }
                missing.push(nm.as_str().to_string());
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                name.as_str(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_list(&missing)
            )));
        }
        Ok(())
    }

    /// Calls any callable from native code.
    pub fn call(&mut self, func: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(func, args, &[])
    }

    pub fn call_kw(&mut self, func: &Value, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        match func {
            Value::Function(f) => {
                if kwargs.is_empty() && f.code.fast_call && f.code.argcount as usize == args.len() {
                    // The common call from native code (sort keys and comparisons, dunder
                    // methods, map, ...): exact positional arguments, no cells to set up.
                    let code = &f.code;
                    let mut frame = self.alloc_frame_empty(code, &f.globals);
                    // A plain loop: each clone is inline (ints are copies), unlike the
                    // generic slice clone.
                    for a in args {
                        frame.stack.push(a.clone());
                    }
                    for _ in args.len()..code.nlocals() {
                        frame.stack.push(Value::Null);
                    }
                    frame.resumer = Resumer::Native;
                    return match self.execute(frame, None)? {
                        super::interp::Exit::Return(v) | super::interp::Exit::Yield(v) => Ok(v),
                    };
                }
                let frame = self.make_frame(f, args, kwargs)?;
                self.run_function_frame(f, frame)
            }
            Value::Native(n) => {
                self.charge_fuel(1)?;
                self.native_entries = self.native_entries.wrapping_add(1);
                match &n.host {
                    None => (n.func)(self, args, kwargs),
                    Some(h) => h.clone()(self, args, kwargs),
                }
            }
            Value::BoundMethod(m) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(m.self_.clone());
                a.extend_from_slice(args);
                self.call_kw(&m.func.clone(), &a, kwargs)
            }
            Value::Class(c) => self.instantiate(c, args, kwargs),
            Value::StaticMethod(f) => self.call_kw(&(**f).clone(), args, kwargs),
            _ => {
                let cls = self.class_of(func);
                match cls.lookup(&self.names.call) {
                    Some(call) if !matches!(func, Value::Class(_)) => {
                        let mut a = Vec::with_capacity(args.len() + 1);
                        a.push(func.clone());
                        a.extend_from_slice(args);
                        self.call_kw(&call, &a, kwargs)
                    }
                    _ => Err(self.type_error(format!("'{}' object is not callable", cls.name()))),
                }
            }
        }
    }

    /// Runs a function's fresh frame: generator functions return a generator instead.
    pub fn run_function_frame(&mut self, f: &Rc<Function>, mut frame: Box<Frame>) -> PyResult<Value> {
        if f.code.is_generator_like() {
            return Ok(self.make_generator(f, frame));
        }
        frame.resumer = Resumer::Native;
        match self.execute(frame, None)? {
            super::interp::Exit::Return(v) | super::interp::Exit::Yield(v) => Ok(v),
        }
    }

    pub fn make_generator(&mut self, f: &Rc<Function>, frame: Box<Frame>) -> Value {
        let kind = if f.code.flags & CO_COROUTINE != 0 {
            GenKind::Coroutine
        } else if f.code.flags & CO_ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        Value::Generator(Rc::new(Generator {
            kind,
            frame: std::cell::RefCell::new(Some(frame)),
            running: std::cell::Cell::new(false),
            finished: std::cell::Cell::new(false),
            delegate: std::cell::RefCell::new(None),
            name: std::cell::RefCell::new(f.name.borrow().clone()),
            qualname: std::cell::RefCell::new(f.qualname.borrow().clone()),
            code: f.code.clone(),
            ag: Default::default(),
        }))
    }

    /// `cls(*args, **kwargs)`
    pub fn instantiate(&mut self, cls: &Rc<Class>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        // Built-in types construct themselves.
        if let Some(b) = cls.builtin {
            return crate::runtime::builtins::construct_builtin(self, cls, b, args, kwargs);
        }
        if let Some(meta) = cls.metaclass.borrow().clone() {
            // A metaclass with __call__ takes over.
            if let Some(call) = meta.lookup(&self.names.call)
                && matches!(call, Value::Function(_))
            {
                let mut a = vec![Value::Class(cls.clone())];
                a.extend_from_slice(args);
                return self.call_kw(&call, &a, kwargs);
            }
        }
        self.type_call(cls, args, kwargs)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`, ignoring any
    /// metaclass `__call__`.
    pub fn type_call(&mut self, cls: &Rc<Class>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        if let Some(b) = cls.builtin {
            return crate::runtime::builtins::construct_builtin(self, cls, b, args, kwargs);
        }
        let new = cls.lookup(&self.names.new);
        let obj = match &new {
            Some(Value::StaticMethod(f)) => {
                let mut a = vec![Value::Class(cls.clone())];
                a.extend_from_slice(args);
                self.call_kw(&(**f).clone(), &a, kwargs)?
            }
            Some(n @ Value::Function(_)) => {
                let mut a = vec![Value::Class(cls.clone())];
                a.extend_from_slice(args);
                self.call_kw(n, &a, kwargs)?
            }
            Some(n @ Value::Native(nf)) if nf.owner != Some("object") => {
                let mut a = vec![Value::Class(cls.clone())];
                a.extend_from_slice(args);
                self.call_kw(n, &a, kwargs)?
            }
            _ => self.new_instance(cls),
        };
        let default_new = match &new {
            None => true,
            Some(Value::Native(nf)) => nf.owner == Some("object"),
            _ => false,
        };
        // __init__ only runs when __new__ returned an instance of cls.
        let is_inst = match &obj {
            Value::Instance(i) => i.class().is_subclass(cls),
            // A metaclass's __new__ made a class: the metaclass's __init__ runs on it.
            Value::Class(_) => self.class_of(&obj).is_subclass(cls),
            _ => false,
        };
        if !is_inst {
            return Ok(obj);
        }
        let init = cls.lookup(&self.names.init);
        match init {
            Some(Value::Function(f)) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend_from_slice(args);
                let r = self.call_kw(&Value::Function(f), &a, kwargs)?;
                if !r.is_none() {
                    return Err(self.type_error(format!("__init__() should return None, not '{}'", self.type_name(&r))));
                }
            }
            Some(Value::Native(n)) if n.owner != Some("object") => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend_from_slice(args);
                self.call_kw(&Value::Native(n), &a, kwargs)?;
            }
            Some(other @ Value::Instance(_)) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend_from_slice(args);
                self.call_kw(&other, &a, kwargs)?;
            }
            _ => {
                // object.__init__: complain about arguments only if __new__ is object's too.
                if (!args.is_empty() || !kwargs.is_empty()) && default_new {
                    return Err(self.type_error(format!("{}() takes no arguments", cls.name())));
                }
            }
        }
        Ok(obj)
    }

    /// `object.__new__(cls)`: a bare instance with the right layout.
    pub fn new_instance(&mut self, cls: &Rc<Class>) -> Value {
        let layout = class_layout(cls);
        let exc = if layout == Layout::Exception {
            Some(Box::new(std::cell::RefCell::new(ExcData {
                args: Value::tuple(vec![]),
                traceback: vec![],
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            })))
        } else {
            None
        };
        let base = builtin_base_default(self, cls);
        Value::Instance(super::gc::tracked_instance(Instance {
            class: std::cell::RefCell::new(cls.clone()),
            attrs: std::cell::RefCell::new(Attrs::new()),
            exc,
            base: std::cell::RefCell::new(base),
        }))
    }
}

/// The layout instances of `cls` need: exception data if any base is an exception.
pub fn class_layout(cls: &Rc<Class>) -> Layout {
    if cls.layout == Layout::Exception {
        return Layout::Exception;
    }
    for c in cls.mro_rest.borrow().iter() {
        if c.layout == Layout::Exception {
            return Layout::Exception;
        }
    }
    cls.layout
}

/// The built-in type a class derives from (int, list, dict, ...), if any.
pub fn builtin_base(cls: &Rc<Class>) -> Option<BuiltinType> {
    for c in cls.mro_rest.borrow().iter() {
        match c.builtin {
            Some(BuiltinType::Object) | Some(BuiltinType::BaseException) | None => {}
            Some(b) => return Some(b),
        }
    }
    None
}

fn builtin_base_default(_vm: &Vm, cls: &Rc<Class>) -> Value {
    match builtin_base(cls) {
        Some(BuiltinType::List) => Value::list(vec![]),
        Some(BuiltinType::Dict) => Value::dict(Dict::new()),
        Some(BuiltinType::Set) => Value::Set(Rc::new(SetObj::new(super::dict::PySet::new(), false))),
        Some(BuiltinType::Int) => Value::Int(0),
        Some(BuiltinType::Float) => Value::Float(0.0),
        Some(BuiltinType::Str) => Value::str(""),
        Some(BuiltinType::Tuple) => Value::tuple(vec![]),
        _ => Value::Null,
    }
}

pub fn quote_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

pub fn kw_get<'a>(kwargs: KwArgs<'a>, name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
}

pub fn kwnames_to_pairs(names: &[Value], values: &[Value]) -> Vec<(Rc<PyStr>, Value)> {
    names
        .iter()
        .zip(values.iter())
        .map(|(n, v)| {
            let k = match n {
                Value::Str(s) => s.clone(),
                _ => super::intern::intern("?"),
            };
            (k, v.clone())
        })
        .collect()
}
