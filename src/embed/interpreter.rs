//! [`Interpreter`] and its [`Builder`]: creating an interpreter, running code, globals,
//! calls, attributes, items, native functions and modules.

use std::cell::Cell;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

use super::Error;
use super::error::{ErrorKind, system_exit_code};
use super::function::{FromArgs, IntoArgs};
use super::value::{FromValue, IntoValue, Value};
use crate::compile::{Code, Mode};
use crate::vm::caps::{Capabilities, Capability};
use crate::vm::limits::{AbortReason, InterruptHandle};
use crate::vm::object::{HostFn, Module, NativeFunction, Special};
use crate::vm::value::{PyStr, Value as Raw};
use crate::vm::{PyErr, PyResult, Vm};

thread_local! {
    /// One interpreter per OS thread at a time: native modules keep per-thread state
    /// (loop, classes) that two live interpreters would share.
    static ALIVE: Cell<bool> = const { Cell::new(false) };
}

/// An aspic interpreter: a Python 3.11 VM with its own modules, globals and event loop.
///
/// ```
/// let mut py = aspic::Interpreter::new().unwrap();
/// py.exec("def greet(name):\n    return f'hello {name}'").unwrap();
/// let greet = py.global("greet").unwrap();
/// let s: String = py.call(&greet, ("world",)).unwrap();
/// assert_eq!(s, "hello world");
/// assert_eq!(py.eval::<i64>("6 * 7").unwrap(), 42);
/// ```
///
/// # Threads
/// An interpreter is single-threaded and not `Send`: values are reference-counted
/// without atomics, and the interned-string table and a few caches are per OS thread.
/// Create it on the thread that uses it (one interpreter per thread at a time); several
/// threads may each run their own. To drive one from elsewhere, give it a thread and talk
/// to it over channels; [`InterruptHandle`](crate::InterruptHandle) and
/// [`Completer`](crate::Completer) are the `Send` parts.
#[repr(transparent)]
pub struct Interpreter {
    vm: Vm,
}

/// Configures an [`Interpreter`] before it starts.
///
/// ```
/// use std::{cell::RefCell, rc::Rc};
/// let out = Rc::new(RefCell::new(String::new()));
/// let sink = out.clone();
/// let mut py = aspic::Interpreter::builder()
///     .stdout_fn(move |s| sink.borrow_mut().push_str(s))
///     .argv(["prog", "x"])
///     .build()
///     .unwrap();
/// py.exec("import sys\nprint('args', sys.argv)").unwrap();
/// assert_eq!(*out.borrow(), "args ['prog', 'x']\n");
/// ```
pub struct Builder {
    stdout: Option<Box<dyn Write>>,
    stderr: Option<Box<dyn Write>>,
    search_paths: Vec<PathBuf>,
    modules: Vec<(String, String, bool)>,
    argv: Vec<String>,
    virtual_time: bool,
    recursion_limit: Option<usize>,
    caps: Capabilities,
    fuel: Option<u64>,
    memory: Option<(Option<usize>, Option<usize>)>,
    pub(crate) setup: Vec<SetupStep>,
}

/// Configuration applied once the interpreter exists (limits, capabilities).
pub(crate) type SetupStep = Box<dyn FnOnce(&mut Interpreter) -> Result<(), Error>>;

/// Passes text written to a closure, in whole UTF-8 characters.
struct FnSink<F: FnMut(&str)> {
    f: F,
    pending: Vec<u8>,
}

