//! The built-in classes, the exception hierarchy, and `class_of`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::Vm;
use super::dict::Dict;
use super::object::*;
use super::value::{PyStr, Value};

pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub int: Rc<Class>,
    pub bool_: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub none: Rc<Class>,
    pub notimpl: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method_descriptor: Rc<Class>,
    pub method: Rc<Class>,
    pub generator: Rc<Class>,
    pub coroutine: Rc<Class>,
    pub async_generator: Rc<Class>,
    pub module: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub iterator: Rc<Class>,
    pub cell: Rc<Class>,
    pub code: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub dict_keys: Rc<Class>,
    /// Classes of the built-in iterator kinds (`list_iterator`, `zip`, ...), by kind name,
    /// created on first use.
    pub iter_classes: RefCell<Vec<(&'static str, Rc<Class>)>>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,

    pub base_exception: Rc<Class>,
    pub exception: Rc<Class>,
    pub type_error: Rc<Class>,
    pub value_error: Rc<Class>,
    pub index_error: Rc<Class>,
    pub key_error: Rc<Class>,
    pub attribute_error: Rc<Class>,
    pub name_error: Rc<Class>,
    pub unbound_local_error: Rc<Class>,
    pub runtime_error: Rc<Class>,
    pub recursion_error: Rc<Class>,
    pub not_implemented_error: Rc<Class>,
    pub stop_iteration: Rc<Class>,
    pub stop_async_iteration: Rc<Class>,
    pub generator_exit: Rc<Class>,
    pub zero_division_error: Rc<Class>,
    pub overflow_error: Rc<Class>,
    pub assertion_error: Rc<Class>,
    pub import_error: Rc<Class>,
    pub module_not_found_error: Rc<Class>,
    pub lookup_error: Rc<Class>,
    pub arithmetic_error: Rc<Class>,
    pub system_exit: Rc<Class>,
    pub keyboard_interrupt: Rc<Class>,
    pub os_error: Rc<Class>,
    pub file_not_found_error: Rc<Class>,
    pub unicode_error: Rc<Class>,
    pub syntax_error: Rc<Class>,
    pub memory_error: Rc<Class>,
    pub eof_error: Rc<Class>,
    /// Every built-in exception class by name (for the builtins module).
    pub exceptions: Vec<Rc<Class>>,
    pub by_name: HashMap<&'static str, Rc<Class>>,
}

pub fn new_class(name: &str, bases: Vec<Rc<Class>>, layout: Layout, builtin: Option<BuiltinType>) -> Rc<Class> {
    let mro_rest = compute_mro_rest(&bases).unwrap_or_default();
    let cls = Rc::new(Class {
        name: super::intern::intern(name),
        qualname: RefCell::new(super::intern::intern(name)),
        bases,
        mro_rest: RefCell::new(mro_rest),
        dict: RefCell::new(Dict::new()),
        layout,
        builtin,
        metaclass: RefCell::new(None),
        version: Cell::new(0),
        flags: Cell::new(0),
        cache: RefCell::new(hashbrown::HashMap::new()),
        cache_epoch: Cell::new(0),
        uid: next_class_uid(),
        subclasses: RefCell::new(vec![]),
    });
    for b in &cls.bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(&cls));
    }
    cls
}

/// C3 linearization of the bases (the MRO without the class itself). None when
/// inconsistent.
pub fn compute_mro_rest(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = vec![];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            if !in_tail {
                cand = Some(head.clone());
                break;
            }
        }
        let c = cand?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

