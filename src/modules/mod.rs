//! Native modules.

pub mod aspic_loop;
pub mod asyncio;
pub mod deque;
pub mod math;
pub mod posix;
pub mod random;
pub mod random_core;
pub mod select;
pub mod signal;
pub mod socket;
pub mod structmod;
pub mod sys;
pub mod thread;
pub mod time;

use std::rc::Rc;

use crate::vm::caps::Capability::Filesystem;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

/// Builds a native module by name; None if there is no such native module.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    // Several modules run frozen Python source and report its errors instead of failing
    // the import: an interrupt or MemoryError taken there would be lost, so they wait for
    // the next safe point after the import.
    vm.limits.defer_checks += 1;
    let r = native_module_inner(vm, name);
    vm.limits.defer_checks -= 1;
    r
}

fn native_module_inner(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "sys" => sys::make(vm),
        "time" => time::make(vm),
        "math" => math::make(vm),
        "random" => random::make(vm),
        "_aspic_loop" => aspic_loop::make(vm),
        "_thread" => thread::make(vm),
        "_signal" => signal::make(vm),
        "_socket" => socket::make(vm),
        "select" => select::make(vm),
        "_aspic_fs" => fs_module(vm),
        "gc" => {
            let m = vm.new_module("gc");
            add_fn(vm, &m, "collect", |vm, _, _| {
                vm.run_pending_finalizers();
                Ok(Value::Int(vm.gc_collect() as i64))
            });
            add_fn(vm, &m, "enable", |_, _, _| Ok(Value::None));
            add_fn(vm, &m, "disable", |_, _, _| Ok(Value::None));
            add_fn(vm, &m, "isenabled", |_, _, _| Ok(Value::Bool(true)));
            m
        }
        "builtins" => {
            // The module's namespace is the builtins dict itself: `builtins.x = ...`
            // must be seen by every global lookup, as in CPython.
            Rc::new(Module {
                name: crate::vm::intern::intern("builtins"),
                dict: vm.builtins.clone(),
            })
        }
        "posix" => posix::make(vm),
        "_struct" => structmod::make(vm),
        "importlib" => importlib_module(vm),
        "_weakref" => weakref_module(vm),
        "_asyncio" => asyncio::make(vm),
        "_collections" => deque::make(vm),
        _ => return Ok(None),
    };
    Ok(Some(Value::Module(m)))
}

pub fn add_fn(vm: &Vm, m: &Rc<Module>, name: &'static str, f: NativeFn) {
    m.dict.d.borrow_mut().set_str(name, vm.new_native(name, f));
}

fn weakref_target(v: &Value) -> Value {
    if let Value::Object(o) = v
        && let Ok(d) = o.data.try_borrow()
        && let Some(w) = d.downcast_ref::<crate::vm::WeakRefData>()
    {
        return w.target.upgrade();
    }
    Value::None
}

