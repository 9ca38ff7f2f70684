//! Front end: source text -> tokens -> layout -> AST, with diagnostics.
//!
//! Stages: `lexer` (logos) produces raw tokens, `layout` turns indentation into
//! INDENT/DEDENT/NEWLINE, `parser` (chumsky) builds the `ast`, `diagnostics` renders
//! errors with ariadne.

pub mod ast;
pub mod diagnostics;
pub mod layout;
pub mod lexer;
pub mod parser;
pub mod token;

pub use ast::Span;

/// A syntax error with CPython's wording and the span to underline.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// CPython's message, e.g. "invalid syntax", "expected ':'".
    pub msg: String,
    pub span: Span,
    /// `IndentationError` / `TabError` are SyntaxError subclasses with their own names.
    pub kind: SyntaxErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    Syntax,
    Indentation,
    Tab,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

/// Parses a whole module (a file or `-c` string).
pub fn parse_module(src: &str) -> Result<ast::Module, Vec<SyntaxError>> {
    let toks = layout::tokenize(src).map_err(|e| vec![e])?;
    parser::parse_module(src, &toks)
}

/// Parses a single expression (used by `eval`, f-string fields).
pub fn parse_expression(src: &str, offset: u32) -> Result<ast::Expr, Vec<SyntaxError>> {
    let toks = layout::tokenize_expression(src, offset).map_err(|e| vec![e])?;
    parser::parse_expression(src, &toks)
}