impl<F: FnMut(&str)> Write for FnSink<F> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            // An incomplete character at the end waits for the next write.
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => {
                let text = String::from_utf8_lossy(&self.pending).into_owned();
                (self.f)(&text);
                self.pending.clear();
                return Ok(buf.len());
            }
        };
        if valid > 0 {
            let rest = self.pending.split_off(valid);
            let text = std::mem::replace(&mut self.pending, rest);
            // Valid by construction.
            (self.f)(std::str::from_utf8(&text).unwrap_or_default());
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Builder {
    /// Where `print` and `sys.stdout` go (default: the process's stdout). Output is
    /// buffered and flushed before each API call returns.
    pub fn stdout(mut self, w: impl Write + 'static) -> Self {
        self.stdout = Some(Box::new(w));
        self
    }

    /// Sends stdout text to a closure.
    pub fn stdout_fn(self, f: impl FnMut(&str) + 'static) -> Self {
        self.stdout(FnSink { f, pending: Vec::new() })
    }

    /// Where tracebacks of ignored exceptions, warnings and `sys.stderr` go.
    pub fn stderr(mut self, w: impl Write + 'static) -> Self {
        self.stderr = Some(Box::new(w));
        self
    }

    /// Sends stderr text to a closure.
    pub fn stderr_fn(self, f: impl FnMut(&str) + 'static) -> Self {
        self.stderr(FnSink { f, pending: Vec::new() })
    }

    /// Adds a directory searched by `import` (after host modules, before the embedded
    /// standard library). By default no directory is searched.
    pub fn search_path(mut self, dir: impl Into<PathBuf>) -> Self {
        self.search_paths.push(dir.into());
        self
    }

    /// A module given as source text, importable by `name` (dotted names work when the
    /// parent package is given too).
    pub fn module_source(mut self, name: &str, source: &str) -> Self {
        self.modules.push((name.to_string(), source.to_string(), false));
        self
    }

    /// A package (its `__init__` source); submodules come from further `module_source`s.
    pub fn package_source(mut self, name: &str, source: &str) -> Self {
        self.modules.push((name.to_string(), source.to_string(), true));
        self
    }

    /// `sys.argv` (default `[""]`).
    pub fn argv<S: Into<String>>(mut self, args: impl IntoIterator<Item = S>) -> Self {
        self.argv = args.into_iter().map(Into::into).collect();
        self
    }

    /// Runs on a virtual clock: sleeps and idle event-loop waits take no real time and
    /// `time.monotonic()` advances by exactly the time slept.
    pub fn virtual_time(mut self, on: bool) -> Self {
        self.virtual_time = on;
        self
    }

    /// What scripts may reach on the host (default: everything, like `python3`). A
    /// denied capability makes every route to it raise `PermissionError`; the rules per
    /// capability are in [`crate::vm::caps`].
    ///
    /// ```
    /// use aspic::{Capabilities, Interpreter};
    /// let mut py = Interpreter::builder().capabilities(Capabilities::NONE).build().unwrap();
    /// let e = py.exec("open('/etc/passwd')").unwrap_err();
    /// assert_eq!(e.type_name(), "PermissionError");
    /// let e = py.exec("import socket\nsocket.create_connection(('example.com', 80))").unwrap_err();
    /// assert_eq!(e.type_name(), "PermissionError");
    /// assert_eq!(py.eval::<String>("__import__('os').environ.get('HOME', 'hidden')").unwrap(), "hidden");
    /// ```
    ///
    /// Interpreters that share an OS thread share some native state, so once a restricted
    /// interpreter has run code on a thread, later interpreters on that thread get at
    /// most its capabilities: run restricted interpreters on threads of their own.
    pub fn capabilities(mut self, caps: Capabilities) -> Self {
        self.caps = caps;
        self
    }

    /// A budget of VM work (roughly, bytecode instructions: each loop iteration costs its
    /// body's length, each call one, each item a native loop consumes one). When it runs
    /// out the script stops with [`ErrorKind::OutOfFuel`](crate::ErrorKind), which no
    /// `except` or `finally` can catch, unless an [`Interpreter::on_out_of_fuel`] hook
    /// refuels it in place. Default: unlimited.
    ///
    /// ```
    /// let mut py = aspic::Interpreter::builder().fuel(100_000).build().unwrap();
    /// let e = py.exec("try:\n    while True: pass\nexcept BaseException:\n    print('caught')").unwrap_err();
    /// assert_eq!(e.kind(), &aspic::ErrorKind::OutOfFuel);
    /// py.set_fuel(Some(1_000));
    /// assert_eq!(py.eval::<i64>("1 + 1").unwrap(), 2);
    /// ```
    pub fn fuel(mut self, fuel: u64) -> Self {
        self.fuel = Some(fuel);
        self
    }

    /// Memory limits in bytes of heap the interpreter allocates from now on: past
    /// `soft` the script gets `MemoryError` (catchable); past `hard` it stops with
    /// [`ErrorKind::MemoryLimit`](crate::ErrorKind), which it cannot catch. Large requests
    /// (`'x' * 10**10`) are refused before they are made. Needs
    /// [`crate::alloc::TrackingAllocator`] as the program's global allocator (`build`
    /// fails otherwise), which counts live bytes per thread.
    pub fn memory_limit(mut self, soft: Option<usize>, hard: Option<usize>) -> Self {
        self.memory = Some((soft, hard));
        self
    }

    /// Denies one capability (see [`Self::capabilities`]).
    pub fn deny(mut self, cap: Capability) -> Self {
        self.caps = self.caps.without(cap);
        self
    }

    /// `sys.getrecursionlimit()` (default 1000).
    pub fn recursion_limit(mut self, limit: usize) -> Self {
        self.recursion_limit = Some(limit);
        self
    }

    /// Creates the interpreter. Fails if another interpreter is alive on this thread.
    pub fn build(self) -> Result<Interpreter, Error> {
        if ALIVE.with(|a| a.get()) {
            return Err(Error::new(
                "RuntimeError",
                "an aspic interpreter already exists on this thread (one per thread at a time)",
            ));
        }
        if self.memory.is_some() && !crate::alloc::installed() {
            return Err(Error::new(
                "RuntimeError",
                "memory limits need aspic::alloc::TrackingAllocator as the global allocator",
            ));
        }
        let mut vm = Vm::new();
        vm.caps = self.caps;
        vm.limits.set_fuel(self.fuel);
        vm.embedded = true;
        vm.search_paths = Some(self.search_paths.iter().map(|p| p.display().to_string()).collect());
        for (name, src, is_pkg) in self.modules {
            vm.extra_modules.insert(name, (Rc::from(src.as_str()), is_pkg));
        }
        vm.argv = if self.argv.is_empty() { vec![String::new()] } else { self.argv };
        if self.virtual_time {
            vm.clock = crate::vm::clock::Clock::new_virtual();
        }
        if let Some(limit) = self.recursion_limit {
            vm.recursion_limit = limit;
        }
        {
            let mut out = vm.output.borrow_mut();
            if let Some(w) = self.stdout {
                out.out = std::io::BufWriter::with_capacity(1 << 13, w);
            }
            if let Some(w) = self.stderr {
                out.err = w;
            }
        }
        let main = vm.new_module("__main__");
        main.dict.d.borrow_mut().set_str("__builtins__", Raw::Dict(vm.builtins.clone()));
        vm.modules.d.borrow_mut().set_str("__main__", Raw::Module(main));
        ALIVE.with(|a| a.set(true));
        if let Some((soft, hard)) = self.memory {
            // The baseline is taken now: the interpreter's own start-up is not counted.
            vm.limits.set_memory_limit(soft, hard);
        }
        let mut py = Interpreter { vm };
        for f in self.setup {
            f(&mut py)?;
        }
        Ok(py)
    }
}

/// Code compiled once by [`Interpreter::compile`], to run many times.
#[derive(Clone)]
pub struct Program {
    code: Rc<Code>,
    eval: bool,
}

impl Interpreter {
    /// An interpreter with default settings (see [`Builder`]).
    pub fn new() -> Result<Interpreter, Error> {
        Interpreter::builder().build()
    }

    /// A [`Builder`] to configure an interpreter.
    pub fn builder() -> Builder {
        Builder {
            stdout: None,
            stderr: None,
            search_paths: Vec::new(),
            modules: Vec::new(),
            argv: Vec::new(),
            virtual_time: false,
            recursion_limit: None,
            caps: Capabilities::ALL,
            fuel: None,
            memory: None,
            setup: Vec::new(),
        }
    }

    /// The interpreter a native function runs in.
    pub(crate) fn from_vm(vm: &mut Vm) -> &mut Interpreter {
        // SAFETY: Interpreter is a repr(transparent) wrapper of Vm.
        unsafe { &mut *(vm as *mut Vm as *mut Interpreter) }
    }

    /// The VM underneath, for code that uses `aspic::vm` directly.
    pub fn vm_mut(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Runs `f` on the VM and turns a Python exception into an [`Error`].
    pub(crate) fn vm_result<R>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> Result<R, Error> {
        let r = f(&mut self.vm);
        r.map_err(|e| self.error_from(e))
    }

    /// Every public entry: the VM runs on the calling thread's stack from here.
    fn enter(&mut self) {
        self.vm.set_stack_floor();
        // Work other threads queued while no script ran is taken at the first safe point.
        if self.vm.host_pending.load(std::sync::atomic::Ordering::SeqCst) {
            crate::vm::set_finalize_pending(true);
        }
    }

    fn leave<R>(&mut self, r: Result<R, Error>) -> Result<R, Error> {
        self.vm.flush_stdout();
        // An abort (fuel, memory) ends when it reaches the host's outermost call; calls
        // made by native functions inside the script let it go on unwinding.
        if self.vm.native_depth == 0 && self.vm.limits.aborting.is_some() {
            self.vm.limits.clear_abort();
        }
        r
    }

    /// Runs `f` as an API call: entry bookkeeping, Python errors converted, output flushed.
    pub(crate) fn api<R>(&mut self, f: impl FnOnce(&mut Interpreter) -> Result<R, Error>) -> Result<R, Error> {
        self.enter();
        let r = f(self);
        self.leave(r)
    }

    fn main_module(&self) -> Rc<Module> {
        match self.vm.modules.d.borrow().get_by_str("__main__") {
            Some(Raw::Module(m)) => m.clone(),
            _ => self.vm.new_module("__main__"),
        }
    }

    // ---- errors --------------------------------------------------------------------------

    /// Converts a raised exception into an [`Error`] (keeping the original so that
    /// returning the error from a native function re-raises the same object).
    pub(crate) fn error_from(&mut self, e: PyErr) -> Error {
        let vm = &mut self.vm;
        if let Some(reason) = vm.limits.abort_reason(&e) {
            let (kind, msg) = match reason {
                AbortReason::OutOfFuel => (ErrorKind::OutOfFuel, "the script ran out of fuel"),
                AbortReason::MemoryLimit => (ErrorKind::MemoryLimit, "the script passed its hard memory limit"),
            };
            let mut err = Error::new("ExecutionAborted", msg);
            err.0.kind = kind;
            err.0.origin = Some(stash(vm, e));
            return err;
        }
        if e.is(&vm.types.system_exit) {
            let code = system_exit_code(vm, &e);
            let mut err = Error::new("SystemExit", vm.exc_message(&e));
            err.0.kind = ErrorKind::SystemExit(code);
            return err;
        }
        let type_name = e.class().name().to_string();
        let message = vm.exc_message(&e);
        let traceback = vm.format_exception(&e);
        let id = stash(vm, e);
        let mut err = Error::new(&type_name, message);
        err.0.traceback = traceback;
        err.0.origin = Some(id);
        err
    }

    /// The Python exception to raise for an [`Error`] a native function returned.
    pub(crate) fn raise(&mut self, e: Error) -> PyErr {
        let vm = &mut self.vm;
        if let Some(id) = e.0.origin
            && let Some((_, err)) = vm.host_errors.iter().find(|(i, _)| *i == id)
        {
            return err.clone();
        }
        if let ErrorKind::SystemExit(code) = e.0.kind {
            return vm.new_exception(&vm.types.system_exit.clone(), vec![Raw::Int(code as i64)]);
        }
        let cls = vm
            .types
            .by_name
            .get(e.0.type_name.as_str())
            .cloned()
            .filter(|c| c.is_subclass(&vm.types.base_exception))
            .unwrap_or_else(|| vm.types.runtime_error.clone());
        vm.new_error(&cls, e.0.message)
    }

    /// Parses and compiles, rendering syntax errors with ariadne.
    fn compile_code(&mut self, source: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, Error> {
        let errs = match crate::syntax::parse_module(source) {
            Ok(module) => match crate::compile::compile_with_flags(&module, filename, source, mode, false, false) {
                Ok(code) => return Ok(code),
                Err(errs) => errs,
            },
            Err(errs) => errs,
        };
        let first = &errs[0];
        let plain = crate::syntax::diagnostics::render(filename, source, &errs, false);
        let coloured = crate::syntax::diagnostics::render(filename, source, &errs, true);
        let pyerr = self.vm.syntax_error_from(first, source, filename);
        let traceback = self.vm.format_exception(&pyerr);
        let mut err = Error::new(first.kind.class_name(), first.msg.clone());
        err.0.kind = ErrorKind::Syntax;
        err.0.traceback = traceback;
        err.0.rendered = Some((plain, coloured));
        Err(err)
    }

    fn run_code(&mut self, code: &Rc<Code>) -> Result<Raw, Error> {
        let globals = self.main_module().dict.clone();
        self.vm_result(|vm| vm.run_code(code, &globals, None))
    }

    // ---- running code --------------------------------------------------------------------

    /// Runs statements in the `__main__` namespace.
    pub fn exec(&mut self, source: &str) -> Result<(), Error> {
        self.exec_as(source, "<string>")
    }

    /// [`Self::exec`] with the file name tracebacks and syntax errors show.
    pub fn exec_as(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.api(|py| {
            let code = py.compile_code(source, filename, Mode::Exec)?;
            py.run_code(&code).map(|_| ())
        })
    }

    /// Evaluates an expression in the `__main__` namespace.
    pub fn eval<R: FromValue>(&mut self, expr: &str) -> Result<R, Error> {
        self.api(|py| {
            let code = py.compile_code(expr, "<string>", Mode::Eval)?;
            let v = py.run_code(&code)?;
            R::from_value(Value(v), py)
        })
    }

    /// Runs a script file as `__main__` (with `__file__` set). The file is read by the
    /// host, whatever the script's capabilities.
    pub fn run_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let source = std::fs::read(path).map_err(Error::from)?;
        let source = String::from_utf8_lossy(&source).into_owned();
        let filename = path.display().to_string();
        self.main_module().dict.d.borrow_mut().set_str("__file__", Raw::str(&filename));
        self.exec_as(&source, &filename)
    }

    /// Compiles statements once, to run with [`Self::run`] many times.
    pub fn compile(&mut self, source: &str, filename: &str) -> Result<Program, Error> {
        self.api(|py| {
            let code = py.compile_code(source, filename, Mode::Exec)?;
            Ok(Program { code, eval: false })
        })
    }

    /// Compiles an expression once, to evaluate with [`Self::run`] many times.
    ///
    /// ```
    /// let mut py = aspic::Interpreter::new().unwrap();
    /// let p = py.compile_expr("x * 2").unwrap();
    /// for x in 0..3 {
    ///     py.set_global("x", x).unwrap();
    ///     assert_eq!(py.run(&p).unwrap().as_i64(), Some(x * 2));
    /// }
    /// ```
    pub fn compile_expr(&mut self, expr: &str) -> Result<Program, Error> {
        self.api(|py| {
            let code = py.compile_code(expr, "<string>", Mode::Eval)?;
            Ok(Program { code, eval: true })
        })
    }

    /// Runs a compiled program in `__main__`: an expression's value, or None.
    pub fn run(&mut self, program: &Program) -> Result<Value, Error> {
        self.api(|py| {
            let v = py.run_code(&program.code)?;
            Ok(Value(if program.eval { v } else { Raw::None }))
        })
    }

    /// `import name`: the module (for `a.b`, the submodule itself).
    pub fn import(&mut self, name: &str) -> Result<Value, Error> {
        self.api(|py| py.vm_result(|vm| vm.import_module(name)).map(Value))
    }

    // ---- globals ---------------------------------------------------------------------------

    /// A global of `__main__`, if set.
    pub fn global(&self, name: &str) -> Option<Value> {
        self.main_module().dict.d.borrow().get_by_str(name).cloned().map(Value)
    }

    /// A global of `__main__`, converted; `NameError` if it is not set.
    pub fn get_global<R: FromValue>(&mut self, name: &str) -> Result<R, Error> {
        match self.global(name) {
            Some(v) => self.api(|py| R::from_value(v, py)),
            None => Err(Error::new("NameError", format!("name '{name}' is not defined"))),
        }
    }

    /// Sets a global of `__main__`.
    pub fn set_global(&mut self, name: &str, value: impl IntoValue) -> Result<(), Error> {
        let v = value.into_value(self)?;
        self.main_module().dict.d.borrow_mut().set_str(name, v.0);
        Ok(())
    }

    /// Makes `value` a built-in name, visible from every module.
    pub fn set_builtin(&mut self, name: &str, value: impl IntoValue) -> Result<(), Error> {
        let v = value.into_value(self)?;
        self.vm.set_builtin(name, v.0);
        Ok(())
    }

    // ---- objects ---------------------------------------------------------------------------

    /// Calls a Python callable with positional arguments.
    pub fn call<R: FromValue>(&mut self, callable: &Value, args: impl IntoArgs) -> Result<R, Error> {
        self.call_kw(callable, args, Vec::<(&str, Value)>::new())
    }

    /// Calls a Python callable with positional and keyword arguments.
    ///
    /// ```
    /// let mut py = aspic::Interpreter::new().unwrap();
    /// let f = py.eval("lambda a, b=1, *, c=0: a + b + c").unwrap();
    /// let kw = vec![("c", py.value(100).unwrap())];
    /// assert_eq!(py.call_kw::<i64>(&f, (1, 2), kw).unwrap(), 103);
    /// ```
    pub fn call_kw<R: FromValue>(&mut self, callable: &Value, args: impl IntoArgs, kwargs: Vec<(&str, Value)>) -> Result<R, Error> {
        self.api(|py| {
            let args = args.into_args(py)?;
            let kw: Vec<(Rc<PyStr>, Raw)> = kwargs.into_iter().map(|(k, v)| (crate::vm::intern::intern(k), v.0)).collect();
            let f = callable.0.clone();
            let r = py.vm_result(|vm| vm.call_kw(&f, &args, &kw))?;
            R::from_value(Value(r), py)
        })
    }

    /// `obj.name(*args)`.
    pub fn call_method<R: FromValue>(&mut self, obj: &Value, name: &str, args: impl IntoArgs) -> Result<R, Error> {
        let m: Value = self.getattr(obj, name)?;
        self.call(&m, args)
    }

    /// Converts a Rust value to a Python value.
    pub fn value(&mut self, v: impl IntoValue) -> Result<Value, Error> {
        v.into_value(self)
    }

    /// `getattr(obj, name)`.
    pub fn getattr<R: FromValue>(&mut self, obj: &Value, name: &str) -> Result<R, Error> {
        self.api(|py| {
            let o = obj.0.clone();
            let v = py.vm_result(|vm| vm.get_attr_str(&o, name))?;
            R::from_value(Value(v), py)
        })
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &str, value: impl IntoValue) -> Result<(), Error> {
        self.api(|py| {
            let v = value.into_value(py)?;
            let o = obj.0.clone();
            let n = crate::vm::intern::intern(name);
            py.vm_result(|vm| vm.set_attr(&o, &n, v.0))
        })
    }

    /// `obj[key]`.
    pub fn get_item<R: FromValue>(&mut self, obj: &Value, key: impl IntoValue) -> Result<R, Error> {
        self.api(|py| {
            let k = key.into_value(py)?;
            let o = obj.0.clone();
            let v = py.vm_result(|vm| vm.get_item(&o, &k.0))?;
            R::from_value(Value(v), py)
        })
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: impl IntoValue, value: impl IntoValue) -> Result<(), Error> {
        self.api(|py| {
            let k = key.into_value(py)?;
            let v = value.into_value(py)?;
            let o = obj.0.clone();
            py.vm_result(|vm| vm.set_item(&o, &k.0, v.0))
        })
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> Result<String, Error> {
        self.api(|py| py.vm_result(|vm| vm.repr_string(&v.0)))
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> Result<String, Error> {
        self.api(|py| py.vm_result(|vm| vm.str_string(&v.0)))
    }

    /// The name of `v`'s type, as error messages show it.
    pub fn type_name(&self, v: &Value) -> String {
        self.vm.type_name(&v.0)
    }

    pub(crate) fn type_name_of(&self, v: &Raw) -> String {
        self.vm.type_name(v)
    }

    // ---- limits --------------------------------------------------------------------------

    /// Sets the fuel budget (None: unlimited); see [`Builder::fuel`].
    pub fn set_fuel(&mut self, fuel: Option<u64>) {
        self.vm.limits.set_fuel(fuel);
    }

    /// Fuel left (None: unlimited).
    pub fn fuel_left(&self) -> Option<u64> {
        self.vm.limits.fuel_left()
    }

    /// Fuel used since the last [`Self::set_fuel`], refuels included.
    pub fn fuel_consumed(&self) -> u64 {
        self.vm.limits.fuel_consumed()
    }

    /// Called when fuel runs out, where the script is: `Some(n)` adds `n` and the script
    /// goes on in place; `None` stops it with [`ErrorKind::OutOfFuel`]. For a host that
    /// budgets work per frame or checks a deadline.
    ///
    /// ```
    /// let mut py = aspic::Interpreter::builder().fuel(10_000).build().unwrap();
    /// let mut refills = 0;
    /// py.on_out_of_fuel(move || { refills += 1; (refills <= 3).then_some(10_000) });
    /// let e = py.exec("while True: pass").unwrap_err();
    /// assert_eq!(e.kind(), &aspic::ErrorKind::OutOfFuel);
    /// assert!(py.fuel_consumed() >= 40_000);
    /// ```
    pub fn on_out_of_fuel(&mut self, hook: impl FnMut() -> Option<u64> + 'static) {
        self.vm.limits.on_out_of_fuel = Some(Box::new(hook));
    }

    /// Sets memory limits from now on (see [`Builder::memory_limit`]).
    pub fn set_memory_limit(&mut self, soft: Option<usize>, hard: Option<usize>) -> Result<(), Error> {
        if (soft.is_some() || hard.is_some()) && !crate::alloc::installed() {
            return Err(Error::new(
                "RuntimeError",
                "memory limits need aspic::alloc::TrackingAllocator as the global allocator",
            ));
        }
        self.vm.limits.set_memory_limit(soft, hard);
        Ok(())
    }

    /// A `Send + Sync` handle that makes the running script raise `KeyboardInterrupt`
    /// from any thread, even while it sleeps or waits in its event loop.
    ///
    /// ```
    /// let mut py = aspic::Interpreter::new().unwrap();
    /// let stop = py.interrupt_handle();
    /// std::thread::spawn(move || {
    ///     std::thread::sleep(std::time::Duration::from_millis(20));
    ///     stop.interrupt();
    /// });
    /// let e = py.exec("import time\ntime.sleep(60)").unwrap_err();
    /// assert_eq!(e.type_name(), "KeyboardInterrupt");
    /// ```
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.vm.limits.interrupt_handle()
    }

    /// Writes buffered script output to the stdout sink now.
    pub fn flush(&mut self) {
        self.vm.flush_stdout();
    }

    // ---- native functions and modules ---------------------------------------------------

    /// A Python function implemented by a Rust closure. Arguments convert through
    /// [`FromArgs`] (a tuple of [`FromValue`] types, or [`Args`](crate::Args)); a
    /// conversion failure raises `TypeError` worded as CPython's built-ins word it; an
    /// `Err` return raises that exception (see [`Error`]).
    ///
    /// ```
    /// let mut py = aspic::Interpreter::new().unwrap();
    /// let add = py.create_function("add", |_, (a, b): (i64, i64)| Ok(a + b));
    /// py.set_global("add", add).unwrap();
    /// assert_eq!(py.eval::<i64>("add(2, 3)").unwrap(), 5);
    /// let err = py.eval::<i64>("add('2', 3)").unwrap_err();
    /// assert_eq!(err.to_string(), "TypeError: add() argument 1 must be int, not str");
    /// ```
    pub fn create_function<A, R, F>(&mut self, name: &str, f: F) -> Value
    where
        A: FromArgs,
        R: IntoValue,
        F: Fn(&mut Interpreter, A) -> Result<R, Error> + 'static,
    {
        let fname = name.to_string();
        let host: HostFn = Rc::new(move |vm, args, kwargs| {
            let py = Interpreter::from_vm(vm);
            let r = A::from_args(py, &fname, args, kwargs)
                .and_then(|a| f(py, a))
                .and_then(|r| r.into_value(py));
            match r {
                Ok(v) => Ok(v.0),
                Err(e) => Err(py.raise(e)),
            }
        });
        Value(Raw::Native(Rc::new(NativeFunction {
            name: leak_name(name),
            func: |vm, _, _| Err(vm.runtime_error("host function without a body")),
            owner: None,
            special: Special::None,
            host: Some(host),
        })))
    }

    /// [`Self::create_function`], made a built-in name visible from every module.
    pub fn register_function<A, R, F>(&mut self, name: &str, f: F) -> Result<(), Error>
    where
        A: FromArgs,
        R: IntoValue,
        F: Fn(&mut Interpreter, A) -> Result<R, Error> + 'static,
    {
        let v = self.create_function(name, f);
        self.set_builtin(name, v)
    }

    /// A native module scripts can `import`, filled by `init`.
    ///
    /// ```
    /// let mut py = aspic::Interpreter::new().unwrap();
    /// py.register_module("host", |m| {
    ///     m.function("double", |_, (x,): (f64,)| Ok(x * 2.0));
    ///     m.value("VERSION", "1.2")?;
    ///     Ok(())
    /// }).unwrap();
    /// py.exec("import host\nr = host.double(1.5), host.VERSION").unwrap();
    /// assert_eq!(py.get_global::<(f64, String)>("r").unwrap(), (3.0, "1.2".to_string()));
    /// ```
    pub fn register_module(&mut self, name: &str, init: impl FnOnce(&mut ModuleBuilder<'_>) -> Result<(), Error>) -> Result<Value, Error> {
        let module = self.vm.new_module(name);
        let mut b = ModuleBuilder {
            py: self,
            module: module.clone(),
        };
        init(&mut b)?;
        let v = Raw::Module(module);
        self.vm.modules.d.borrow_mut().set_str(name, v.clone());
        Ok(Value(v))
    }
}

/// Keeps an exception handed to the host, so that returning its `Error` from a native
/// function re-raises the same object; returns its id.
fn stash(vm: &mut Vm, e: PyErr) -> u64 {
    vm.host_error_seq += 1;
    let id = vm.host_error_seq;
    vm.host_errors.push_back((id, e));
    if vm.host_errors.len() > 32 {
        vm.host_errors.pop_front();
    }
    id
}

/// Leaks a function name once per distinct name (natives keep `&'static str` names).
fn leak_name(name: &str) -> &'static str {
    thread_local! {
        static NAMES: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(s) = n.iter().find(|s| **s == name) {
            return *s;
        }
        let s: &'static str = Box::leak(name.to_string().into_boxed_str());
        n.push(s);
        s
    })
}

/// Fills a module registered with [`Interpreter::register_module`].
pub struct ModuleBuilder<'a> {
    py: &'a mut Interpreter,
    module: Rc<Module>,
}

impl ModuleBuilder<'_> {
    /// Adds a native function (see [`Interpreter::create_function`]).
    pub fn function<A, R, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        A: FromArgs,
        R: IntoValue,
        F: Fn(&mut Interpreter, A) -> Result<R, Error> + 'static,
    {
        let v = self.py.create_function(name, f);
        self.module.dict.d.borrow_mut().set_str(name, v.0);
        self
    }

    /// Adds any value.
    pub fn value(&mut self, name: &str, v: impl IntoValue) -> Result<&mut Self, Error> {
        let v = v.into_value(self.py)?;
        self.module.dict.d.borrow_mut().set_str(name, v.0);
        Ok(self)
    }

    /// Adds the class of a [`NativeClass`](crate::NativeClass).
    pub fn class<T: super::NativeClass>(&mut self) -> &mut Self {
        let cls = self.py.class_for::<T>();
        cls.dict.borrow_mut().set_str("__module__", Raw::str(self.module.name.as_str()));
        self.module.dict.d.borrow_mut().set_str(T::NAME, Raw::Class(cls));
        self
    }

    /// The interpreter, e.g. to build values.
    pub fn interpreter(&mut self) -> &mut Interpreter {
        self.py
    }
}

impl Drop for Interpreter {
    /// Ends like a script: threads joined, `__main__` cleared so `__del__` methods and
    /// generator `finally` blocks run, output flushed.
    fn drop(&mut self) {
        self.enter();
        let vm = &mut self.vm;
        vm.shutdown_threads();
        vm.run_pending_finalizers();
        if let Some(Raw::Module(main)) = vm.modules.d.borrow().get_by_str("__main__").cloned() {
            let keys: Vec<Raw> = main.dict.d.borrow().keys();
            for k in &keys {
                let Raw::Str(name) = k else { continue };
                if name.as_str() == "__builtins__" {
                    continue;
                }
                let old = main.dict.d.borrow().get_str(name).cloned();
                main.dict.d.borrow_mut().set_pystr(name.clone(), Raw::None);
                drop(old);
            }
        }
        vm.run_pending_finalizers();
        vm.flush_stdout();
        // The allocator's thresholds belong to the thread, not to this interpreter.
        if vm.limits.memory_limited() {
            vm.limits.set_memory_limit(None, None);
        }
        ALIVE.with(|a| a.set(false));
    }
}