fn weakref_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_weakref");
    let cls = crate::vm::types::new_class(
        "ReferenceType",
        vec![vm.types.object.clone()],
        Layout::Object,
        Some(BuiltinType::Native),
    );
    cls.dict.borrow_mut().set_str("__module__", Value::str("weakref"));
    cls.dict.borrow_mut().set_str("__tp_name__", Value::str("weakref.ReferenceType"));
    vm.add_method(&cls, "__call__", |_, a, _| Ok(a.first().map(weakref_target).unwrap_or(Value::None)));
    vm.add_method(&cls, "__repr__", |vm, a, _| {
        let me = a.first().cloned().unwrap_or(Value::None);
        let addr = me.ptr().unwrap_or(0);
        Ok(Value::string(match weakref_target(&me) {
            Value::None => format!("<weakref at {addr:#x}; dead>"),
            t => format!("<weakref at {addr:#x}; to '{}' at {:#x}>", vm.type_name(&t), t.ptr().unwrap_or(0)),
        }))
    });
    m.dict.d.borrow_mut().set_str("ReferenceType", Value::Class(cls.clone()));
    m.dict.d.borrow_mut().set_str("_ref_class", Value::Class(cls));
    add_fn(vm, &m, "ref", |vm, a, k| {
        let Some(target) = a.first() else {
            return Err(vm.type_error("__new__ expected at least 1 argument, got 0"));
        };
        let (weak, addr) = match target {
            Value::Instance(inst) => (crate::vm::WeakTarget::Instance(Rc::downgrade(inst)), Rc::as_ptr(inst) as usize),
            Value::Object(o) if !o.data.try_borrow().is_ok_and(|d| d.is::<crate::vm::WeakRefData>()) => {
                (crate::vm::WeakTarget::Native(Rc::downgrade(o)), Rc::as_ptr(o) as usize)
            }
            _ => return Err(vm.type_error(format!("cannot create weak reference to '{}' object", vm.type_name(target)))),
        };
        let callback = a
            .get(1)
            .cloned()
            .or_else(|| crate::vm::call::kw_get(k, "callback").cloned())
            .unwrap_or(Value::None);
        if callback.is_none() {
            // Weak references without callbacks are shared, as in CPython.
            let existing = crate::vm::WEAKREFS.with(|w| {
                w.borrow().get(&addr).and_then(|refs| {
                    refs.iter().filter_map(|r| r.upgrade()).find(|r| {
                        r.data
                            .try_borrow()
                            .ok()
                            .and_then(|d| d.downcast_ref::<crate::vm::WeakRefData>().map(|d| d.callback.is_none()))
                            .unwrap_or(false)
                    })
                })
            });
            if let Some(r) = existing {
                return Ok(Value::Object(r));
            }
        }
        let modv = vm.import_module("_weakref")?;
        let cls = match vm.get_attr_str(&modv, "_ref_class")? {
            Value::Class(c) => c,
            _ => return Err(vm.type_error("weakref class missing")),
        };
        let obj = Rc::new(NativeObject {
            class: cls,
            data: std::cell::RefCell::new(Box::new(crate::vm::WeakRefData { target: weak, callback })),
        });
        crate::vm::WEAKREFS_EXIST.store(true, std::sync::atomic::Ordering::Relaxed);
        crate::vm::WEAKREFS.with(|w| w.borrow_mut().entry(addr).or_default().push(Rc::downgrade(&obj)));
        Ok(Value::Object(obj))
    });
    add_fn(vm, &m, "getweakrefcount", |_, a, _| {
        let addr = match a.first() {
            Some(Value::Instance(i)) => Some(Rc::as_ptr(i) as usize),
            Some(Value::Object(o)) => Some(Rc::as_ptr(o) as usize),
            _ => None,
        };
        let n = match addr {
            Some(addr) => crate::vm::WEAKREFS.with(|w| {
                w.borrow()
                    .get(&addr)
                    .map(|v| v.iter().filter(|r| r.strong_count() > 0).count())
                    .unwrap_or(0)
            }),
            _ => 0,
        };
        Ok(Value::Int(n as i64))
    });
    m
}

fn importlib_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("importlib");
    add_fn(vm, &m, "import_module", |vm, a, k| {
        let name = match a.first() {
            Some(Value::Str(s)) => s.as_str().to_string(),
            Some(v) => {
                return Err(vm.type_error(format!("module name must be str, not {}", vm.type_name(v))));
            }
            None => return Err(vm.type_error("import_module() missing required argument 'name' (pos 1)")),
        };
        let package = a
            .get(1)
            .cloned()
            .or_else(|| crate::vm::call::kw_get(k, "package").cloned())
            .unwrap_or(Value::None);
        let full = if name.starts_with('.') {
            let Value::Str(pkg) = &package else {
                return Err(vm.type_error(format!(
                    "the 'package' argument is required to perform a relative import for '{name}'"
                )));
            };
            let level = name.chars().take_while(|c| *c == '.').count();
            let mut base = pkg.as_str().to_string();
            for _ in 1..level {
                match base.rsplit_once('.') {
                    Some((p, _)) => base = p.to_string(),
                    None => return Err(vm.new_error(&vm.types.import_error.clone(), "attempted relative import beyond top-level package")),
                }
            }
            let rest = &name[level..];
            if rest.is_empty() { base } else { format!("{base}.{rest}") }
        } else {
            name
        };
        vm.import_module(&full)
    });
    add_fn(vm, &m, "reload", |vm, a, _| {
        let Some(Value::Module(md)) = a.first() else {
            return Err(vm.type_error("reload() argument must be a module"));
        };
        let md = md.clone();
        let file = md.dict.d.borrow().get_by_str("__file__").cloned();
        let src = match &file {
            Some(Value::Str(f)) => match f.as_str().strip_prefix("<frozen ").and_then(|r| r.strip_suffix('>')) {
                Some(n) => crate::runtime::import::stdlib_source(n).map(String::from),
                // `__file__` is the script's to set: reading it is a file read.
                None => {
                    vm.require(Filesystem, "importlib.reload")?;
                    std::fs::read_to_string(f.as_str()).ok()
                }
            },
            _ => None,
        };
        if let (Some(src), Some(Value::Str(f))) = (src, file) {
            vm.run_source(&src, f.as_str(), &md.dict, None, crate::compile::Mode::Exec)?;
        }
        Ok(Value::Module(md))
    });
    m
}

