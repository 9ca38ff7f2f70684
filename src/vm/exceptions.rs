//! Exception objects, matching, and CPython-style traceback text.

use std::rc::Rc;

use super::object::*;
use super::value::Value;
use super::{PyErr, PyResult, Vm};

/// Indentation state of a traceback report (CPython's `_ExceptionPrintContext`).
struct PrintCtx {
    depth: usize,
    need_close: bool,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    /// Appends `text` with every line prefixed by the group margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

pub fn new_exception_instance(cls: &Rc<Class>, args: Value) -> Rc<Instance> {
    super::gc::tracked_instance(Instance {
        class: std::cell::RefCell::new(cls.clone()),
        attrs: std::cell::RefCell::new(Attrs::new()),
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

    /// The `File ..., line N, in f` lines of a traceback, outermost first.
    fn format_frames(&self, e: &PyErr) -> String {
        // Runs of identical entries (recursion) print three times, then a count, as
        // CPython's traceback printer does.
        const RECURSIVE_CUTOFF: usize = 3;
        fn repeated(out: &mut String, count: usize) {
            if count > RECURSIVE_CUTOFF {
                let n = count - RECURSIVE_CUTOFF;
                out.push_str(&format!(
                    "  [Previous line repeated {n} more time{}]\n",
                    if n > 1 { "s" } else { "" }
                ));
            }
        }
        let mut out = String::new();
        if let Some(ed) = &e.0.exc {
            let tb = ed.borrow().traceback.clone();
            let mut last: Option<(&str, u32, &str)> = None;
            let mut count = 0;
            for entry in tb.iter().rev() {
                let key = (&*entry.code.filename, entry.line, entry.code.name.as_str());
                if last != Some(key) {
                    repeated(&mut out, count);
                    last = Some(key);
                    count = 0;
                }
                count += 1;
                if count > RECURSIVE_CUTOFF {
                    continue;
                }
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
            repeated(&mut out, count);
        }
        out
    }

    /// The full report printed for an uncaught exception, with chained exceptions and, for
    /// exception groups, their members in CPython's boxed layout.
    pub fn format_exception(&mut self, e: &PyErr) -> String {
        let mut seen: Vec<usize> = vec![];
        let mut ctx = PrintCtx {
            depth: 0,
            need_close: false,
        };
        let mut out = String::new();
        self.format_chain(e, &mut seen, &mut ctx, &mut out);
        out
    }

    fn format_chain(&mut self, e: &PyErr, seen: &mut Vec<usize>, ctx: &mut PrintCtx, out: &mut String) {
        seen.push(Rc::as_ptr(&e.0) as usize);
        let Some(ed) = &e.0.exc else {
            let only = self.format_exception_only(e);
            ctx.emit(out, &format!("{only}\n"), '|');
            return;
        };
        let (cause, context, suppress, has_tb) = {
            let ed = ed.borrow();
            (ed.cause.clone(), ed.context.clone(), ed.suppress_context, !ed.traceback.is_empty())
        };
        // A chain thousands of exceptions long (a handler that recurses) stops being
        // followed before the Rust stack runs out.
        let deeper = !self.stack_exhausted();
        if !deeper {
        } else if let Value::Instance(c) = &cause {
            if c.exc.is_some() && !seen.contains(&(Rc::as_ptr(c) as usize)) {
                self.format_chain(&PyErr(c.clone()), seen, ctx, out);
                ctx.emit(
                    out,
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                    '|',
                );
            }
        } else if let Value::Instance(c) = &context
            && !suppress
            && c.exc.is_some()
            && !seen.contains(&(Rc::as_ptr(c) as usize))
        {
            self.format_chain(&PyErr(c.clone()), seen, ctx, out);
            ctx.emit(
                out,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
                '|',
            );
        }
        let only = self.format_exception_only(e);
        let value = e.value();
        if !crate::runtime::exception_group::is_group(self, &value) {
            if has_tb {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                let frames = self.format_frames(e);
                ctx.emit(out, &frames, '|');
            }
            ctx.emit(out, &format!("{only}\n"), '|');
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if has_tb {
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                if toplevel { '+' } else { '|' },
            );
            let frames = self.format_frames(e);
            ctx.emit(out, &frames, '|');
        }
        ctx.emit(out, &format!("{only}\n"), '|');
        let members = crate::runtime::exception_group::exceptions(&value);
        ctx.need_close = false;
        for (i, m) in members.iter().enumerate() {
            let last = i + 1 == members.len();
            if last {
                ctx.need_close = true;
            }
            out.push_str(&format!(
                "{}{}+---------------- {} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " },
                i + 1
            ));
            ctx.depth += 1;
            if let Value::Instance(mi) = m {
                self.format_chain(&PyErr(mi.clone()), seen, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
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
