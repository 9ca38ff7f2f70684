//! The import system: native modules, the embedded stdlib, and `.py` files beside the
//! script; packages with `__init__.py`; `sys.modules` caching.

use std::rc::Rc;

use crate::vm::dict::Dict;
use crate::vm::object::*;
use crate::vm::value::{PyStr, Value};
use crate::vm::{PyResult, Vm};

include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));

pub fn stdlib_source(name: &str) -> Option<&'static str> {
    stdlib_entry(name).map(|(s, _)| s)
}

/// The embedded source of `name` and whether it is a package (`pkg/__init__.py`).
pub fn stdlib_entry(name: &str) -> Option<(&'static str, bool)> {
    STDLIB.iter().find(|(n, _, _)| *n == name).map(|(_, s, p)| (*s, *p))
}

/// Names of the embedded stdlib modules.
pub fn stdlib_module_names() -> Vec<&'static str> {
    STDLIB.iter().map(|(n, _, _)| *n).collect()
}

/// The source `aspic -m name` runs: a package's `__main__` or the module itself, from
/// ASPIC_STDLIB_DIR or the embedded stdlib. Returns (source, path, package).
pub fn module_main_source(name: &str) -> Option<(String, String, String)> {
    let rel = name.replace('.', "/");
    let parent = name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default();
    if let Ok(dir) = std::env::var("ASPIC_STDLIB_DIR") {
        let pkg_main = format!("{dir}/{rel}/__main__.py");
        if let Ok(src) = std::fs::read_to_string(&pkg_main) {
            return Some((src, pkg_main, name.to_string()));
        }
        let module = format!("{dir}/{rel}.py");
        if let Ok(src) = std::fs::read_to_string(&module) {
            return Some((src, module, parent));
        }
    }
    if let Some((src, false)) = stdlib_entry(&format!("{name}.__main__")) {
        return Some((src.to_string(), format!("<frozen {name}.__main__>"), name.to_string()));
    }
    match stdlib_entry(name) {
        Some((src, false)) => Some((src.to_string(), format!("<frozen {name}>"), parent)),
        _ => None,
    }
}

impl Vm {
    pub fn new_module(&self, name: &str) -> Rc<Module> {
        let d = DictObj::new_rc(Dict::new());
        d.d.borrow_mut().set_str("__name__", Value::str(name));
        d.d.borrow_mut().set_str("__doc__", Value::None);
        d.d.borrow_mut().set_str("__package__", Value::None);
        Rc::new(Module {
            name: crate::vm::intern::intern(name),
            dict: d,
        })
    }

