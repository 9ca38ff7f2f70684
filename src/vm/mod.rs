//! The virtual machine: values, objects, frames, the interpreter loop and generators.

pub mod attr;
pub mod call;
pub mod caps;
pub mod clock;
pub mod dict;
pub mod exceptions;
pub mod fiber;
pub mod frame;
pub mod gc;
pub mod hash;
pub mod intern;
pub mod interp;
pub mod limits;
pub mod matching;
pub mod object;
pub mod ops;
pub mod repr;
pub mod trashcan;
pub mod types;
pub mod unicode_printable;
pub mod value;

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::rc::Rc;

use dict::Dict;
use frame::Frame;
use object::*;
use value::{PyStr, Value};

/// A raised exception: always an instance of a BaseException subclass.
#[derive(Clone)]
pub struct PyErr(pub Rc<Instance>);

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }
    pub fn class(&self) -> Rc<Class> {
        self.0.class()
    }
    pub fn is(&self, cls: &Rc<Class>) -> bool {
        self.0.class().is_subclass(cls)
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} exception>", self.0.class().name())
    }
}

pub type PyResult<T> = Result<T, PyErr>;

pub type KwArgs<'a> = &'a [(Rc<PyStr>, Value)];

/// Where `print` and `sys.stdout.write` go: buffered, flushed at exit, before stderr output
/// and before reading input, so interleaving matches a terminal. The process's stdout and
/// stderr by default; an embedding host may give its own sinks.
pub struct Output {
    pub out: std::io::BufWriter<Box<dyn Write>>,
    pub err: Box<dyn Write>,
}

pub struct Vm {
    pub types: types::Types,
    pub builtins: Rc<DictObj>,
    /// `sys.modules`
    pub modules: Rc<DictObj>,
    /// Callers of the running frame (the running frame itself is held by the loop).
    pub frames: Vec<Box<Frame>>,
    pub frame_pool: Vec<Box<Frame>>,
    pub recursion_limit: usize,
    /// Nesting of native -> Python re-entries (each one uses Rust stack).
    pub native_depth: usize,
    pub stack_base: usize,
    /// Lowest address the Rust stack may reach before native re-entry into Python raises
    /// RecursionError (the thread's real stack bottom plus a margin).
    pub stack_floor: usize,
    pub output: RefCell<Output>,
    /// Globals of the innermost running Python frame, for `globals()`, `locals()` etc.
    pub cur_globals: Option<Rc<DictObj>>,
    pub cur_locals: Option<Value>,
    /// The exception being handled where `sys.exc_info()` was called (set for that call).
    pub cur_handled: Value,
    pub argv: Vec<String>,
    pub script_dir: String,
    /// Finished frames of abandoned generators whose `finally` blocks must run.
    pub pending_close: Rc<RefCell<Vec<Rc<Generator>>>>,
    pub repr_guard: RefCell<Vec<usize>>,
    pub rng: Option<crate::modules::random_core::PyRandom>,
    pub start_time: std::time::Instant,
    /// The clock `time` and `_aspic_loop` read: real, or virtual (`--virtual-time`).
    pub clock: clock::Clock,
    pub exit_code: Cell<i32>,
    /// Names the interpreter looks up itself, interned once.
    pub names: Names,
    /// Threads (fibers) and their scheduler.
    pub sched: fiber::Scheduler,
    /// Count of native function entries, and the count at which the native entered
    /// directly by a CALL instruction runs (see `Vm::can_park`).
    pub native_entries: u64,
    pub park_entry: u64,
    /// Directories searched for modules that are not native or embedded. None: the
    /// script's directory (or the current directory), as `python3` does.
    pub search_paths: Option<Vec<String>>,
    /// Modules given as source text by an embedding host: name -> (source, is_package).
    pub extra_modules: std::collections::HashMap<String, (Rc<str>, bool)>,
    /// Set for interpreters created through the embedding API: environment variables
    /// such as ASPIC_STDLIB_DIR are ignored.
    pub embedded: bool,
    /// Classes of an embedding host's Rust types (`crate::embed::NativeClass`).
    pub host_classes: std::collections::HashMap<std::any::TypeId, Rc<Class>>,
    /// Exceptions recently handed to the host as `embed::Error`s, by id, so that an error
    /// a host function returns re-raises the original exception object.
    pub host_errors: std::collections::VecDeque<(u64, PyErr)>,
    pub host_error_seq: u64,
    /// Work queued for the VM's thread by other threads of an embedding host (completed
    /// host futures, woken Rust futures): raised with the safe-point flag, run by
    /// `host_hook` at the next safe point.
    pub host_pending: std::sync::Arc<std::sync::atomic::AtomicBool>,
    pub host_hook: Option<fn(&mut Vm)>,
    /// The embedding layer's async state (`crate::embed`), opaque to the VM.
    pub host_async: Option<Rc<dyn std::any::Any>>,
    /// Host resources scripts may reach (see vm::caps); set before running code.
    pub caps: caps::Capabilities,
    /// Descriptors natives created for the script (see `Vm::check_fd`).
    pub owned_fds: caps::OwnedFds,
    /// Fuel, memory limits, interrupts and aborts, for embedding (see `limits`).
    pub limits: limits::Limits,
}

