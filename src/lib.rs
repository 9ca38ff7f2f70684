//! aspic: a Python 3.11-compatible interpreter built around native coroutines.
//!
//! Stages, with one-way dependencies: `syntax` (lexer, layout, parser, AST, diagnostics)
//! -> `compile` (scopes, bytecode) -> `vm` (values, objects, frames, interpreter loop,
//! generators) -> `runtime`/`modules` (builtins, native modules) -> `cli`.

pub mod cli;
pub mod compile;
pub mod modules;
pub mod runtime;
pub mod syntax;
pub mod vm;
