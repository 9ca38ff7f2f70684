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
pub mod modules;
pub mod repl;
pub mod runtime;
pub mod syntax;
pub mod vm;