impl Types {
    pub fn new() -> Types {
        use BuiltinType as B;
        let object = new_class("object", vec![], Layout::Object, Some(B::Object));
        let mk = |name: &str, b: BuiltinType| new_class(name, vec![object.clone()], Layout::Builtin, Some(b));
        let int = mk("int", B::Int);
        let bool_ = new_class("bool", vec![int.clone()], Layout::Builtin, Some(B::Bool));
        let base_exception = new_class("BaseException", vec![object.clone()], Layout::Exception, Some(B::BaseException));
        let mut exceptions = vec![base_exception.clone()];
        let mut by_name: HashMap<&'static str, Rc<Class>> = HashMap::new();
        by_name.insert("BaseException", base_exception.clone());
        let mut exc = |name: &'static str, base: &str| -> Rc<Class> {
            let b = by_name[base].clone();
            let c = new_class(name, vec![b], Layout::Exception, None);
            by_name.insert(name, c.clone());
            exceptions.push(c.clone());
            c
        };
        let system_exit = exc("SystemExit", "BaseException");
        let keyboard_interrupt = exc("KeyboardInterrupt", "BaseException");
        let generator_exit = exc("GeneratorExit", "BaseException");
        let exception = exc("Exception", "BaseException");
        let stop_iteration = exc("StopIteration", "Exception");
        let stop_async_iteration = exc("StopAsyncIteration", "Exception");
        let arithmetic_error = exc("ArithmeticError", "Exception");
        exc("FloatingPointError", "ArithmeticError");
        let overflow_error = exc("OverflowError", "ArithmeticError");
        let zero_division_error = exc("ZeroDivisionError", "ArithmeticError");
        let assertion_error = exc("AssertionError", "Exception");
        let attribute_error = exc("AttributeError", "Exception");
        exc("BufferError", "Exception");
        let eof_error = exc("EOFError", "Exception");
        let import_error = exc("ImportError", "Exception");
        let module_not_found_error = exc("ModuleNotFoundError", "ImportError");
        let lookup_error = exc("LookupError", "Exception");
        let index_error = exc("IndexError", "LookupError");
        let key_error = exc("KeyError", "LookupError");
        let memory_error = exc("MemoryError", "Exception");
        let name_error = exc("NameError", "Exception");
        let unbound_local_error = exc("UnboundLocalError", "NameError");
        let os_error = exc("OSError", "Exception");
        exc("BlockingIOError", "OSError");
        exc("ChildProcessError", "OSError");
        let conn = exc("ConnectionError", "OSError");
        let _ = conn;
        exc("BrokenPipeError", "ConnectionError");
        exc("ConnectionAbortedError", "ConnectionError");
        exc("ConnectionRefusedError", "ConnectionError");
        exc("ConnectionResetError", "ConnectionError");
        exc("FileExistsError", "OSError");
        let file_not_found_error = exc("FileNotFoundError", "OSError");
        exc("InterruptedError", "OSError");
        exc("IsADirectoryError", "OSError");
        exc("NotADirectoryError", "OSError");
        exc("PermissionError", "OSError");
        exc("ProcessLookupError", "OSError");
        exc("TimeoutError", "OSError");
        exc("ReferenceError", "Exception");
        let runtime_error = exc("RuntimeError", "Exception");
        let not_implemented_error = exc("NotImplementedError", "RuntimeError");
        let recursion_error = exc("RecursionError", "RuntimeError");
        let syntax_error = exc("SyntaxError", "Exception");
        let indentation_error = exc("IndentationError", "SyntaxError");
        let _ = indentation_error;
        exc("TabError", "IndentationError");
        exc("SystemError", "Exception");
        let type_error = exc("TypeError", "Exception");
        let value_error = exc("ValueError", "Exception");
        let unicode_error = exc("UnicodeError", "ValueError");
        exc("UnicodeDecodeError", "UnicodeError");
        exc("UnicodeEncodeError", "UnicodeError");
        exc("UnicodeTranslateError", "UnicodeError");
        let warning = exc("Warning", "Exception");
        let _ = warning;
        exc("DeprecationWarning", "Warning");
        exc("PendingDeprecationWarning", "Warning");
        exc("RuntimeWarning", "Warning");
        exc("SyntaxWarning", "Warning");
        exc("UserWarning", "Warning");
        exc("FutureWarning", "Warning");
        exc("ImportWarning", "Warning");
        exc("UnicodeWarning", "Warning");
        exc("BytesWarning", "Warning");
        exc("ResourceWarning", "Warning");
        exc("EncodingWarning", "Warning");
        let base_eg = exc("BaseExceptionGroup", "BaseException");
        let _ = base_eg;
        // ExceptionGroup derives from both BaseExceptionGroup and Exception.
        let eg = new_class(
            "ExceptionGroup",
            vec![by_name["BaseExceptionGroup"].clone(), exception.clone()],
            Layout::Exception,
            None,
        );
        by_name.insert("ExceptionGroup", eg.clone());
        exceptions.push(eg);

