//! Tokens as the parser sees them: the output of the lexer after the layout pass has turned
//! indentation into `Indent`/`Dedent`/`Newline` and removed comments, blank lines and the
//! newlines inside brackets.

use num_bigint::BigInt;

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    /// Imaginary literal such as `2j` (the imaginary part).
    Imag(f64),
    /// A str literal with escapes already decoded (one literal; the parser joins adjacent ones).
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string literal, split into pieces by the lexer.
    FString(Vec<FStrPiece>),

    Newline,
    Indent,
    Dedent,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LShift,
    RShift,
    Amp,
    Pipe,
    Caret,
    Tilde,
    /// `:=`
    Walrus,
    Lt,
    Gt,
    LtE,
    GtE,
    EqEq,
    NotEq,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Semicolon,
    Equal,
    /// `->`
    Arrow,
    /// `...`
    Ellipsis,
    /// Augmented assignment operators `+=`, `-=`, ... carrying the binary operator.
    AugAssign(super::ast::BinOp),
}

/// A piece of an f-string as split by the lexer.
#[derive(Clone, Debug, PartialEq)]
pub enum FStrPiece {
    /// Literal text with escapes decoded and `{{`/`}}` collapsed.
    Literal(String),
    /// A replacement field `{expr!c:spec}`.
    Field {
        /// The expression's source text, exactly as written between `{` and the
        /// conversion/format-spec/`=`/closing brace.
        expr_src: String,
        /// Byte offset of `expr_src` in the whole file, so spans inside point at the real text.
        expr_offset: u32,
        /// `x=` self-documenting form: the text to echo (expression text plus `=` and any
        /// whitespace around it, exactly as written).
        debug_text: Option<String>,
        conversion: Option<char>,
        /// Format spec pieces (may contain nested fields); None when there is no `:`.
        spec: Option<Vec<FStrPiece>>,
    },
}