/// Set by the REPL's line editor: takes stdout text while a prompt is being edited
/// (returns true when it did).
pub static STDOUT_HOOK: std::sync::OnceLock<fn(&str) -> bool> = std::sync::OnceLock::new();

pub struct Names {
    pub init: Rc<PyStr>,
    pub new: Rc<PyStr>,
    pub call: Rc<PyStr>,
    pub next: Rc<PyStr>,
    pub hash: Rc<PyStr>,
    /// The rich-comparison methods, indexed by the `names::CMP_*` constants.
    pub cmp: [Rc<PyStr>; 6],
}

/// Indices into `Names::cmp`.
pub mod names {
    pub const CMP_LT: usize = 0;
    pub const CMP_LE: usize = 1;
    pub const CMP_EQ: usize = 2;
    pub const CMP_NE: usize = 3;
    pub const CMP_GT: usize = 4;
    pub const CMP_GE: usize = 5;
}

thread_local! {
    /// Generators dropped while suspended inside a try block; the VM closes them at the
    /// next safe point (their frames need the VM to run `finally`).
    #[allow(clippy::vec_box)] // frames are boxed everywhere so they can move between stacks cheaply
    pub static ABANDONED: RefCell<Vec<Box<Frame>>> = const { RefCell::new(Vec::new()) };
}

