//! Native modules.

pub mod math;
pub mod random;
pub mod random_core;
pub mod sys;
pub mod time;

use std::rc::Rc;

use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

/// Builds a native module by name; None if there is no such native module.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "sys" => sys::make(vm),
        "time" => time::make(vm),
        "math" => math::make(vm),
        "random" => random::make(vm),
        "_aspic_fs" => fs_module(vm),
        "gc" => {
            let m = vm.new_module("gc");
            add_fn(vm, &m, "collect", |vm, _, _| {
                vm.run_pending_finalizers();
                Ok(Value::Int(crate::vm::gc::collect() as i64))
            });
            add_fn(vm, &m, "enable", |_, _, _| Ok(Value::None));
            add_fn(vm, &m, "disable", |_, _, _| Ok(Value::None));
            add_fn(vm, &m, "isenabled", |_, _, _| Ok(Value::Bool(true)));
            m
        }
        "builtins" => {
            let m = vm.new_module("builtins");
            let items = vm.builtins.d.borrow().items();
            for (k, v) in items {
                if let Value::Str(s) = k {
                    m.dict.d.borrow_mut().set_pystr(s, v);
                }
            }
            m
        }
        "os" => os_module(vm),
        "os.path" => {
            let os = vm.import_module("os")?;
            return vm.get_attr_str(&os, "path").map(Some);
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Module(m)))
}

pub fn add_fn(vm: &Vm, m: &Rc<Module>, name: &'static str, f: NativeFn) {
    m.dict.d.borrow_mut().set_str(name, vm.new_native(name, f));
}

fn fs_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_aspic_fs");
    add_fn(vm, &m, "exists", |_, a, _| {
        Ok(Value::Bool(
            a.first()
                .and_then(|p| p.as_str())
                .map(|p| std::path::Path::new(p).exists())
                .unwrap_or(false),
        ))
    });
    add_fn(vm, &m, "read", |vm, a, _| {
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
    err.0.dict.d.borrow_mut().set_str("filename", Value::str(path));
    err
}

fn os_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("os");
    add_fn(vm, &m, "getcwd", |_, _, _| {
        Ok(Value::string(
            std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default(),
        ))
    });
    add_fn(vm, &m, "getpid", |_, _, _| Ok(Value::Int(std::process::id() as i64)));
    add_fn(vm, &m, "cpu_count", |_, _, _| {
        Ok(Value::Int(
            std::thread::available_parallelism().map(|n| n.get() as i64).unwrap_or(1),
        ))
    });
    add_fn(vm, &m, "listdir", |vm, a, _| {
        let p = match a.first() {
            Some(v) => path_arg(vm, Some(v))?,
            None => ".".into(),
        };
        let mut names: Vec<String> = std::fs::read_dir(&p)
            .map_err(|e| os_error(vm, &e, &p))?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().to_string())
            .collect();
        names.sort();
        Ok(Value::list(names.into_iter().map(Value::string).collect()))
    });
    add_fn(vm, &m, "remove", |vm, a, _| {
        let p = path_arg(vm, a.first())?;
        std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, &p))?;
        Ok(Value::None)
    });
    add_fn(vm, &m, "getenv", |_, a, _| {
        let k = a.first().and_then(|v| v.as_str()).unwrap_or("");
        Ok(std::env::var(k)
            .map(Value::string)
            .unwrap_or_else(|_| a.get(1).cloned().unwrap_or(Value::None)))
    });
    let mut env = crate::vm::dict::Dict::new();
    for (k, v) in std::env::vars() {
        env.set_str(&k, Value::string(v));
    }
    m.dict.d.borrow_mut().set_str("environ", Value::dict(env));
    m.dict.d.borrow_mut().set_str("sep", Value::str("/"));
    m.dict.d.borrow_mut().set_str("linesep", Value::str("\n"));
    m.dict.d.borrow_mut().set_str("name", Value::str("posix"));
    let p = vm.new_module("posixpath");
    add_fn(vm, &p, "join", |vm, a, _| {
        let mut out = String::new();
        for x in a {
            let s = path_arg(vm, Some(x))?;
            if s.starts_with('/') {
                out = s;
            } else if out.is_empty() || out.ends_with('/') {
                out.push_str(&s);
            } else {
                out.push('/');
                out.push_str(&s);
            }
        }
        Ok(Value::string(out))
    });
    add_fn(vm, &p, "exists", |_, a, _| {
        Ok(Value::Bool(
            a.first()
                .and_then(|v| v.as_str())
                .map(|s| std::path::Path::new(s).exists())
                .unwrap_or(false),
        ))
    });
    add_fn(vm, &p, "isfile", |_, a, _| {
        Ok(Value::Bool(
            a.first()
                .and_then(|v| v.as_str())
                .map(|s| std::path::Path::new(s).is_file())
                .unwrap_or(false),
        ))
    });
    add_fn(vm, &p, "isdir", |_, a, _| {
        Ok(Value::Bool(
            a.first()
                .and_then(|v| v.as_str())
                .map(|s| std::path::Path::new(s).is_dir())
                .unwrap_or(false),
        ))
    });
    add_fn(vm, &p, "basename", |vm, a, _| {
        let s = path_arg(vm, a.first())?;
        Ok(Value::string(s.rsplit('/').next().unwrap_or("").to_string()))
    });
    add_fn(vm, &p, "dirname", |vm, a, _| {
        let s = path_arg(vm, a.first())?;
        Ok(Value::string(match s.rfind('/') {
            Some(0) => "/".to_string(),
            Some(i) => s[..i].trim_end_matches('/').to_string(),
            None => String::new(),
        }))
    });
    add_fn(vm, &p, "splitext", |vm, a, _| {
        let s = path_arg(vm, a.first())?;
        let base_start = s.rfind('/').map(|i| i + 1).unwrap_or(0);
        let base = &s[base_start..];
        let dot = base.rfind('.').filter(|&i| i > 0 && !base[..i].chars().all(|c| c == '.'));
        Ok(match dot {
            Some(i) => Value::tuple(vec![Value::str(&s[..base_start + i]), Value::str(&base[i..])]),
            None => Value::tuple(vec![Value::str(&s), Value::str("")]),
        })
    });
    add_fn(vm, &p, "abspath", |vm, a, _| {
        let s = path_arg(vm, a.first())?;
        let p = std::path::Path::new(&s);
        let abs = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        Ok(Value::string(abs.display().to_string()))
    });
    m.dict.d.borrow_mut().set_str("path", Value::Module(p));
    m
}
