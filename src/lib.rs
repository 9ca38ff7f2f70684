//! aspic: a Python 3.11-compatible interpreter built around native coroutines.
//!
//! Stages, with one-way dependencies: `syntax` (lexer, layout, parser, AST, diagnostics)
//! -> `compile` (scopes, bytecode) -> `vm` (values, objects, frames, interpreter loop,
//! generators) -> `runtime`/`modules` (builtins, native modules) -> `cli`.

// `&[x.clone()]` reads better than `std::slice::from_ref(x)` at the many call sites that
// pass one argument to a Python callable.
#![allow(clippy::cloned_ref_to_slice_refs)]

pub mod alloc;
pub mod cli;
pub mod compile;
pub mod embed;
pub mod modules;
pub mod repl;
pub mod runtime;
pub mod syntax;
pub mod vm;

pub use embed::{
    Args, Builder, Bytes, Capabilities, Capability, ClassBuilder, Completer, Error, ErrorKind, FromArgs, FromValue, Interpreter,
    InterruptHandle, IntoArgs, IntoValue, LoopStatus, ModuleBuilder, Native, NativeClass, Program, ScriptFuture, Value,
};
