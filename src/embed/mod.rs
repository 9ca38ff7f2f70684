#![warn(missing_docs)]

//! The embedding API: run aspic inside a Rust program.
//!
//! An [`Interpreter`] runs code ([`Interpreter::exec`], [`Interpreter::eval`],
//! [`Interpreter::run_file`], [`Interpreter::compile`]), exchanges values with the host
//! ([`Value`], [`IntoValue`], [`FromValue`]), calls Python from Rust and Rust from Python
//! ([`Interpreter::create_function`], [`Interpreter::register_module`]), and exposes Rust
//! types as Python classes ([`NativeClass`]). Errors come back as [`Error`], with the
//! Python traceback.

mod asyncio;
mod class;
mod error;
mod function;
mod interpreter;
mod value;

pub use crate::vm::caps::{Capabilities, Capability};
pub use crate::vm::limits::InterruptHandle;
pub use asyncio::{Completer, LoopStatus, ScriptFuture};
pub use class::{ClassBuilder, Native, NativeClass};
pub use error::{Error, ErrorKind};
pub use function::{Args, FromArgs, IntoArgs};
pub use interpreter::{Builder, Interpreter, ModuleBuilder, Program};
pub use value::{Bytes, FromValue, IntoValue, Value};
