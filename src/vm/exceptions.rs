//! Exception objects, matching, and CPython-style traceback text.

use std::rc::Rc;

use super::object::*;
use super::value::Value;
use super::{PyErr, PyResult, Vm};

pub fn new_exception_instance(cls: &Rc<Class>, args: Value) -> Rc<Instance> {
    super::gc::tracked_instance(Instance {
        class: std::cell::RefCell::new(cls.clone()),
        dict: DictObj::new_rc(super::dict::Dict::new()),
        exc: Some(Box::new(std::cell::RefCell::new(ExcData {
            args,
            traceback: vec![],
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }))),
        base: std::cell::RefCell::new(Value::Null),
    })
}

impl Vm {
    /// `except typ:` matching.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = self.class_of(exc);
        match typ {
            Value::Class(c) => {
                if super::call::class_layout(c) != Layout::Exception {
                    return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
                Ok(cls.is_subclass(c))
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    if self.exception_matches(exc, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    pub fn exc_message(&mut self, e: &PyErr) -> String {
        self.exception_str(&e.0.clone()).unwrap_or_default()
    }

    /// The last line of a traceback: `Type: message`.
    pub fn format_exception_only(&mut self, e: &PyErr) -> String {
        let cls = e.class();
        let module = match cls.dict.borrow().get_by_str("__module__") {
            Some(Value::Str(m)) => m.as_str().to_string(),
            _ => "builtins".into(),
        };
        let name = if module == "builtins" || module == "__main__" {
            cls.qualname.borrow().as_str().to_string()
        } else {
            format!("{}.{}", module, cls.qualname.borrow().as_str())
        };
        let msg = match self.str(&e.value()) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<exception str() failed>".into(),
        };
        if msg.is_empty() { name } else { format!("{name}: {msg}") }
    }

    fn format_tb(&self, e: &PyErr) -> String {
        let mut out = String::from("Traceback (most recent call last):\n");
        if let Some(ed) = &e.0.exc {
            let tb = ed.borrow().traceback.clone();
            for entry in tb.iter().rev() {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    entry.code.filename,
                    entry.line,
                    entry.code.name.as_str()
                ));
                if let Some(src) = &entry.code.source
                    && let Some(line) = src.lines().nth(entry.line.saturating_sub(1) as usize)
                {
                    let t = line.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
        }
        out
    }

    /// The full report printed for an uncaught exception, with chained exceptions.
    pub fn format_exception(&mut self, e: &PyErr) -> String {
        let mut seen: Vec<usize> = vec![];
        self.format_chain(e, &mut seen)
    }

    fn format_chain(&mut self, e: &PyErr, seen: &mut Vec<usize>) -> String {
        seen.push(Rc::as_ptr(&e.0) as usize);
        let mut out = String::new();
        if let Some(ed) = &e.0.exc {
            let (cause, context, suppress) = {
                let ed = ed.borrow();
                (ed.cause.clone(), ed.context.clone(), ed.suppress_context)
            };
            if let Value::Instance(c) = &cause {
                if c.exc.is_some() && !seen.contains(&(Rc::as_ptr(c) as usize)) {
                    out.push_str(&self.format_chain(&PyErr(c.clone()), seen));
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let Value::Instance(c) = &context
                && !suppress
                && c.exc.is_some()
                && !seen.contains(&(Rc::as_ptr(c) as usize))
            {
                out.push_str(&self.format_chain(&PyErr(c.clone()), seen));
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
            if !ed.borrow().traceback.is_empty() {
                out.push_str(&self.format_tb(e));
            }
        }
        out.push_str(&self.format_exception_only(e));
        out.push('\n');
        out
    }

    /// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
    pub fn report_uncaught(&mut self, e: &PyErr) -> i32 {
        if e.is(&self.types.system_exit) {
            let code = match &e.0.exc {
                Some(ed) => match &ed.borrow().args {
                    Value::Tuple(t) if t.len() == 1 => t[0].clone(),
                    Value::Tuple(t) if t.is_empty() => Value::None,
                    a => a.clone(),
                },
                None => Value::None,
            };
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let s = self.str_string(&other).unwrap_or_default();
                    self.write_stderr(&format!("{s}\n"));
                    1
                }
            };
        }
        let text = self.format_exception(e);
        self.write_stderr(&text);
        1
    }
}
