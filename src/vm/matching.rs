//! Run-time support of the `match` statement: the checks behind MATCH_SEQUENCE,
//! MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS and COPY_DICT_WITHOUT_KEYS (PEP 634).
use std::rc::Rc;

use super::dict::Dict;
use super::object::{BuiltinType, Class, DictObj};
use super::value::Value;
use super::{PyResult, Vm};

/// CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING, as spelled in `__abc_tpflags__`.
const TPFLAGS_SEQUENCE: i64 = 1 << 5;
const TPFLAGS_MAPPING: i64 = 1 << 6;

impl Vm {
    /// The sequence/mapping flag a class declares through `__abc_tpflags__` (set by
    /// `collections.abc.Sequence` and `Mapping`, and inherited by their subclasses).
    fn abc_tpflags(&self, cls: &Rc<Class>) -> i64 {
        for c in cls.mro() {
            if let Some(Value::Int(f)) = c.dict.borrow().get_by_str("__abc_tpflags__") {
                return *f;
            }
        }
        0
    }

    fn builtin_kind(&self, v: &Value) -> Option<BuiltinType> {
        let cls = self.class_of(v);
        super::call::builtin_base(&cls)
    }

    pub fn is_match_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Dict(_) => false,
            _ => {
                if matches!(self.builtin_kind(v), Some(BuiltinType::List | BuiltinType::Tuple)) {
                    return true;
                }
                let cls = self.class_of(v);
                if cls.name.as_str() == "memoryview" {
                    return true;
                }
                self.abc_tpflags(&cls) & TPFLAGS_SEQUENCE != 0
            }
        }
    }

    pub fn is_match_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::List(_) | Value::Tuple(_) | Value::Str(_) => false,
            _ => {
                if matches!(self.builtin_kind(v), Some(BuiltinType::Dict)) {
                    return true;
                }
                self.abc_tpflags(&self.class_of(v)) & TPFLAGS_MAPPING != 0
            }
        }
    }

    pub fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        self.len(v)
    }

    /// Looks every key up with `subject.get(key, sentinel)` (so a defaultdict grows no
    /// entries); a tuple of the values, or None as soon as one key is missing.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Ok(Value::None);
        };
        if keys.is_empty() {
            return Ok(Value::tuple(vec![]));
        }
        let get = self.get_attr_str(subject, "get")?;
        let sentinel = Value::Object(Rc::new(super::object::NativeObject {
            class: self.types.object.clone(),
            data: std::cell::RefCell::new(Box::new(())),
        }));
        let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
        let mut out = Vec::with_capacity(keys.len());
        for k in keys.iter() {
            for s in &seen {
                if self.eq(s, k)? {
                    let r = self.repr(k)?.as_str().to_string();
                    return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
                }
            }
            seen.push(k.clone());
            let v = self.call(&get, &[k.clone(), sentinel.clone()])?;
            if v.is(&sentinel) {
                return Ok(Value::None);
            }
            out.push(v);
        }
        Ok(Value::tuple(out))
    }

    /// `dict(subject)` without the matched keys: the target of `**rest`.
    pub fn dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let d = Rc::new(DictObj {
            d: std::cell::RefCell::new(Dict::new()),
            class: None,
        });
        let items = match subject {
            Value::Dict(s) => s.d.borrow().items(),
            _ => {
                let dict_type = Value::Class(self.types.dict.clone());
                match self.call(&dict_type, &[subject.clone()])? {
                    Value::Dict(s) => s.d.borrow().items(),
                    _ => vec![],
                }
            }
        };
        for (k, v) in items {
            self.dict_set(&d, k, v)?;
        }
        if let Value::Tuple(keys) = keys {
            for k in keys.iter() {
                self.dict_del(&d, k)?;
            }
        }
        Ok(Value::Dict(d))
    }

    /// MATCH_CLASS: isinstance check, then the attributes named by `__match_args__` for the
    /// positional sub-patterns and by `names` for the keyword ones.
    pub fn match_class(&mut self, subject: &Value, cls: &Value, nargs: usize, names: &Value) -> PyResult<Value> {
        let Value::Class(c) = cls else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        let isinstance = self.builtins.d.borrow().get_by_str("isinstance").cloned().unwrap_or(Value::None);
        let is_inst = self.call(&isinstance, &[subject.clone(), cls.clone()])?;
        if !self.truthy(&is_inst)? {
            return Ok(Value::None);
        }
        let kw_names: Vec<Value> = match names {
            Value::Tuple(t) => t.iter().cloned().collect(),
            _ => vec![],
        };
        let mut seen: Vec<Rc<super::value::PyStr>> = vec![];
        let mut out = Vec::with_capacity(nargs + kw_names.len());
        let cname = c.name.as_str().to_string();
        if nargs > 0 {
            match c.lookup(&super::intern::intern("__match_args__")) {
                None if is_self_matching(c) => {
                    if nargs > 1 {
                        return Err(self.type_error(format!("{cname}() accepts 1 positional sub-pattern ({nargs} given)")));
                    }
                    out.push(subject.clone());
                }
                None => {
                    return Err(self.type_error(format!("{cname}() accepts 0 positional sub-patterns ({nargs} given)")));
                }
                Some(Value::Tuple(args)) => {
                    if nargs > args.len() {
                        let n = args.len();
                        let s = if n == 1 { "" } else { "s" };
                        return Err(self.type_error(format!("{cname}() accepts {n} positional sub-pattern{s} ({nargs} given)")));
                    }
                    for a in args.iter().take(nargs) {
                        let Value::Str(name) = a else {
                            let t = self.type_name(a);
                            return Err(self.type_error(format!("__match_args__ elements must be strings (got {t})")));
                        };
                        match self.match_attr(subject, name, &mut seen, &cname)? {
                            Some(v) => out.push(v),
                            None => return Ok(Value::None),
                        }
                    }
                }
                Some(other) => {
                    let t = self.type_name(&other);
                    return Err(self.type_error(format!("{cname}.__match_args__ must be a tuple (got {t})")));
                }
            }
        }
        for n in kw_names {
            let Value::Str(name) = n else { continue };
            match self.match_attr(subject, &name, &mut seen, &cname)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(out))
    }

    fn match_attr(
        &mut self,
        subject: &Value,
        name: &Rc<super::value::PyStr>,
        seen: &mut Vec<Rc<super::value::PyStr>>,
        cname: &str,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            let r = self.repr(&Value::Str(name.clone()))?.as_str().to_string();
            return Err(self.type_error(format!("{cname}() got multiple sub-patterns for attribute {r}")));
        }
        seen.push(name.clone());
        self.get_attr_opt(subject, name.as_str())
    }
}

/// The built-in classes whose single positional sub-pattern matches the subject itself
/// (`case int(x):`), unless they define `__match_args__`.
fn is_self_matching(c: &Rc<Class>) -> bool {
    let mut cur = Some(c.clone());
    // Only the built-in class itself or its subclasses qualify; look along the MRO for the
    // first built-in type.
    for k in c.mro() {
        if k.builtin.is_some() {
            cur = Some(k);
            break;
        }
    }
    match cur {
        Some(k) => matches!(
            k.name.as_str(),
            "bool" | "bytearray" | "bytes" | "dict" | "float" | "frozenset" | "int" | "list" | "set" | "str" | "tuple"
        ),
        None => false,
    }
}