    /// Imports `name` (absolute, dotted) and returns the named module itself.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.d.borrow().get_by_str(name) {
            return Ok(m.clone());
        }
        if let Some((parent, _)) = name.rsplit_once('.') {
            self.import_module(parent)?;
            if let Some(m) = self.modules.d.borrow().get_by_str(name) {
                return Ok(m.clone());
            }
        }
        if let Some(m) = crate::modules::native_module(self, name)? {
            self.modules.d.borrow_mut().set_str(name, m.clone());
            return Ok(m);
        }
        // Modules an embedding host gave as source come first.
        if let Some((src, is_pkg)) = self.extra_modules.get(name).cloned() {
            let path = format!("<{name}>");
            return self.exec_module(name, &src, &path, is_pkg, Some(path.clone()));
        }
        // Then files: in the directories an embedding host chose (its decision, whatever
        // the script's capabilities), or beside the script (sys.path[0]) and in
        // ASPIC_STDLIB_DIR on the command line. Without filesystem access, only native
        // and embedded modules exist.
        if (self.search_paths.is_some() || self.effective_caps().filesystem)
            && let Some(m) = self.import_from_disk(name)?
        {
            return Ok(m);
        }
        if let Some((src, is_pkg)) = stdlib_entry(name) {
            let path = format!("<frozen {name}>");
            return self.exec_module(name, src, &path, is_pkg, Some(format!("<frozen {name}>")));
        }
        let e = self.new_exception(
            &self.types.module_not_found_error.clone(),
            vec![Value::string(format!("No module named '{name}'"))],
        );
        e.0.set_attr_str("name", Value::str(name));
        Err(e)
    }

    /// `name` from a `.py` file beside the script or in ASPIC_STDLIB_DIR, if one exists.
    fn import_from_disk(&mut self, name: &str) -> PyResult<Option<Value>> {
        let rel = name.replace('.', "/");
        let mut dirs = match &self.search_paths {
            Some(dirs) => dirs.clone(),
            None if self.script_dir.is_empty() => vec![".".to_string()],
            None => vec![self.script_dir.clone()],
        };
        // ASPIC_STDLIB_DIR (for working on stdlib/ without rebuilding) overrides the
        // embedded copy, for the command line only.
        if !self.embedded
            && let Ok(dir) = std::env::var("ASPIC_STDLIB_DIR")
        {
            dirs.push(dir);
        }
        for base in dirs {
            let candidates = [(format!("{base}/{rel}.py"), false), (format!("{base}/{rel}/__init__.py"), true)];
            for (path, is_pkg) in candidates {
                if let Ok(src) = std::fs::read_to_string(&path) {
                    return self.exec_module(name, &src, &path, is_pkg, Some(format!("{base}/{rel}"))).map(Some);
                }
            }
        }
        Ok(None)
    }

    fn exec_module(&mut self, name: &str, src: &str, path: &str, is_pkg: bool, pkg_dir: Option<String>) -> PyResult<Value> {
        let m = self.new_module(name);
        {
            let mut d = m.dict.d.borrow_mut();
            d.set_str("__file__", Value::str(path));
            d.set_str("__builtins__", Value::Dict(self.builtins.clone()));
            let package = if is_pkg {
                name.to_string()
            } else {
                name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
            };
            d.set_str("__package__", Value::string(package));
            if is_pkg {
                d.set_str("__path__", Value::list(vec![Value::string(pkg_dir.unwrap_or_default())]));
            }
        }
        let mv = Value::Module(m.clone());
        self.modules.d.borrow_mut().set_str(name, mv.clone());
        let r = self.run_source(src, path, &m.dict, None, crate::compile::Mode::Exec);
        if let Err(e) = r {
            self.modules.d.borrow_mut().remove_str(&PyStr::new(name));
            return Err(e);
        }
        // Bind the submodule in its parent package.
        if let Some((parent, child)) = name.rsplit_once('.')
            && let Some(Value::Module(p)) = self.modules.d.borrow().get_by_str(parent).cloned()
        {
            p.dict.d.borrow_mut().set_str(child, mv.clone());
        }
        Ok(mv)
    }

    /// IMPORT_NAME: returns the top package for `import a.b`, or the module itself when a
    /// fromlist is given.
    pub fn import_name(&mut self, name: &str, fromlist: &Value, level: &Value, globals: &Rc<DictObj>) -> PyResult<Value> {
        let level = match level {
            Value::Int(i) => *i,
            _ => 0,
        };
        let full = if level > 0 {
            let package = match globals.d.borrow().get_by_str("__package__") {
                Some(Value::Str(p)) if !p.as_str().is_empty() => p.as_str().to_string(),
                _ => match globals.d.borrow().get_by_str("__name__") {
                    Some(Value::Str(n)) => n.as_str().rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default(),
                    _ => String::new(),
                },
            };
            if package.is_empty() {
                return Err(self.new_exception(
                    &self.types.import_error.clone(),
                    vec![Value::str("attempted relative import with no known parent package")],
                ));
            }
            let mut parts: Vec<&str> = package.split('.').collect();
            for _ in 1..level {
                parts.pop();
            }
            let base = parts.join(".");
            if name.is_empty() { base } else { format!("{base}.{name}") }
        } else {
            name.to_string()
        };
        let m = self.import_module(&full)?;
        let has_fromlist = match fromlist {
            Value::Tuple(t) => !t.is_empty(),
            Value::None => false,
            _ => true,
        };
        if has_fromlist {
            // Submodules named in the fromlist are imported too.
            if let Value::Tuple(t) = fromlist {
                for item in t.iter() {
                    if let Value::Str(s) = item
                        && s.as_str() != "*"
                    {
                        let has = if let Value::Module(md) = &m {
                            md.dict.d.borrow().get_str(s).is_some()
                        } else {
                            true
                        };
                        if !has {
                            let sub = format!("{full}.{}", s.as_str());
                            match self.import_module(&sub) {
                                Ok(_) => {}
                                Err(e) if e.is(&self.types.module_not_found_error) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
            }
            return Ok(m);
        }
        if level == 0 {
            let top = full.split('.').next().unwrap_or("");
            return self.import_module(top);
        }
        Ok(m)
    }

    pub fn import_from(&mut self, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr(m, name) {
            Ok(v) => Ok(v),
            Err(e) if e.is(&self.types.attribute_error) => {
                if let Value::Module(md) = m {
                    let sub = format!("{}.{}", md.name.as_str(), name.as_str());
                    if let Ok(v) = self.import_module(&sub) {
                        return Ok(v);
                    }
                    let file = match md.dict.d.borrow().get_by_str("__file__") {
                        Some(Value::Str(f)) => format!(" ({})", f.as_str()),
                        _ => " (unknown location)".to_string(),
                    };
                    let e = self.new_exception(
                        &self.types.import_error.clone(),
                        vec![Value::string(format!(
                            "cannot import name '{}' from '{}'{}",
                            name.as_str(),
                            md.name.as_str(),
                            file
                        ))],
                    );
                    e.0.set_attr_str("name", Value::Str(md.name.clone()));
                    return Err(e);
                }
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    pub fn import_star(&mut self, m: &Value, target: &Rc<DictObj>) -> PyResult<()> {
        let Value::Module(md) = m else {
            return Ok(());
        };
        let all = md.dict.d.borrow().get_by_str("__all__").cloned();
        let names: Vec<Value> = match all {
            Some(a) => self.iterate(&a)?,
            None => md
                .dict
                .d
                .borrow()
                .keys()
                .into_iter()
                .filter(|k| k.as_str().map(|s| !s.starts_with('_')).unwrap_or(false))
                .collect(),
        };
        for n in names {
            if let Value::Str(s) = &n {
                let v = self.get_attr(m, &crate::vm::intern::intern(s.as_str()))?;
                target.d.borrow_mut().set_pystr(s.clone(), v);
            }
        }
        Ok(())
    }
}