/// Set when finalizers are queued (abandoned generators, `__del__` calls, weakref
/// callbacks); checked before calls, the safe points. A plain static so the check on
/// every call is one load; the queues themselves are per thread.
pub static FINALIZE_PENDING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn finalize_pending() -> bool {
    FINALIZE_PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn set_finalize_pending(v: bool) {
    FINALIZE_PENDING.store(v, std::sync::atomic::Ordering::Relaxed);
}

thread_local! {
    /// Objects whose last reference went away and whose class defines `__del__` (moved
    /// into a fresh instance so the method can run).
    pub static PENDING_DEL: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
    /// Addresses of instances whose `__del__` has been queued: it runs only once.
    pub static FINALIZED: RefCell<std::collections::HashSet<usize>> = RefCell::new(std::collections::HashSet::new());
    /// Weak references by referent address, for their callbacks.
    pub static WEAKREFS: RefCell<hashbrown::HashMap<usize, Vec<std::rc::Weak<NativeObject>>>> =
        RefCell::new(hashbrown::HashMap::new());
    /// (callback, weakref) pairs to call.
    pub static PENDING_CALLBACKS: RefCell<Vec<(Value, Value)>> = const { RefCell::new(Vec::new()) };
}

/// The data of a `weakref.ref` object.
pub struct WeakRefData {
    pub target: WeakTarget,
    pub callback: Value,
}

/// What a weak reference can point to: instances of Python classes, and native objects
/// (futures, tasks, deques, ...), whose teardown runs the callbacks alike.
pub enum WeakTarget {
    Instance(std::rc::Weak<Instance>),
    Native(std::rc::Weak<NativeObject>),
}

impl WeakTarget {
    /// The referent, or None once it is gone.
    pub fn upgrade(&self) -> Value {
        match self {
            WeakTarget::Instance(w) => w.upgrade().map(Value::Instance).unwrap_or(Value::None),
            WeakTarget::Native(w) => w.upgrade().map(Value::Object).unwrap_or(Value::None),
        }
    }
}

impl Drop for NativeObject {
    fn drop(&mut self) {
        if WEAKREFS_EXIST.load(std::sync::atomic::Ordering::Relaxed) {
            weakref_callbacks(self as *const NativeObject as usize);
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        self.finalize();
        // Long exception chains (`__context__` of `__context__`...) too.
        if let Some(exc) = &self.exc
            && let Ok(mut ed) = exc.try_borrow_mut()
            && !(trashcan::is_leaf(&ed.context) && trashcan::is_leaf(&ed.cause))
        {
            let items = vec![std::mem::take(&mut ed.context), std::mem::take(&mut ed.cause)];
            drop(ed);
            trashcan::dispose(items);
        }
        // Linked structures (node.next = Node(...)) drop through the trashcan.
        if let Ok(mut attrs) = self.attrs.try_borrow_mut()
            && let Attrs::Shared { values, .. } = &mut *attrs
            && !values.iter().all(trashcan::is_leaf)
        {
            trashcan::dispose(std::mem::take(values));
        }
    }
}

impl Instance {
    /// Weakref callbacks and `__del__` for an instance being dropped.
    fn finalize(&mut self) {
        let addr = self as *const Instance as usize;
        if WEAKREFS_EXIST.load(std::sync::atomic::Ordering::Relaxed) {
            weakref_callbacks(addr);
        }
        let Ok(cls) = self.class.try_borrow().map(|c| c.clone()) else {
            return;
        };
        if !class_has_del(&cls) {
            return;
        }
        let already = FINALIZED
            .try_with(|f| f.try_borrow_mut().map(|mut f| !f.is_empty() && f.remove(&addr)).unwrap_or(true))
            .unwrap_or(true);
        if already {
            return;
        }
        // Move the state into a new instance that lives until `__del__` has run.
        let inst = Rc::new(Instance {
            class: RefCell::new(cls),
            attrs: std::cell::RefCell::new(std::mem::take(&mut *self.attrs.borrow_mut())),
            exc: self.exc.take(),
            base: RefCell::new(self.base.take()),
        });
        let new_addr = Rc::as_ptr(&inst) as usize;
        let _ = FINALIZED.try_with(|f| f.borrow_mut().insert(new_addr));
        let _ = PENDING_DEL.try_with(|p| p.borrow_mut().push(inst));
        set_finalize_pending(true);
    }
}

/// Set once any weak reference has been created: until then instance teardown skips the
/// weakref bookkeeping.
pub static WEAKREFS_EXIST: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The referent at `addr` is being dropped: queue the callbacks of its weak references.
fn weakref_callbacks(addr: usize) {
    let _ = WEAKREFS.try_with(|w| {
        let Ok(mut w) = w.try_borrow_mut() else { return };
        if w.is_empty() {
            return;
        }
        if let Some(refs) = w.remove(&addr) {
            for r in refs.iter().filter_map(|r| r.upgrade()) {
                let cb = match r.data.try_borrow() {
                    Ok(d) => d.downcast_ref::<WeakRefData>().map(|d| d.callback.clone()),
                    Err(_) => None,
                };
                if let Some(cb) = cb.filter(|c| !c.is_none()) {
                    let _ = PENDING_CALLBACKS.try_with(|p| p.borrow_mut().push((cb, Value::Object(r.clone()))));
                    set_finalize_pending(true);
                }
            }
        }
    });
}

/// Does the class (or its MRO) define `__del__`? (Without panicking on borrowed dicts.)
pub(crate) fn class_has_del(cls: &Rc<Class>) -> bool {
    let fl = cls.flags.get();
    if fl & CF_FLAGS_VALID != 0 {
        return fl & CF_DEL != 0;
    }
    let name = intern::intern("__del__");
    if let Ok(d) = cls.dict.try_borrow()
        && d.get_str(&name).is_some()
    {
        return true;
    }
    let Ok(mro) = cls.mro_rest.try_borrow() else { return false };
    mro.iter()
        .any(|c| c.dict.try_borrow().map(|d| d.get_str(&name).is_some()).unwrap_or(false))
}

impl Vm {
    pub fn new() -> Vm {
        let types = types::Types::new();
        let limits = limits::Limits::new(&types.base_exception);
        let builtins = DictObj::new_rc(Dict::new());
        let modules = DictObj::new_rc(Dict::new());
        let mut vm = Vm {
            types,
            builtins,
            modules,
            frames: Vec::with_capacity(64),
            frame_pool: Vec::new(),
            recursion_limit: 1000,
            native_depth: 0,
            stack_base: 0,
            stack_floor: 0,
            output: RefCell::new(Output {
                out: std::io::BufWriter::with_capacity(1 << 16, Box::new(std::io::stdout())),
                err: Box::new(std::io::stderr()),
            }),
            cur_globals: None,
            cur_locals: None,
            cur_handled: Value::None,
            argv: vec![],
            script_dir: String::new(),
            pending_close: Rc::new(RefCell::new(vec![])),
            repr_guard: RefCell::new(vec![]),
            rng: None,
            start_time: std::time::Instant::now(),
            clock: clock::Clock::real(),
            exit_code: Cell::new(0),
            names: Names {
                init: intern::intern("__init__"),
                new: intern::intern("__new__"),
                call: intern::intern("__call__"),
                next: intern::intern("__next__"),
                hash: intern::intern("__hash__"),
                cmp: ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].map(intern::intern),
            },
            sched: fiber::Scheduler::default(),
            native_entries: 0,
            park_entry: u64::MAX,
            search_paths: None,
            extra_modules: std::collections::HashMap::new(),
            embedded: false,
            host_classes: std::collections::HashMap::new(),
            host_errors: std::collections::VecDeque::new(),
            host_error_seq: 0,
            host_pending: Default::default(),
            host_hook: None,
            host_async: None,
            caps: caps::Capabilities::ALL,
            owned_fds: Default::default(),
            limits,
        };
        reset_thread_state();
        vm.set_stack_floor();
        types::init_type_methods(&mut vm);
        crate::runtime::builtins::init(&mut vm);
        vm
    }

    pub fn flush_stdout(&self) {
        if let Ok(mut o) = self.output.try_borrow_mut() {
            let _ = o.out.flush();
        }
    }

    pub fn write_stdout(&self, s: &str) {
        if let Some(hook) = STDOUT_HOOK.get()
            && hook(s)
        {
            return;
        }
        if let Ok(mut o) = self.output.try_borrow_mut() {
            let _ = o.out.write_all(s.as_bytes());
        }
    }

    pub fn write_stderr(&self, s: &str) {
        self.flush_stdout();
        if let Ok(mut o) = self.output.try_borrow_mut() {
            let _ = o.err.write_all(s.as_bytes());
            let _ = o.err.flush();
        }
    }

    /// Bytes of Rust stack used since the VM started (approximate).
    pub fn stack_used(&self) -> usize {
        let probe = 0u8;
        self.stack_base.saturating_sub(std::hint::black_box(&probe) as *const u8 as usize)
    }

    /// Records the calling thread's stack bounds: the VM runs on this thread from now on
    /// (called when the VM is created and when an embedding host enters it).
    pub fn set_stack_floor(&mut self) {
        let probe = 0u8;
        let here = std::hint::black_box(&probe) as *const u8 as usize;
        self.stack_base = here;
        self.stack_floor = match stack::thread_stack_low() {
            // Keep a margin for the native code that runs between two checks.
            Some(low) if low < here => low + STACK_MARGIN.min((here - low) / 2),
            _ => here.saturating_sub(FALLBACK_STACK),
        };
    }

    /// Has the Rust stack come too close to its end for another native re-entry?
    #[inline]
    pub fn stack_exhausted(&self) -> bool {
        let probe = 0u8;
        (std::hint::black_box(&probe) as *const u8 as usize) < self.stack_floor
    }

    // ---- errors -------------------------------------------------------------------------

    pub fn new_exception(&self, cls: &Rc<Class>, args: Vec<Value>) -> PyErr {
        PyErr(exceptions::new_exception_instance(cls, Value::tuple(args)))
    }
    pub fn new_error(&self, cls: &Rc<Class>, msg: impl Into<String>) -> PyErr {
        self.new_exception(cls, vec![Value::string(msg.into())])
    }
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types.type_error, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types.value_error, msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types.index_error, msg)
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(&self.types.key_error, vec![key])
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types.attribute_error, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types.runtime_error, msg)
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types.zero_division_error, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types.overflow_error, msg)
    }
    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.new_error(&self.types.name_error, format!("name '{name}' is not defined"));
        e.0.set_attr_str("name", Value::str(name));
        e
    }
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        if value.is_none() {
            self.new_exception(&self.types.stop_iteration, vec![])
        } else {
            self.new_exception(&self.types.stop_iteration, vec![value])
        }
    }

    // ---- small helpers ------------------------------------------------------------------

    /// The type name used in error messages (CPython's `tp_name`): the class name, or the
    /// class's own `__tp_name__` string for classes standing in for C types with a dotted
    /// name (`datetime.date`, `collections.deque`).
    pub fn type_name(&self, v: &Value) -> String {
        let cls = self.class_of(v);
        if matches!(v, Value::Instance(_) | Value::Object(_))
            && let Ok(d) = cls.dict.try_borrow()
            && let Some(Value::Str(s)) = d.get_by_str("__tp_name__")
        {
            return s.as_str().to_string();
        }
        cls.name().to_string()
    }

    pub fn intern(&self, s: &str) -> Rc<PyStr> {
        intern::intern(s)
    }

    pub fn set_builtin(&mut self, name: &str, v: Value) {
        self.builtins.d.borrow_mut().set_str(name, v);
    }

    /// Runs `close()` on generators abandoned while suspended in a try block.
    /// A cycle collection with finalizers: `__del__` of garbage instances runs first, then
    /// the garbage is cleared. Returns the number of garbage objects.
    pub fn gc_collect(&mut self) -> usize {
        let has_del = |i: &Rc<Instance>| {
            let addr = Rc::as_ptr(i) as usize;
            let done = FINALIZED.with(|f| f.borrow().contains(&addr));
            !done && class_has_del(&i.class())
        };
        let mut fin = Vec::new();
        let n = gc::collect(&mut fin, &has_del);
        if fin.is_empty() {
            return n;
        }
        for inst in &fin {
            FINALIZED.with(|f| f.borrow_mut().insert(Rc::as_ptr(inst) as usize));
        }
        let found = fin.len();
        PENDING_DEL.with(|p| p.borrow_mut().extend(fin));
        self.run_pending_finalizers();
        let mut again = Vec::new();
        let m = gc::collect(&mut again, &has_del);
        // Anything still needing a finalizer stays for a later pass.
        drop(again);
        m.max(found)
    }

    pub fn run_pending_finalizers(&mut self) {
        set_finalize_pending(false);
        if self.limits.aborting.is_some() {
            self.drop_pending_finalizers();
            return;
        }
        if self.host_pending.swap(false, std::sync::atomic::Ordering::SeqCst)
            && let Some(hook) = self.host_hook
        {
            hook(self);
        }
        self.flush_async_finalizers(None);
        let saved_globals = self.cur_globals.clone();
        loop {
            let dels: Vec<Rc<Instance>> = PENDING_DEL.with(|p| std::mem::take(&mut *p.borrow_mut()));
            let cbs: Vec<(Value, Value)> = PENDING_CALLBACKS.with(|p| std::mem::take(&mut *p.borrow_mut()));
            if dels.is_empty() && cbs.is_empty() {
                break;
            }
            for inst in dels {
                let cls = inst.class();
                if let Some(f) = cls.lookup_str("__del__") {
                    let obj = Value::Instance(inst.clone());
                    if let Err(e) = self.call(&f, &[obj]) {
                        let header = match cls.lookup_str("__del__") {
                            Some(Value::Function(func)) => format!(
                                "Exception ignored in: <function {} at {:#x}>",
                                func.qualname.borrow().as_str(),
                                Rc::as_ptr(&func) as usize
                            ),
                            _ => "Exception ignored in: __del__".to_string(),
                        };
                        self.write_unraisable(&e, &header);
                    }
                }
            }
            for (cb, r) in cbs {
                if let Err(e) = self.call(&cb, &[r]) {
                    self.write_unraisable(&e, "Exception ignored in weakref callback");
                }
            }
        }
        self.cur_globals = saved_globals;
        // A signal still waiting for its handler, or an interrupt for some VM, keeps the
        // safe-point flag raised.
        if crate::runtime::signals::pending() || limits::interrupts_outstanding() {
            set_finalize_pending(true);
        }
        loop {
            let frames: Vec<Box<Frame>> = ABANDONED.with(|a| std::mem::take(&mut *a.borrow_mut()));
            if frames.is_empty() {
                break;
            }
            for f in frames {
                let code = f.code.clone();
                let genr = Rc::new(Generator {
                    kind: GenKind::Generator,
                    frame: RefCell::new(Some(f)),
                    running: Cell::new(false),
                    finished: Cell::new(false),
                    delegate: RefCell::new(None),
                    name: RefCell::new(code.name.clone()),
                    qualname: RefCell::new(code.qualname.clone()),
                    code,
                    ag: Default::default(),
                });
                if let Err(e) = self.gen_close(&genr) {
                    self.write_unraisable(
                        &e,
                        &format!(
                            "Exception ignored in: <generator object {} at {:#x}>",
                            genr.qualname.borrow().as_str(),
                            Rc::as_ptr(&genr) as usize
                        ),
                    );
                }
            }
        }
    }

    /// While aborting, queued finalizers are dropped unrun: a `__del__` or a generator's
    /// `finally` must not run script code. Dropping them may queue more; those go too.
    fn drop_pending_finalizers(&mut self) {
        loop {
            let dels: Vec<Rc<Instance>> = PENDING_DEL.with(|p| std::mem::take(&mut *p.borrow_mut()));
            let cbs: Vec<(Value, Value)> = PENDING_CALLBACKS.with(|p| std::mem::take(&mut *p.borrow_mut()));
            let frames: Vec<Box<Frame>> = ABANDONED.with(|a| std::mem::take(&mut *a.borrow_mut()));
            if dels.is_empty() && cbs.is_empty() && frames.is_empty() {
                break;
            }
            drop((dels, cbs, frames));
        }
        if crate::runtime::signals::pending() || limits::interrupts_outstanding() {
            set_finalize_pending(true);
        }
    }

    pub fn write_unraisable(&mut self, e: &PyErr, header: &str) {
        let mut text = self.format_exception(e);
        if !text.ends_with('\n') {
            text.push('\n');
        }
        self.write_stderr(&format!("{header}\n{text}"));
    }
}

