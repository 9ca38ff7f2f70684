//! Compiler: scope analysis and bytecode generation.

pub mod bytecode;
pub mod codegen;
pub mod symtable;

pub use bytecode::{Code, Instr};
pub use codegen::{Mode, compile, compile_with_flags, compile_with_names};
