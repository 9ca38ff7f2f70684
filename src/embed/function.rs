//! Native functions: Rust closures callable from Python with typed arguments
//! ([`FromArgs`]), and argument lists for calling Python from Rust ([`IntoArgs`]).

use std::rc::Rc;

use super::value::{FromValue, IntoValue, Value};
use super::{Error, Interpreter};
use crate::vm::value::{PyStr, Value as Raw};

/// The arguments of a native function, converted from the Python call.
///
/// Implemented for tuples of [`FromValue`] types (up to 8): `(i64, String)` takes exactly
/// two positional arguments; trailing `Option<T>` parameters may be left out by the
/// caller. [`Args`] takes anything, keywords included.
pub trait FromArgs: Sized {
    /// Converts the arguments of a call to `name` (for error messages).
    fn from_args(py: &mut Interpreter, name: &str, args: &[Raw], kwargs: &[(Rc<PyStr>, Raw)]) -> Result<Self, Error>;
}

/// Every argument of a call as given: positional values and keyword pairs.
///
/// ```
/// use aspic::{Args, Interpreter};
/// let mut py = Interpreter::new().unwrap();
/// let f = py.create_function("describe", |_, args: Args| {
///     Ok(format!("{} positional, keywords {:?}", args.positional.len(), args.keyword_names()))
/// });
/// py.set_global("describe", f).unwrap();
/// let s: String = py.eval("describe(1, 2, x=3)").unwrap();
/// assert_eq!(s, r#"2 positional, keywords ["x"]"#);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Args {
    /// Positional arguments, in order.
    pub positional: Vec<Value>,
    /// Keyword arguments, in the order given.
    pub keywords: Vec<(String, Value)>,
}

impl Args {
    /// The names of the keyword arguments.
    pub fn keyword_names(&self) -> Vec<&str> {
        self.keywords.iter().map(|(k, _)| k.as_str()).collect()
    }

    /// The keyword argument `name`, if given.
    pub fn keyword(&self, name: &str) -> Option<&Value> {
        self.keywords.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

impl FromArgs for Args {
    fn from_args(_: &mut Interpreter, _: &str, args: &[Raw], kwargs: &[(Rc<PyStr>, Raw)]) -> Result<Self, Error> {
        Ok(Args {
            positional: args.iter().cloned().map(Value).collect(),
            keywords: kwargs.iter().map(|(k, v)| (k.as_str().to_string(), Value(v.clone()))).collect(),
        })
    }
}

/// Converts argument `index` (0-based) of `name`, rewording a type mismatch as CPython
/// does for built-in functions.
fn convert_arg<T: FromValue>(py: &mut Interpreter, name: &str, index: usize, v: Raw) -> Result<T, Error> {
    T::from_value(Value(v), py).map_err(|e| match &e.0.conversion {
        Some((expected, got)) => Error::new(
            "TypeError",
            format!("{name}() argument {} must be {expected}, not {got}", index + 1),
        ),
        None => e,
    })
}

fn arity_error(name: &str, min: usize, max: usize, given: usize) -> Error {
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    let msg = if min == max {
        format!("{name} expected {max} {}, got {given}", plural(max))
    } else if given < min {
        format!("{name} expected at least {min} {}, got {given}", plural(min))
    } else {
        format!("{name} expected at most {max} {}, got {given}", plural(max))
    };
    Error::new("TypeError", msg)
}

impl FromArgs for () {
    fn from_args(_: &mut Interpreter, name: &str, args: &[Raw], kwargs: &[(Rc<PyStr>, Raw)]) -> Result<Self, Error> {
        if !kwargs.is_empty() {
            return Err(Error::new("TypeError", format!("{name}() takes no keyword arguments")));
        }
        if !args.is_empty() {
            return Err(Error::new(
                "TypeError",
                format!("{name}() takes no arguments ({} given)", args.len()),
            ));
        }
        Ok(())
    }
}

macro_rules! args_tuple {
    ($n:expr; $($name:ident $idx:tt),+) => {
        impl<$($name: FromValue),+> FromArgs for ($($name,)+) {
            fn from_args(py: &mut Interpreter, name: &str, args: &[Raw], kwargs: &[(Rc<PyStr>, Raw)]) -> Result<Self, Error> {
                if !kwargs.is_empty() {
                    return Err(Error::new("TypeError", format!("{name}() takes no keyword arguments")));
                }
                let optional = [$($name::OPTIONAL),+];
                let min = optional.iter().rposition(|o| !o).map_or(0, |i| i + 1);
                if args.len() < min || args.len() > $n {
                    return Err(arity_error(name, min, $n, args.len()));
                }
                Ok(($(
                    match args.get($idx) {
                        Some(v) => convert_arg::<$name>(py, name, $idx, v.clone())?,
                        None => convert_arg::<$name>(py, name, $idx, Raw::None)?,
                    },
                )+))
            }
        }
    };
}

args_tuple!(1; A 0);
args_tuple!(2; A 0, B 1);
args_tuple!(3; A 0, B 1, C 2);
args_tuple!(4; A 0, B 1, C 2, D 3);
args_tuple!(5; A 0, B 1, C 2, D 3, E 4);
args_tuple!(6; A 0, B 1, C 2, D 3, E 4, F 5);
args_tuple!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
args_tuple!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

/// Arguments for calling a Python callable from Rust: tuples of [`IntoValue`] types (up
/// to 8), `()`, or a `Vec`.
pub trait IntoArgs {
    /// The positional argument values.
    fn into_args(self, py: &mut Interpreter) -> Result<Vec<Raw>, Error>;
}

impl IntoArgs for () {
    fn into_args(self, _: &mut Interpreter) -> Result<Vec<Raw>, Error> {
        Ok(vec![])
    }
}

impl<T: IntoValue> IntoArgs for Vec<T> {
    fn into_args(self, py: &mut Interpreter) -> Result<Vec<Raw>, Error> {
        self.into_iter().map(|v| v.into_value(py).map(|v| v.0)).collect()
    }
}

macro_rules! into_args_tuple {
    ($($name:ident),+) => {
        impl<$($name: IntoValue),+> IntoArgs for ($($name,)+) {
            #[allow(non_snake_case)]
            fn into_args(self, py: &mut Interpreter) -> Result<Vec<Raw>, Error> {
                let ($($name,)+) = self;
                Ok(vec![$($name.into_value(py)?.0),+])
            }
        }
    };
}

into_args_tuple!(A);
into_args_tuple!(A, B);
into_args_tuple!(A, B, C);
into_args_tuple!(A, B, C, D);
into_args_tuple!(A, B, C, D, E);
into_args_tuple!(A, B, C, D, E, F);
into_args_tuple!(A, B, C, D, E, F, G);
into_args_tuple!(A, B, C, D, E, F, G, H);