        Types {
            type_: mk("type", B::Type),
            float: mk("float", B::Float),
            complex: mk("complex", B::Complex),
            str_: mk("str", B::Str),
            bytes: mk("bytes", B::Bytes),
            bytearray: mk("bytearray", B::ByteArray),
            tuple: mk("tuple", B::Tuple),
            list: mk("list", B::List),
            dict: mk("dict", B::Dict),
            set: mk("set", B::Set),
            frozenset: mk("frozenset", B::FrozenSet),
            none: mk("NoneType", B::NoneType),
            notimpl: mk("NotImplementedType", B::NotImplementedType),
            ellipsis: mk("ellipsis", B::Ellipsis),
            function: mk("function", B::Function),
            builtin_function: mk("builtin_function_or_method", B::BuiltinFunction),
            method_descriptor: mk("method_descriptor", B::BuiltinFunction),
            method: mk("method", B::Method),
            generator: mk("generator", B::Generator),
            coroutine: mk("coroutine", B::Coroutine),
            async_generator: mk("async_generator", B::AsyncGenerator),
            module: mk("module", B::Module),
            range: mk("range", B::Range),
            slice: mk("slice", B::Slice),
            iterator: mk("iterator", B::Iterator),
            cell: mk("cell", B::Cell),
            code: mk("code", B::Code),
            property: mk("property", B::Property),
            staticmethod: mk("staticmethod", B::StaticMethod),
            classmethod: mk("classmethod", B::ClassMethod),
            super_: mk("super", B::Super),
            dict_keys: mk("dict_keys", B::Iterator),
            iter_classes: RefCell::new(vec![]),
            dict_values: mk("dict_values", B::Iterator),
            dict_items: mk("dict_items", B::Iterator),
            object,
            int,
            bool_,
            base_exception,
            exception,
            type_error,
            value_error,
            index_error,
            key_error,
            attribute_error,
            name_error,
            unbound_local_error,
            runtime_error,
            recursion_error,
            not_implemented_error,
            stop_iteration,
            stop_async_iteration,
            generator_exit,
            zero_division_error,
            overflow_error,
            assertion_error,
            import_error,
            module_not_found_error,
            lookup_error,
            arithmetic_error,
            system_exit,
            keyboard_interrupt,
            os_error,
            file_not_found_error,
            unicode_error,
            syntax_error,
            memory_error,
            eof_error,
            exceptions,
            by_name,
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Vm {
    /// The class of any value.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(d) => d.class.clone().unwrap_or_else(|| t.dict.clone()),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Function(_) => t.function.clone(),
            Value::Native(n) if n.owner.is_some() => t.method_descriptor.clone(),
            Value::Native(_) => t.builtin_function.clone(),
            Value::BoundMethod(m) => {
                if matches!(m.func, Value::Native(_)) {
                    t.builtin_function.clone()
                } else {
                    t.method.clone()
                }
            }
            Value::Class(c) => c.metaclass.borrow().clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Generator(g) => match g.kind {
                GenKind::Generator => t.generator.clone(),
                GenKind::Coroutine => t.coroutine.clone(),
                GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Module(_) => t.module.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Iter(it) => match it.kind {
                "dict_keys" => t.dict_keys.clone(),
                "dict_values" => t.dict_values.clone(),
                "dict_items" => t.dict_items.clone(),
                kind => self.iter_class(kind),
            },
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Property(_) => t.property.clone(),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::Super(_) => t.super_.clone(),
            Value::Object(o) => o.class.clone(),
            Value::NotImplemented => t.notimpl.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
        }
    }

    /// The class of native iterators of the given kind: registered by `register_iter_class`
    /// or created on first use with the methods of the generic iterator type.
    pub fn iter_class(&self, kind: &'static str) -> Rc<Class> {
        let t = &self.types;
        if let Some((_, c)) = t.iter_classes.borrow().iter().find(|(k, _)| *k == kind) {
            return c.clone();
        }
        let c = new_class(kind, vec![t.object.clone()], Layout::Builtin, Some(BuiltinType::Iterator));
        self.register_iter_class(kind, &c);
        c
    }
    /// Makes `c` the class of native iterators of `kind`, giving it the iterator methods.
    pub fn register_iter_class(&self, kind: &'static str, c: &Rc<Class>) {
        let t = &self.types;
        for name in ["__next__", "__iter__"] {
            if let Some(m) = t.iterator.dict.borrow().get_by_str(name) {
                c.dict.borrow_mut().set_str(name, m.clone());
            }
        }
        t.iter_classes.borrow_mut().push((kind, c.clone()));
    }

    /// Adds a native method to a class.
    pub fn add_method(&self, cls: &Rc<Class>, name: &'static str, func: NativeFn) {
        let f = Value::Native(Rc::new(NativeFunction {
            name,
            func,
            owner: Some(static_name(cls)),
            special: Special::None,
            host: None,
        }));
        cls.dict.borrow_mut().set_str(name, f);
    }
    pub fn add_special_method(&self, cls: &Rc<Class>, name: &'static str, func: NativeFn, special: Special) {
        let f = Value::Native(Rc::new(NativeFunction {
            name,
            func,
            owner: Some(static_name(cls)),
            special,
            host: None,
        }));
        cls.dict.borrow_mut().set_str(name, f);
    }
    pub fn new_native(&self, name: &'static str, func: NativeFn) -> Value {
        Value::Native(Rc::new(NativeFunction {
            name,
            func,
            owner: None,
            special: Special::for_builtin(name),
            host: None,
        }))
    }
}

/// A class name as a `&'static str`, for the owner of native methods (leaked once per
/// built-in class).
pub fn static_name(cls: &Class) -> &'static str {
    thread_local! {
        static NAMES: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(s) = n.iter().find(|s| **s == cls.name()) {
            return *s;
        }
        let s: &'static str = Box::leak(cls.name().to_string().into_boxed_str());
        n.push(s);
        s
    })
}

/// Fills the built-in classes' method tables.
pub fn init_type_methods(vm: &mut Vm) {
    crate::runtime::methods::init(vm);
}

pub fn pystr(s: &str) -> Rc<PyStr> {
    super::intern::intern(s)
}
