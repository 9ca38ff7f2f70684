//! [`Error`]: what the embedding API returns when Python code fails, and what native
//! functions return to raise a Python exception.

use std::fmt;

use crate::vm::{PyErr, Vm};

/// What kind of failure an [`Error`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A Python exception escaped (or a native function raised one).
    Exception,
    /// The source did not parse or compile: `SyntaxError`, `IndentationError`, `TabError`.
    Syntax,
    /// The script called `sys.exit()` (or raised `SystemExit`): it ended, the host did not.
    SystemExit(i32),
    /// The fuel budget ran out (see [`crate::Builder::fuel`]); scripts cannot catch it.
    OutOfFuel,
    /// The hard memory limit was passed (see [`crate::Builder::memory_limit`]); scripts
    /// cannot catch it.
    MemoryLimit,
}

/// An error from Python code, or a Python exception raised by the host.
///
/// It owns only text and numbers, so it is `Send + Sync` and can travel to other threads
/// (or into `anyhow`/`Box<dyn Error>`): the exception's type name, its message, the full
/// traceback as CPython prints it, and for syntax errors the ariadne rendering of the
/// source with the span underlined.
///
/// A native function returns `Err(Error)` to raise: [`Error::new`] names a built-in
/// exception type (`"ValueError"`), [`Error::external`] wraps any Rust error as
/// `RuntimeError`, and `?` on a `std::io::Error` raises `OSError`. An `Error` that came out
/// of Python code and is returned again re-raises the original exception object.
///
/// ```
/// let mut py = aspic::Interpreter::new().unwrap();
/// let err = py.exec("x = 1 / 0").unwrap_err();
/// assert_eq!(err.type_name(), "ZeroDivisionError");
/// assert_eq!(err.message(), "division by zero");
/// assert!(err.traceback().starts_with("Traceback (most recent call last):"));
/// ```
#[derive(Clone)]
pub struct Error(pub(crate) Box<ErrorData>);

/// The contents of an [`Error`] (boxed: errors travel through many `Result`s).
#[derive(Clone)]
pub(crate) struct ErrorData {
    pub(crate) kind: ErrorKind,
    pub(crate) type_name: String,
    pub(crate) message: String,
    pub(crate) traceback: String,
    /// Syntax errors: (plain, coloured) ariadne renderings.
    pub(crate) rendered: Option<(String, String)>,
    /// A type conversion failure: (expected type, actual type), reworded per argument.
    pub(crate) conversion: Option<(String, String)>,
    /// The interpreter-side exception this error was made from (see `Interpreter`).
    pub(crate) origin: Option<u64>,
}

impl Error {
    /// An exception of a built-in type, by name (`"ValueError"`, `"KeyError"`,
    /// `"PermissionError"`...); an unknown name raises `RuntimeError`.
    ///
    /// ```
    /// use aspic::{Error, Interpreter};
    /// let mut py = Interpreter::new().unwrap();
    /// let check = py.create_function("check", |_, (n,): (i64,)| {
    ///     if n < 0 { Err(Error::new("ValueError", "negative")) } else { Ok(n) }
    /// });
    /// py.set_global("check", check).unwrap();
    /// py.exec("try:\n    check(-1)\nexcept ValueError as e:\n    msg = str(e)").unwrap();
    /// assert_eq!(py.get_global::<String>("msg").unwrap(), "negative");
    /// ```
    pub fn new(type_name: &str, message: impl Into<String>) -> Error {
        let message = message.into();
        Error(Box::new(ErrorData {
            kind: ErrorKind::Exception,
            type_name: type_name.to_string(),
            traceback: format!("{type_name}: {message}\n"),
            message,
            rendered: None,
            conversion: None,
            origin: None,
        }))
    }

    /// Any Rust error, raised in Python as `RuntimeError` with the error's text.
    pub fn external(e: impl fmt::Display) -> Error {
        Error::new("RuntimeError", e.to_string())
    }

    /// A failed conversion from a Python value: raised as `TypeError`.
    pub(crate) fn conversion(expected: &str, got: &str) -> Error {
        let mut e = Error::new("TypeError", format!("expected {expected}, not {got}"));
        e.0.conversion = Some((expected.to_string(), got.to_string()));
        e
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }

    /// The exception's class name (`"ValueError"`, a user class's name, `"SyntaxError"`).
    pub fn type_name(&self) -> &str {
        &self.0.type_name
    }

    /// `str()` of the exception.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The traceback as CPython prints it for an uncaught exception, ending with the
    /// `Type: message` line.
    pub fn traceback(&self) -> &str {
        &self.0.traceback
    }

    /// Syntax errors: the source with the offending span underlined (ariadne), with or
    /// without ANSI colour. Other errors: the traceback.
    pub fn render(&self, color: bool) -> String {
        match &self.0.rendered {
            Some((plain, coloured)) => {
                if color {
                    coloured.clone()
                } else {
                    plain.clone()
                }
            }
            None => self.0.traceback.clone(),
        }
    }

    /// Is this the given built-in exception type (by name, not by subclass)?
    pub fn is(&self, type_name: &str) -> bool {
        self.0.type_name == type_name
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0.kind {
            ErrorKind::OutOfFuel => write!(f, "script ran out of fuel"),
            ErrorKind::MemoryLimit => write!(f, "script passed its memory limit"),
            ErrorKind::SystemExit(code) => write!(f, "script exited with status {code}"),
            _ if self.0.message.is_empty() => write!(f, "{}", self.0.type_name),
            _ => write!(f, "{}: {}", self.0.type_name, self.0.message),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Error({:?}, {self})", self.0.kind)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    /// Raised as `OSError` (or the matching subclass: `FileNotFoundError`...).
    fn from(e: std::io::Error) -> Error {
        use std::io::ErrorKind as K;
        let name = match e.kind() {
            K::NotFound => "FileNotFoundError",
            K::PermissionDenied => "PermissionError",
            K::AlreadyExists => "FileExistsError",
            K::ConnectionRefused => "ConnectionRefusedError",
            K::ConnectionReset => "ConnectionResetError",
            K::ConnectionAborted => "ConnectionAbortedError",
            K::BrokenPipe => "BrokenPipeError",
            K::TimedOut => "TimeoutError",
            K::Interrupted => "InterruptedError",
            K::WouldBlock => "BlockingIOError",
            _ => "OSError",
        };
        Error::new(name, e.to_string())
    }
}

/// The exit status of a `SystemExit`, as `python3` computes it (printing nothing).
pub(crate) fn system_exit_code(vm: &mut Vm, e: &PyErr) -> i32 {
    use crate::vm::value::Value;
    let code = match &e.0.exc {
        Some(ed) => match &ed.borrow().args {
            Value::Tuple(t) if t.len() == 1 => t[0].clone(),
            Value::Tuple(t) if t.is_empty() => Value::None,
            a => a.clone(),
        },
        None => Value::None,
    };
    match code {
        Value::None => 0,
        Value::Int(i) => i as i32,
        Value::Bool(b) => b as i32,
        other => {
            // A message: CPython prints it to stderr and exits with 1.
            if let Ok(s) = vm.str_string(&other) {
                vm.write_stderr(&format!("{s}\n"));
            }
            1
        }
    }
}