/// Stack kept free below the deepest native re-entry into Python.
const STACK_MARGIN: usize = 256 * 1024;
/// Assumed usable stack when the thread's bounds are unknown.
const FALLBACK_STACK: usize = 1024 * 1024;

/// Per-thread caches of classes and loop state built lazily by native modules: a new VM
/// on a thread whose previous VM is gone must not inherit classes built on the old VM's
/// `object` and `type`.
fn reset_thread_state() {
    crate::modules::thread::reset_thread_state();
    crate::modules::aspic_loop::reset_thread_state();
    crate::modules::asyncio::reset_thread_state();
    crate::runtime::memoryview::reset_thread_state();
    crate::runtime::async_objects::reset_thread_state();
    crate::runtime::complex::reset_thread_state();
    crate::runtime::signals::reset_thread_state();
    attr::reset_thread_state();
    PENDING_DEL.with(|p| p.borrow_mut().clear());
    PENDING_CALLBACKS.with(|p| p.borrow_mut().clear());
    ABANDONED.with(|a| a.borrow_mut().clear());
}

mod stack {
    /// The lowest address of the calling thread's stack.
    #[cfg(target_os = "linux")]
    pub fn thread_stack_low() -> Option<usize> {
        // SAFETY: pthread_getattr_np fills `attr` for the calling thread; it is destroyed
        // after reading the bounds.
        unsafe {
            let mut attr: libc::pthread_attr_t = std::mem::zeroed();
            if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
                return None;
            }
            let mut addr: *mut libc::c_void = std::ptr::null_mut();
            let mut size: libc::size_t = 0;
            let r = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
            libc::pthread_attr_destroy(&mut attr);
            if r != 0 || addr.is_null() {
                return None;
            }
            // The guard page(s) sit at the bottom of the mapping.
            Some(addr as usize + 64 * 1024)
        }
    }

    #[cfg(not(target_os = "linux"))]
    pub fn thread_stack_low() -> Option<usize> {
        None
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
