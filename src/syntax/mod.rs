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

/// For a REPL: do the lines typed so far (joined with '\n') need more lines? True for an
/// open bracket, an unterminated triple-quoted string, a trailing backslash, and a compound
/// statement until it is ended by a blank line (CPython's interactive rules). Other
/// errors count as complete: compiling reports them.
pub fn input_is_incomplete(src: &str) -> bool {
    if src.trim_end_matches('\n').ends_with('\\') {
        return true;
    }
    match layout::tokenize(src) {
        Err(e) if e.msg.ends_with("was never closed") => {
            // Open brackets: more is needed unless the parser fails before the end.
            let Ok(toks) = layout::tokenize_open_brackets(src) else {
                return true;
            };
            match parser::parse_module(src, &toks) {
                Ok(_) => true,
                Err(errs) => errs.iter().all(|e| e.span.start as usize >= src.trim_end().len()),
            }
        }
        Err(e) => e.msg.starts_with("unterminated triple-quoted string"),
        Ok(toks) => {
            use token::Tok;
            let first = toks.iter().find(|(t, _)| !matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent));
            let Some((first, _)) = first else { return false };
            let compound = matches!(
                first,
                Tok::If | Tok::While | Tok::For | Tok::Def | Tok::Class | Tok::Try | Tok::With | Tok::Async | Tok::At
            ) || {
                // A header ending with ':' on the first line (`match x:`).
                let end = toks.iter().position(|(t, _)| matches!(t, Tok::Newline)).unwrap_or(toks.len());
                end > 0 && matches!(toks[end - 1].0, Tok::Colon)
            };
            // A compound statement ends with an empty line.
            compound && !src.ends_with('\n')
        }
    }
}

/// Parses a single expression (used by `eval`, f-string fields).
pub fn parse_expression(src: &str, offset: u32) -> Result<ast::Expr, Vec<SyntaxError>> {
    let toks = layout::tokenize_expression(src, offset).map_err(|e| vec![e])?;
    parser::parse_expression(src, &toks)
}