fn fs_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_aspic_fs");
    add_fn(vm, &m, "exists", |vm, a, _| {
        vm.require(Filesystem, "os.path.exists")?;
        Ok(Value::Bool(
            a.first()
                .and_then(|p| p.as_str())
                .map(|p| std::path::Path::new(p).exists())
                .unwrap_or(false),
        ))
    });
    add_fn(vm, &m, "isfile", |vm, a, _| {
        vm.require(Filesystem, "os.path.isfile")?;
        Ok(Value::Bool(
            a.first()
                .and_then(|p| p.as_str())
                .map(|p| std::path::Path::new(p).is_file())
                .unwrap_or(false),
        ))
    });
    add_fn(vm, &m, "isdir", |vm, a, _| {
        vm.require(Filesystem, "os.path.isdir")?;
        Ok(Value::Bool(
            a.first()
                .and_then(|p| p.as_str())
                .map(|p| std::path::Path::new(p).is_dir())
                .unwrap_or(false),
        ))
    });
    add_fn(vm, &m, "getsize", |vm, a, _| {
        vm.require(Filesystem, "getsize")?;
        let path = path_arg(vm, a.first())?;
        let md = std::fs::metadata(&path).map_err(|e| os_error(vm, &e, &path))?;
        Ok(Value::Int(md.len() as i64))
    });
    add_fn(vm, &m, "read", |vm, a, _| {
        vm.require(Filesystem, "read")?;
        let path = path_arg(vm, a.first())?;
        let binary = matches!(a.get(1), Some(Value::Bool(true)));
        match std::fs::read(&path) {
            Ok(bytes) => {
                if binary {
                    Ok(Value::Bytes(Rc::new(bytes)))
                } else {
                    Ok(Value::string(String::from_utf8_lossy(&bytes).replace("\r\n", "\n")))
                }
            }
            Err(e) => Err(os_error(vm, &e, &path)),
        }
    });
    add_fn(vm, &m, "write", |vm, a, _| {
        vm.require(Filesystem, "write")?;
        let path = path_arg(vm, a.first())?;
        let data: Vec<u8> = match a.get(1) {
            Some(Value::Str(s)) => s.as_str().as_bytes().to_vec(),
            Some(Value::Bytes(b)) => (**b).clone(),
            Some(Value::ByteArray(b)) => b.borrow().clone(),
            _ => vec![],
        };
        std::fs::write(&path, data).map_err(|e| os_error(vm, &e, &path))?;
        Ok(Value::None)
    });
    m
}

fn path_arg(vm: &Vm, v: Option<&Value>) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(v) => Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v)))),
        None => Err(vm.type_error("missing path")),
    }
}

pub fn os_error(vm: &Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    let (cls, errno, msg) = match e.kind() {
        std::io::ErrorKind::NotFound => ("FileNotFoundError", 2, "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => ("PermissionError", 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => ("FileExistsError", 17, "File exists"),
        _ => ("OSError", e.raw_os_error().unwrap_or(5), "Input/output error"),
    };
    let c = vm.types.by_name.get(cls).cloned().unwrap_or_else(|| vm.types.os_error.clone());
    let err = vm.new_exception(&c, vec![Value::Int(errno as i64), Value::str(msg)]);
    err.0.set_attr_str("filename", Value::str(path));
    err
}
