//! The `sys` module.

use std::rc::Rc;

use super::add_fn;
use crate::vm::Vm;
use crate::vm::object::*;
use crate::vm::value::Value;

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("sys");
    {
        let mut d = m.dict.d.borrow_mut();
        d.set_str("argv", Value::list(vm.argv.iter().map(|s| Value::str(s)).collect()));
        let path0 = if vm.script_dir.is_empty() {
            String::new()
        } else {
            vm.script_dir.clone()
        };
        d.set_str("path", Value::list(vec![Value::string(path0)]));
        d.set_str("modules", Value::Dict(vm.modules.clone()));
        d.set_str("version", Value::str("3.11.7 (aspic) [Rust]"));
        d.set_str(
            "version_info",
            Value::tuple(vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                Value::str("final"),
                Value::Int(0),
            ]),
        );
        d.set_str("hexversion", Value::Int(0x030b07f0));
        d.set_str("platform", Value::str("linux"));
        d.set_str("maxsize", Value::Int(i64::MAX));
        d.set_str("byteorder", Value::str("little"));
        // A host path: empty (as CPython's when unknown) without filesystem access.
        let exe = match vm.effective_caps().filesystem {
            true => std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default(),
            false => String::new(),
        };
        d.set_str("executable", Value::string(exe));
        d.set_str("implementation", Value::str("aspic"));
        d.set_str(
            "builtin_module_names",
            Value::tuple(vec![Value::str("sys"), Value::str("time"), Value::str("math")]),
        );
    }
    m.dict.d.borrow_mut().set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    if let Err(e) = vm.run_source(SYS_PY, "<frozen sys>", &m.dict, None, crate::compile::Mode::Exec) {
        let msg = vm.format_exception(&e);
        vm.write_stderr(&msg);
    }
    // The report of an uncaught exception, as the interpreter prints it (for
    // `traceback.format_exception` and friends).
    add_fn(vm, &m, "_format_exception", |vm, a, _| match a.first() {
        Some(Value::Instance(i)) if i.exc.is_some() => Ok(Value::string(vm.format_exception(&crate::vm::PyErr(i.clone())))),
        Some(other) => Err(vm.type_error(format!("expected an exception, not {}", vm.type_name(other)))),
        None => Err(vm.type_error("_format_exception expected 1 argument, got 0")),
    });
    // `__name__` of the globals of the Python frame `depth` levels up from the caller
    // (what `sys._getframe(depth).f_globals['__name__']` gives); None past the outermost.
    add_fn(vm, &m, "_caller_module_name", |vm, a, _| {
        let depth = match a.first() {
            Some(v) => vm.to_index(v)?,
            None => 0,
        };
        let globals = if depth <= 0 {
            vm.cur_globals.clone()
        } else {
            let n = vm.frames.len();
            (depth as usize <= n).then(|| vm.frames[n - depth as usize].globals.clone())
        };
        Ok(globals
            .and_then(|g| g.d.borrow().get_by_str("__name__").cloned())
            .unwrap_or(Value::None))
    });
    add_fn(vm, &m, "exit", |vm, a, _| {
        // Like PyErr_SetObject: None means no arguments, a tuple is the argument tuple.
        let args = match a.first() {
            None | Some(Value::None) => vec![],
            Some(Value::Tuple(t)) => t.to_vec(),
            Some(v) => vec![v.clone()],
        };
        Err(vm.new_exception(&vm.types.system_exit.clone(), args))
    });
    add_fn(vm, &m, "getswitchinterval", |_, _, _| {
        Ok(Value::Float(crate::vm::fiber::switch_interval()))
    });
    add_fn(vm, &m, "setswitchinterval", |vm, a, _| {
        let v = match a {
            [v] => v,
            _ => return Err(vm.type_error(format!("setswitchinterval() takes exactly one argument ({} given)", a.len()))),
        };
        if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_)) {
            return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))));
        }
        let s = vm.to_f64(v)?;
        if s.is_nan() || s <= 0.0 {
            return Err(vm.value_error("switch interval must be strictly positive"));
        }
        // One interval for every interpreter in the process.
        vm.require(crate::vm::caps::Capability::Process, "sys.setswitchinterval")?;
        crate::vm::fiber::set_switch_interval(s);
        Ok(Value::None)
    });
    add_fn(vm, &m, "getrecursionlimit", |vm, _, _| Ok(Value::Int(vm.recursion_limit as i64)));
    add_fn(vm, &m, "setrecursionlimit", |vm, a, _| {
        let n = match a.first() {
            Some(v) => vm.to_index(v)?,
            None => return Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)")),
        };
        if n < 1 {
            return Err(vm.value_error("recursion limit must be greater or equal than 1"));
        }
        // Deeper native nesting means more of the host thread's stack: only lowering is
        // the script's own business.
        if n as usize > vm.recursion_limit {
            vm.require(crate::vm::caps::Capability::Process, "sys.setrecursionlimit (raising it)")?;
        }
        vm.recursion_limit = n as usize;
        Ok(Value::None)
    });
    add_fn(vm, &m, "exc_info", |vm, _, _| {
        let h = std::mem::take(&mut vm.cur_handled);
        Ok(match h {
            Value::Instance(_) => {
                let cls = vm.class_of(&h);
                let tb = vm.get_attr_str(&h, "__traceback__")?;
                Value::tuple(vec![Value::Class(cls), h, tb])
            }
            _ => Value::tuple(vec![Value::None, Value::None, Value::None]),
        })
    });
    add_fn(vm, &m, "getsizeof", |_, _, _| Ok(Value::Int(64)));
    add_fn(vm, &m, "intern", |_, a, _| Ok(a.first().cloned().unwrap_or(Value::None)));
    // stdout / stderr objects with write and flush.
    for (name, is_err) in [("stdout", false), ("stderr", true)] {
        let cls = crate::vm::types::new_class("TextIOWrapper", vec![vm.types.object.clone()], Layout::Object, None);
        if is_err {
            vm.add_method(&cls, "write", |vm, a, _| {
                let s = vm.str(a.get(1).unwrap_or(&Value::None))?;
                vm.write_stderr(s.as_str());
                Ok(Value::Int(s.nchars as i64))
            });
        } else {
            vm.add_method(&cls, "write", |vm, a, _| {
                let s = match a.get(1) {
                    Some(Value::Str(s)) => s.clone(),
                    Some(v) => return Err(vm.type_error(format!("write() argument must be str, not {}", vm.type_name(v)))),
                    None => return Err(vm.type_error("write() takes exactly one argument (0 given)")),
                };
                vm.write_stdout(s.as_str());
                Ok(Value::Int(s.nchars as i64))
            });
        }
        vm.add_method(&cls, "flush", |vm, _, _| {
            vm.flush_stdout();
            Ok(Value::None)
        });
        vm.add_method(&cls, "isatty", |_, _, _| Ok(Value::Bool(false)));
        vm.add_method(&cls, "fileno", |_, a, _| Ok(Value::Int(if !a.is_empty() { 1 } else { 0 })));
        let obj = vm.new_instance(&cls);
        m.dict.d.borrow_mut().set_str(name, obj.clone());
        m.dict.d.borrow_mut().set_str(&format!("__{name}__"), obj);
    }
    // stdin: lines from the same fiber-aware buffer as input() (see runtime::stdin).
    let cls = crate::vm::types::new_class("TextIOWrapper", vec![vm.types.object.clone()], Layout::Object, None);
    cls.dict.borrow_mut().set_str("__module__", Value::str("_io"));
    cls.dict.borrow_mut().set_str("name", Value::str("<stdin>"));
    cls.dict.borrow_mut().set_str("mode", Value::str("r"));
    cls.dict.borrow_mut().set_str("encoding", Value::str("utf-8"));
    cls.dict.borrow_mut().set_str("closed", Value::Bool(false));
    vm.add_method(&cls, "readline", |vm, _, _| {
        let parkable = vm.can_park();
        crate::runtime::stdin::read_line(vm, parkable, |_, v| Ok(v))
    });
    vm.add_method(&cls, "read", |vm, _, _| {
        let mut all = String::new();
        loop {
            match crate::runtime::stdin::read_line(vm, false, |_, v| Ok(v))? {
                Value::Str(s) if !s.as_str().is_empty() => all.push_str(s.as_str()),
                _ => return Ok(Value::string(all)),
            }
        }
    });
    vm.add_method(&cls, "readlines", |vm, _, _| {
        let mut lines = vec![];
        loop {
            match crate::runtime::stdin::read_line(vm, false, |_, v| Ok(v))? {
                Value::Str(s) if !s.as_str().is_empty() => lines.push(Value::Str(s)),
                _ => return Ok(Value::list(lines)),
            }
        }
    });
    vm.add_method(&cls, "__iter__", |_, a, _| Ok(a.first().cloned().unwrap_or(Value::None)));
    vm.add_method(&cls, "__next__", |vm, _, _| {
        match crate::runtime::stdin::read_line(vm, false, |_, v| Ok(v))? {
            Value::Str(s) if !s.as_str().is_empty() => Ok(Value::Str(s)),
            _ => Err(vm.new_exception(&vm.types.stop_iteration.clone(), vec![])),
        }
    });
    vm.add_method(&cls, "fileno", |_, _, _| Ok(Value::Int(0)));
    vm.add_method(&cls, "isatty", |_, _, _| {
        // SAFETY: isatty on fd 0 has no preconditions.
        Ok(Value::Bool(unsafe { libc::isatty(0) } == 1))
    });
    vm.add_method(&cls, "readable", |_, _, _| Ok(Value::Bool(true)));
    vm.add_method(&cls, "__repr__", |_, _, _| {
        Ok(Value::str("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"))
    });
    let stdin = vm.new_instance(&cls);
    m.dict.d.borrow_mut().set_str("stdin", stdin.clone());
    m.dict.d.borrow_mut().set_str("__stdin__", stdin);
    crate::runtime::async_objects::add_sys_functions(vm, &m);
    m
}

const SYS_PY: &str = r#"
from _aspic_structseq import structseq as _ss
version_info = _ss('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'])(
    (3, 11, 7, 'final', 0))
float_info = _ss('sys', 'float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp',
                                        'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'])(
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _ss('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                                    'str_digits_check_threshold'])((30, 4, 4300, 640))
maxunicode = 1114111
api_version = 1013
_asyncgen_hooks = _ss('builtins', 'asyncgen_hooks', ['firstiter', 'finalizer'])
_asyncgen_hooks.__repr__ = lambda self: 'asyncgen_hooks(firstiter=%r, finalizer=%r)' % tuple(self)
del _ss
"#;
