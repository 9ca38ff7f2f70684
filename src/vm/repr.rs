//! `repr()`, `str()`, `ascii()` and `format()` of values.

use std::rc::Rc;

use super::object::*;
use super::value::{PyStr, Value};
use super::{PyResult, Vm};
use crate::runtime::format as fmt;

pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_printable(c: char) -> bool {
    super::unicode_printable::is_printable(c)
}

pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            _ => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        Ok(Rc::new(PyStr::new(self.repr_string(v)?)))
    }

    pub fn repr_or(&mut self, v: &Value) -> String {
        self.repr_string(v).unwrap_or_else(|_| "<object>".into())
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        // Nested containers recurse here on the Rust stack.
        if self.stack_exhausted() {
            return Err(self.new_error(
                &self.types.recursion_error.clone(),
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Float(f) => fmt::float_repr(*f),
            Value::Str(s) => repr_str(s.as_str()),
            Value::Bytes(b) => repr_bytes(b),
            Value::ByteArray(b) => format!("bytearray({})", repr_bytes(&b.borrow())),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::List(l) => {
                let id = Rc::as_ptr(l) as usize;
                if self.repr_guard.borrow().contains(&id) {
                    return Ok("[...]".into());
                }
                let items = l.v.borrow().clone();
                self.repr_guard.borrow_mut().push(id);
                let r = self.repr_items(&items);
                self.repr_guard.borrow_mut().pop();
                format!("[{}]", r?)
            }
            Value::Tuple(t) => {
                if t.is_empty() {
                    return Ok("()".into());
                }
                let id = Rc::as_ptr(t) as usize;
                if self.repr_guard.borrow().contains(&id) {
                    return Ok("(...)".into());
                }
                self.repr_guard.borrow_mut().push(id);
                let r = self.repr_items(t);
                self.repr_guard.borrow_mut().pop();
                let r = r?;
                if t.len() == 1 { format!("({r},)") } else { format!("({r})") }
            }
            Value::Dict(d) => {
                if d.class.is_some()
                    && let Some(r) = self.user_repr(v)?
                {
                    return Ok(r);
                }
                let id = Rc::as_ptr(d) as usize;
                if self.repr_guard.borrow().contains(&id) {
                    return Ok("{...}".into());
                }
                let items = d.d.borrow().items();
                self.repr_guard.borrow_mut().push(id);
                let mut parts = Vec::with_capacity(items.len());
                let mut err = None;
                for (k, val) in &items {
                    match (self.repr_string(k), self.repr_string(val)) {
                        (Ok(a), Ok(b)) => parts.push(format!("{a}: {b}")),
                        (Err(e), _) | (_, Err(e)) => {
                            err = Some(e);
                            break;
                        }
                    }
                }
                self.repr_guard.borrow_mut().pop();
                if let Some(e) = err {
                    return Err(e);
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items = s.s.borrow().keys();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{name}()")
                } else {
                    let r = self.repr_items(&items)?;
                    if s.frozen {
                        format!("frozenset({{{r}}})")
                    } else {
                        format!("{{{r}}}")
                    }
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let a = self.repr_string(&s.start)?;
                let b = self.repr_string(&s.stop)?;
                let c = self.repr_string(&s.step)?;
                format!("slice({a}, {b}, {c})")
            }
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow().as_str(), Rc::as_ptr(f) as usize),
            Value::Native(n) => match n.owner {
                Some(o) if n.name != "__new__" && n.name.starts_with("__") && n.name.ends_with("__") => {
                    format!("<slot wrapper '{}' of '{}' objects>", n.name, o)
                }
                Some(o) if n.name != "__new__" => format!("<method '{}' of '{}' objects>", n.name, o),
                _ => format!("<built-in function {}>", n.name),
            },
            Value::BoundMethod(m) => match &m.func {
                Value::Native(n) => {
                    let tn = self.type_name(&m.self_);
                    match &m.self_ {
                        Value::Module(md) => format!("<built-in function {}>", {
                            let _ = md;
                            n.name
                        }),
                        Value::Class(c) => format!("<built-in method {} of type object at {:#x}>", n.name, Rc::as_ptr(c) as usize),
                        s if n.owner.is_some() && n.name.starts_with("__") && n.name.ends_with("__") => {
                            format!("<method-wrapper '{}' of {} object at {:#x}>", n.name, tn, s.ptr().unwrap_or(0))
                        }
                        s => format!("<built-in method {} of {} object at {:#x}>", n.name, tn, s.ptr().unwrap_or(0)),
                    }
                }
                f => {
                    let qn = match f {
                        Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                        _ => "?".into(),
                    };
                    let sr = self.repr_string(&m.self_)?;
                    format!("<bound method {qn} of {sr}>")
                }
            },
            Value::Class(c) => {
                // A metaclass may define __repr__ (enum classes, registries).
                let meta = c.metaclass.borrow().clone();
                if let Some(m) = meta
                    && let Some(f @ Value::Function(_)) = m.lookup_str("__repr__")
                {
                    let r = self.call(&f, &[v.clone()])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        _ => Err(self.type_error(format!("__repr__ returned non-string (type {})", self.type_name(&r)))),
                    };
                }
                let module = match c.dict.borrow().get_by_str("__module__") {
                    Some(Value::Str(m)) => Some(m.as_str().to_string()),
                    _ => None,
                };
                match module {
                    Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, c.qualname.borrow().as_str()),
                    _ => format!("<class '{}'>", c.name()),
                }
            }
            Value::Module(m) => {
                let file = m.dict.d.borrow().get_by_str("__file__").cloned();
                // Made by types.ModuleType: a `__loader__` key, no file.
                let made = m.dict.d.borrow().get_by_str("__loader__").is_some();
                match file {
                    Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name.as_str(), f.as_str()),
                    _ if made => format!("<module '{}'>", m.name.as_str()),
                    _ => format!("<module '{}' (built-in)>", m.name.as_str()),
                }
            }
            Value::Generator(g) => {
                let kind = super::interp::gen_kind_name(g.kind).replace(' ', "_");
                format!(
                    "<{} object {} at {:#x}>",
                    kind,
                    g.qualname.borrow().as_str(),
                    Rc::as_ptr(g) as usize
                )
            }
            Value::Iter(it) => match it.kind {
                "dict_keys" | "dict_values" | "dict_items" => {
                    let items = self.iterate(v)?;
                    let r = self.repr_items(&items)?;
                    format!("{}([{}])", it.kind, r)
                }
                k => format!("<{} object at {:#x}>", k, Rc::as_ptr(it) as usize),
            },
            Value::Cell(c) => format!("<cell at {:#x}>", Rc::as_ptr(c) as usize),
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name.as_str(),
                Rc::as_ptr(c) as usize,
                c.filename,
                c.firstlineno
            ),
            Value::Property(p) => format!("<property object at {:#x}>", Rc::as_ptr(p) as usize),
            Value::StaticMethod(p) => format!("<staticmethod({})>", self.repr_string(p)?),
            Value::ClassMethod(p) => format!("<classmethod({})>", self.repr_string(p)?),
            Value::Super(s) => format!("<super: <class '{}'>, <{} object>>", s.class.name(), s.obj_type.name()),
            Value::Instance(_) | Value::Object(_) => match self.user_repr(v)? {
                Some(r) => r,
                None => self.default_repr(v),
            },
        })
    }

    fn user_repr(&mut self, v: &Value) -> PyResult<Option<String>> {
        let cls = self.class_of(v);
        match cls.lookup(&super::intern::intern("__repr__")) {
            Some(f @ (Value::Function(_) | Value::Native(_))) if !matches!(&f, Value::Native(n) if n.owner == Some("object")) => {
                if self.native_depth > self.recursion_limit {
                    return Err(self.new_error(
                        &self.types.recursion_error.clone(),
                        "maximum recursion depth exceeded while getting the repr of an object",
                    ));
                }
                let r = self.call(&f, &[v.clone()])?;
                match r {
                    Value::Str(s) => Ok(Some(s.as_str().to_string())),
                    _ => Err(self.type_error(format!("__repr__ returned non-string (type {})", self.type_name(&r)))),
                }
            }
            _ => {
                if let Value::Instance(i) = v {
                    if i.exc.is_some() {
                        return Ok(Some(self.exception_repr(v)?));
                    }
                    let b = i.base.borrow().clone();
                    if !b.is_null() {
                        return self.repr_string(&b).map(Some);
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn default_repr(&self, v: &Value) -> String {
        let cls = self.class_of(v);
        let module = match cls.dict.borrow().get_by_str("__module__") {
            Some(Value::Str(m)) => m.as_str().to_string(),
            _ => "builtins".into(),
        };
        let qn = cls.qualname.borrow().as_str().to_string();
        if module == "builtins" {
            format!("<{} object at {:#x}>", qn, v.ptr().unwrap_or(0))
        } else {
            format!("<{}.{} object at {:#x}>", module, qn, v.ptr().unwrap_or(0))
        }
    }

    fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let cls = self.class_of(v);
        let args = match v {
            Value::Instance(i) => i.exc.as_ref().map(|e| e.borrow().args.clone()).unwrap_or(Value::None),
            _ => Value::None,
        };
        let inner = match &args {
            Value::Tuple(t) if t.len() == 1 => self.repr_string(&t[0])?,
            Value::Tuple(t) => self.repr_items(t)?,
            _ => String::new(),
        };
        Ok(format!("{}({})", cls.name(), inner))
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr_string(it)?);
        }
        Ok(parts.join(", "))
    }

    pub fn str(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Instance(_) | Value::Object(_) => {
                let cls = self.class_of(v);
                match cls.lookup(&super::intern::intern("__str__")) {
                    Some(f @ Value::Function(_)) => {
                        let r = self.call(&f, &[v.clone()])?;
                        match r {
                            Value::Str(s) => Ok(s),
                            _ => Err(self.type_error(format!("__str__ returned non-string (type {})", self.type_name(&r)))),
                        }
                    }
                    _ => {
                        if let Value::Instance(i) = v {
                            if i.exc.is_some() {
                                return Ok(Rc::new(PyStr::new(self.exception_str(i)?)));
                            }
                            let b = i.base.borrow().clone();
                            if !b.is_null() && cls.lookup_str("__repr__").map(|r| !matches!(r, Value::Function(_))).unwrap_or(true) {
                                return self.str(&b);
                            }
                        }
                        self.repr(v)
                    }
                }
            }
            Value::Class(c) => {
                let meta = c.metaclass.borrow().clone();
                if let Some(m) = meta
                    && let Some(f @ Value::Function(_)) = m.lookup_str("__str__")
                {
                    let r = self.call(&f, &[v.clone()])?;
                    return match r {
                        Value::Str(s) => Ok(s),
                        _ => Err(self.type_error(format!("__str__ returned non-string (type {})", self.type_name(&r)))),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.str(v)?.as_str().to_string())
    }

    pub fn exception_str(&mut self, i: &Rc<Instance>) -> PyResult<String> {
        if crate::runtime::exception_group::is_group(self, &Value::Instance(i.clone())) {
            return Ok(crate::runtime::exception_group::group_str(&Value::Instance(i.clone())));
        }
        let args = i.exc.as_ref().map(|e| e.borrow().args.clone()).unwrap_or(Value::None);
        let is_key = i.class().is_subclass(&self.types.key_error);
        if i.class().is_subclass(&self.types.os_error)
            && let Value::Tuple(t) = &args
            && t.len() == 2
        {
            let errno = self.str_string(&t[0])?;
            let strerror = self.str_string(&t[1])?;
            let filename = i.get_attr_str("filename");
            let filename2 = i.get_attr_str("filename2");
            return Ok(match filename {
                Some(f) if !f.is_none() => match filename2 {
                    Some(f2) if !f2.is_none() => format!(
                        "[Errno {errno}] {strerror}: {} -> {}",
                        self.repr_string(&f)?,
                        self.repr_string(&f2)?
                    ),
                    _ => format!("[Errno {errno}] {strerror}: {}", self.repr_string(&f)?),
                },
                _ => format!("[Errno {errno}] {strerror}"),
            });
        }
        if i.class().is_subclass(&self.types.syntax_error) {
            return self.syntax_error_str(i);
        }
        match &args {
            Value::Tuple(t) if t.is_empty() => Ok(String::new()),
            Value::Tuple(t) if t.len() == 1 => {
                if is_key {
                    self.repr_string(&t[0])
                } else {
                    self.str_string(&t[0])
                }
            }
            Value::Tuple(t) => {
                let r = self.repr_items(t)?;
                Ok(format!("({r})"))
            }
            other => self.str_string(other),
        }
    }

    /// `msg (file.py, line 3)`: the file's base name and the line, when they are known.
    fn syntax_error_str(&mut self, i: &Rc<Instance>) -> PyResult<String> {
        let me = Value::Instance(i.clone());
        let msg = match self.get_attr_opt(&me, "msg")? {
            Some(m) if !m.is_none() => self.str_string(&m)?,
            _ => String::new(),
        };
        let filename = match self.get_attr_opt(&me, "filename")? {
            Some(Value::Str(f)) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
            _ => None,
        };
        let lineno = match self.get_attr_opt(&me, "lineno")? {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        Ok(match (filename, lineno) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        })
    }

    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr_string(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(out)
    }

    /// `format(v, spec)`
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Rc<PyStr>> {
        // A width is padding allocated up front (`f"{x:>{10**10}}"`).
        if self.limits.memory_limited()
            && !spec.is_empty()
            && let Ok(fs) = fmt::parse_format_spec(spec)
            && let Some(w) = fs.width
        {
            self.check_alloc(w)?;
        }
        let r = match v {
            Value::Str(s) => fmt::format_str(s.as_str(), spec),
            Value::Int(i) => fmt::format_i64(*i, spec),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return self.str(v);
                }
                fmt::format_i64(*b as i64, spec)
            }
            Value::BigInt(b) => fmt::format_int(b, spec),
            Value::Float(f) => fmt::format_float(*f, spec),
            Value::Instance(_) | Value::Object(_) => {
                let cls = self.class_of(v);
                if let Some(f @ Value::Function(_)) = cls.lookup_str("__format__") {
                    let r = self.call(&f, &[v.clone(), Value::str(spec)])?;
                    return match r {
                        Value::Str(s) => Ok(s),
                        _ => Err(self.type_error(format!("__format__ must return a str, not {}", self.type_name(&r)))),
                    };
                }
                if let Value::Instance(i) = v {
                    let b = i.base.borrow().clone();
                    if !b.is_null() && cls.lookup_str("__str__").map(|r| !matches!(r, Value::Function(_))).unwrap_or(true) {
                        return self.format(&b, spec);
                    }
                }
                if spec.is_empty() {
                    return self.str(v);
                }
                return Err(self.type_error(format!("unsupported format string passed to {}.__format__", cls.name())));
            }
            _ => {
                if spec.is_empty() {
                    return self.str(v);
                }
                return Err(self.type_error(format!("unsupported format string passed to {}.__format__", self.type_name(v))));
            }
        };
        match r {
            Ok(s) => Ok(Rc::new(PyStr::new(s))),
            Err(msg) => {
                if fmt::is_overflow_error(&msg) {
                    Err(self.overflow_error(msg))
                } else {
                    Err(self.value_error(msg))
                }
            }
        }
    }

    /// `str % args` and `bytes % args`
    pub fn percent_format(&mut self, fmt_v: &Value, args: &Value) -> PyResult<Value> {
        let (text, is_bytes) = match fmt_v {
            Value::Str(s) => (s.as_str().to_string(), false),
            Value::Bytes(b) => (String::from_utf8_lossy(b).into_owned(), true),
            _ => return Err(self.type_error("format requires str")),
        };
        let items: Vec<Value> = match args {
            Value::Tuple(t) => (**t).clone(),
            _ => vec![args.clone()],
        };
        let mapping = match args {
            Value::Dict(_) => Some(args.clone()),
            Value::Instance(_) if self.class_of(args).lookup_str("__getitem__").is_some() && !matches!(args, Value::Tuple(_)) => {
                Some(args.clone())
            }
            _ => None,
        };
        let mut out = String::new();
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        let mut argi = 0;
        let mut used_mapping = false;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let mut key: Option<String> = None;
            if chars[i] == '(' {
                let mut depth = 1;
                let start = i + 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    if chars[i] == '(' {
                        depth += 1;
                    } else if chars[i] == ')' {
                        depth -= 1;
                    }
                    i += 1;
                }
                key = Some(chars[start..i - 1].iter().collect());
            }
            let mut spec = fmt::PercentSpec {
                left: false,
                plus: false,
                space: false,
                alternate: false,
                zero: false,
                width: None,
                precision: None,
            };
            while i < chars.len() {
                match chars[i] {
                    '-' => spec.left = true,
                    '+' => spec.plus = true,
                    ' ' => spec.space = true,
                    '#' => spec.alternate = true,
                    '0' => spec.zero = true,
                    _ => break,
                }
                i += 1;
            }
            let mut next_arg = |vm: &mut Vm| -> PyResult<Value> {
                if let Some(k) = &key {
                    used_mapping = true;
                    let m = mapping.clone().ok_or_else(|| vm.type_error("format requires a mapping"))?;
                    return vm.get_item(&m, &Value::str(k));
                }
                if argi < items.len() {
                    argi += 1;
                    Ok(items[argi - 1].clone())
                } else {
                    Err(vm.type_error("not enough arguments for format string"))
                }
            };
            if i < chars.len() && chars[i] == '*' {
                let w = next_arg(self)?;
                if !matches!(w, Value::Int(_) | Value::Bool(_)) {
                    return Err(self.type_error("* wants int"));
                }
                let w = self.to_index(&w)?;
                if w < 0 {
                    spec.left = true;
                }
                spec.width = Some(w.unsigned_abs() as usize);
                i += 1;
            } else {
                let mut w = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    w.push(chars[i]);
                    i += 1;
                }
                if !w.is_empty() {
                    spec.width = w.parse().ok();
                }
            }
            if i < chars.len() && chars[i] == '.' && chars.get(i + 1) == Some(&'*') {
                i += 2;
                let p = next_arg(self)?;
                if !matches!(p, Value::Int(_) | Value::Bool(_)) {
                    return Err(self.type_error("* wants int"));
                }
                spec.precision = Some(self.to_index(&p)?.max(0) as usize);
            } else if i < chars.len() && chars[i] == '.' {
                i += 1;
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                spec.precision = Some(p.parse().unwrap_or(0));
            }
            while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
                i += 1;
            }
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let ty = chars[i];
            i += 1;
            if ty == '%' {
                out.push('%');
                continue;
            }
            let arg = next_arg(self)?;
            let body = match ty {
                's' | 'r' | 'a' => {
                    let mut s = match ty {
                        's' => {
                            if is_bytes {
                                match &arg {
                                    Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
                                    _ => self.str_string(&arg)?,
                                }
                            } else {
                                self.str_string(&arg)?
                            }
                        }
                        'r' => self.repr_string(&arg)?,
                        _ => self.ascii(&arg)?,
                    };
                    if let Some(p) = spec.precision {
                        s = s.chars().take(p).collect();
                    }
                    pad(&s, &spec)
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                    let n = match &arg {
                        Value::Float(f) if matches!(ty, 'd' | 'i' | 'u') => Value::from_bigint(super::ops::float_to_bigint(*f)),
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => arg.clone(),
                        // An int subclass (an IntEnum-like constant) formats as its value.
                        _ if matches!(self.builtin_base_value(&arg), Some(Value::Int(_) | Value::BigInt(_))) => {
                            self.builtin_base_value(&arg).unwrap_or(Value::None)
                        }
                        _ => {
                            if matches!(ty, 'd' | 'i' | 'u') {
                                return Err(self.type_error(format!(
                                    "%{} format: a real number is required, not {}",
                                    ty,
                                    self.type_name(&arg)
                                )));
                            }
                            return Err(self.type_error(format!("%{} format: an integer is required, not {}", ty, self.type_name(&arg))));
                        }
                    };
                    let b = super::ops::to_bigint(&n).unwrap_or_default();
                    fmt::percent_format_int(&b, &spec, if ty == 'i' || ty == 'u' { 'd' } else { ty })
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let x = match &arg {
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => self.to_f64(&arg)?,
                        _ => return Err(self.type_error(format!("must be real number, not {}", self.type_name(&arg)))),
                    };
                    fmt::percent_format_float(x, &spec, ty)
                }
                'c' => {
                    let s = match &arg {
                        Value::Int(n) => char::from_u32(*n as u32).map(|c| c.to_string()).unwrap_or_default(),
                        Value::Str(s) if s.nchars == 1 => s.as_str().to_string(),
                        _ => return Err(self.type_error("%c requires int or char")),
                    };
                    pad(&s, &spec)
                }
                other => {
                    return Err(self.value_error(format!(
                        "unsupported format character '{}' (0x{:x}) at index {}",
                        other,
                        other as u32,
                        i - 1
                    )));
                }
            };
            out.push_str(&body);
        }
        if !used_mapping && argi < items.len() && mapping.is_none() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        if is_bytes {
            Ok(Value::Bytes(Rc::new(out.into_bytes())))
        } else {
            Ok(Value::string(out))
        }
    }
}

fn pad(s: &str, spec: &fmt::PercentSpec) -> String {
    let n = s.chars().count();
    match spec.width {
        Some(w) if w > n => {
            if spec.left {
                format!("{}{}", s, " ".repeat(w - n))
            } else {
                format!("{}{}", " ".repeat(w - n), s)
            }
        }
        _ => s.to_string(),
    }
}
