//! Raw tokens with logos: names/keywords, numbers, strings (decoded, f-strings split into
//! pieces), operators, comments, newlines. Indentation is handled by `layout`.

use logos::{Lexer, Logos};
use num_bigint::BigInt;

use super::ast::{BinOp, Span};
use super::token::{FStrPiece, Tok};
use super::{SyntaxError, SyntaxErrorKind};

/// A lexing error: message and byte range in the source.
#[derive(Default, Debug, Clone, PartialEq)]
pub(crate) struct LexError {
    pub msg: String,
    pub start: usize,
    pub end: usize,
}

impl LexError {
    fn new(msg: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError {
            msg: msg.into(),
            start,
            end,
        }
    }
}

#[derive(Logos, Debug, PartialEq, Clone)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0C]+")]
pub(crate) enum Raw {
    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*", name_cb)]
    Name(Tok),
    #[regex(r"[0-9]", number_cb)]
    #[regex(r"\.[0-9]", number_cb)]
    Number(Tok),
    #[regex(r#"([rRbBfFuU]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#, string_cb)]
    Str(Tok),
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\r\n|\n|\r")]
    Newline,
    #[regex(r"\\(\r\n|\n|\r)")]
    Continuation,
    #[token("\\")]
    Backslash,

    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("**", |_| Tok::DoubleStar)]
    #[token("/", |_| Tok::Slash)]
    #[token("//", |_| Tok::DoubleSlash)]
    #[token("%", |_| Tok::Percent)]
    #[token("@", |_| Tok::At)]
    #[token("<<", |_| Tok::LShift)]
    #[token(">>", |_| Tok::RShift)]
    #[token("&", |_| Tok::Amp)]
    #[token("|", |_| Tok::Pipe)]
    #[token("^", |_| Tok::Caret)]
    #[token("~", |_| Tok::Tilde)]
    #[token(":=", |_| Tok::Walrus)]
    #[token("<", |_| Tok::Lt)]
    #[token(">", |_| Tok::Gt)]
    #[token("<=", |_| Tok::LtE)]
    #[token(">=", |_| Tok::GtE)]
    #[token("==", |_| Tok::EqEq)]
    #[token("!=", |_| Tok::NotEq)]
    #[token("(", |_| Tok::LParen)]
    #[token(")", |_| Tok::RParen)]
    #[token("[", |_| Tok::LBracket)]
    #[token("]", |_| Tok::RBracket)]
    #[token("{", |_| Tok::LBrace)]
    #[token("}", |_| Tok::RBrace)]
    #[token(",", |_| Tok::Comma)]
    #[token(":", |_| Tok::Colon)]
    #[token(".", |_| Tok::Dot)]
    #[token(";", |_| Tok::Semicolon)]
    #[token("=", |_| Tok::Equal)]
    #[token("->", |_| Tok::Arrow)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token("+=", |_| Tok::AugAssign(BinOp::Add))]
    #[token("-=", |_| Tok::AugAssign(BinOp::Sub))]
    #[token("*=", |_| Tok::AugAssign(BinOp::Mul))]
    #[token("@=", |_| Tok::AugAssign(BinOp::MatMul))]
    #[token("/=", |_| Tok::AugAssign(BinOp::Div))]
    #[token("//=", |_| Tok::AugAssign(BinOp::FloorDiv))]
    #[token("%=", |_| Tok::AugAssign(BinOp::Mod))]
    #[token("**=", |_| Tok::AugAssign(BinOp::Pow))]
    #[token("<<=", |_| Tok::AugAssign(BinOp::LShift))]
    #[token(">>=", |_| Tok::AugAssign(BinOp::RShift))]
    #[token("|=", |_| Tok::AugAssign(BinOp::BitOr))]
    #[token("^=", |_| Tok::AugAssign(BinOp::BitXor))]
    #[token("&=", |_| Tok::AugAssign(BinOp::BitAnd))]
    Op(Tok),
}

/// Lexer output consumed by `layout`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum LTok {
    Tok(Tok),
    Newline,
    Comment,
}

pub(crate) fn to_syntax_error(e: LexError) -> SyntaxError {
    SyntaxError {
        msg: e.msg,
        span: Span::new(e.start, e.end),
        kind: SyntaxErrorKind::Syntax,
    }
}

/// Lexes the whole source. Returns the tokens up to the first error, and that error.
pub(crate) fn lex(src: &str) -> (Vec<(LTok, Span)>, Option<SyntaxError>) {
    let mut out = Vec::with_capacity(src.len() / 3 + 8);
    let mut lx = Raw::lexer(src);
    while let Some(r) = lx.next() {
        let sp = lx.span();
        let span = Span::new(sp.start, sp.end);
        match r {
            Ok(Raw::Name(t)) | Ok(Raw::Number(t)) | Ok(Raw::Str(t)) | Ok(Raw::Op(t)) => out.push((LTok::Tok(t), span)),
            Ok(Raw::Comment) => out.push((LTok::Comment, span)),
            Ok(Raw::Newline) => out.push((LTok::Newline, span)),
            Ok(Raw::Continuation) => {
                if lx.remainder().is_empty() {
                    let e = LexError::new("unexpected EOF while parsing", sp.end, sp.end);
                    return (out, Some(to_syntax_error(e)));
                }
            }
            Ok(Raw::Backslash) => {
                let e = if lx.remainder().is_empty() {
                    LexError::new("unexpected EOF while parsing", sp.end, sp.end)
                } else {
                    LexError::new("unexpected character after line continuation character", sp.start, sp.end)
                };
                return (out, Some(to_syntax_error(e)));
            }
            Err(e) => {
                let e = if e.msg.is_empty() { unknown_char_error(src, sp.start) } else { e };
                return (out, Some(to_syntax_error(e)));
            }
        }
    }
    (out, None)
}

fn unknown_char_error(src: &str, start: usize) -> LexError {
    let c = src.get(start..).and_then(|s| s.chars().next());
    match c {
        Some(c) if !c.is_ascii() => LexError::new(
            format!("invalid character '{}' (U+{:04X})", c, c as u32),
            start,
            start + c.len_utf8(),
        ),
        Some('\0') => LexError::new("source code cannot contain null bytes", start, start + 1),
        Some(c) => LexError::new("invalid syntax", start, start + c.len_utf8()),
        None => LexError::new("invalid syntax", start, start),
    }
}

fn keyword(s: &str) -> Option<Tok> {
    Some(match s {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

fn name_cb(lex: &mut Lexer<Raw>) -> Tok {
    let s = lex.slice();
    keyword(s).unwrap_or_else(|| Tok::Name(s.to_string()))
}

// ---------------------------------------------------------------------------------------
// Numbers

fn is_potential_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

/// CPython's `verify_end_of_number`: a number directly followed by an identifier character
/// is an error, except for the keywords that may legitimately follow a number.
fn verify_end(b: &[u8], i: usize, kind: &str, start: usize) -> Result<(), LexError> {
    let Some(&c) = b.get(i) else { return Ok(()) };
    let rest = &b[i..];
    let ok = match c {
        b'a' => rest.starts_with(b"and"),
        b'e' => rest.starts_with(b"else"),
        b'f' => rest.starts_with(b"for"),
        b'i' => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
        b'o' => rest.starts_with(b"or"),
        b'n' => rest.starts_with(b"not"),
        _ => false,
    };
    if !ok && is_potential_ident_byte(c) {
        let _ = start;
        return Err(LexError::new(format!("invalid {kind} literal"), i, i + 1));
    }
    Ok(())
}

/// Scans `digits(_digits)*` for the given digit class; returns the new index. Errors on a
/// trailing/double underscore with "invalid {kind} literal".
fn scan_digits(b: &[u8], mut i: usize, is_digit: impl Fn(u8) -> bool, kind: &str) -> Result<usize, LexError> {
    loop {
        while i < b.len() && is_digit(b[i]) {
            i += 1;
        }
        if i < b.len() && b[i] == b'_' {
            if i + 1 < b.len() && is_digit(b[i + 1]) {
                i += 1;
                continue;
            }
            return Err(LexError::new(format!("invalid {kind} literal"), i + 1, i + 2));
        }
        return Ok(i);
    }
}

fn strip_us(s: &str) -> String {
    s.chars().filter(|&c| c != '_').collect()
}

fn parse_float(s: &str) -> f64 {
    strip_us(s).parse::<f64>().unwrap_or(f64::INFINITY)
}

fn parse_int(s: &str, radix: u32) -> BigInt {
    let t = strip_us(s);
    if t.is_empty() {
        return BigInt::from(0);
    }
    BigInt::parse_bytes(t.as_bytes(), radix).unwrap_or_default()
}

fn number_cb(lex: &mut Lexer<Raw>) -> Result<Tok, LexError> {
    let start = lex.span().start;
    let src = lex.source();
    let (tok, end) = scan_number(src, start)?;
    let cur = lex.span().end;
    lex.bump(end - cur);
    Ok(tok)
}

/// Scans a number literal starting at `start` (a digit or `.digit`); returns it and its end.
pub(crate) fn scan_number(src: &str, start: usize) -> Result<(Tok, usize), LexError> {
    let b = src.as_bytes();
    let mut i = start;
    let dec = |c: u8| c.is_ascii_digit();
    if b[i] == b'0' && i + 1 < b.len() && matches!(b[i + 1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (radix, kind, isd): (u32, &str, fn(u8) -> bool) = match b[i + 1] {
            b'x' | b'X' => (16, "hexadecimal", |c: u8| c.is_ascii_hexdigit()),
            b'o' | b'O' => (8, "octal", |c: u8| (b'0'..=b'7').contains(&c)),
            _ => (2, "binary", |c: u8| c == b'0' || c == b'1'),
        };
        i += 2;
        let digits_start = i;
        // an optional underscore right after the prefix
        if i < b.len() && b[i] == b'_' {
            i += 1;
        }
        if i >= b.len() || !isd(b[i]) {
            if i < b.len() && radix != 16 && b[i].is_ascii_digit() {
                return Err(LexError::new(
                    format!("invalid digit '{}' in {} literal", b[i] as char, kind),
                    i,
                    i + 1,
                ));
            }
            return Err(LexError::new(format!("invalid {kind} literal"), i, i + 1));
        }
        i = scan_digits(b, i, isd, kind)?;
        if radix != 16 && i < b.len() && b[i].is_ascii_digit() {
            return Err(LexError::new(
                format!("invalid digit '{}' in {} literal", b[i] as char, kind),
                i,
                i + 1,
            ));
        }
        verify_end(b, i, kind, start)?;
        return Ok((Tok::Int(parse_int(&src[digits_start..i], radix)), i));
    }
    let mut is_float = false;
    if b[i] == b'.' {
        // `.5`
        i = scan_digits(b, i + 1, dec, "decimal")?;
        is_float = true;
    } else {
        let leading_zero = b[i] == b'0';
        i = scan_digits(b, i, dec, "decimal")?;
        if i < b.len() && b[i] == b'.' {
            i += 1;
            if i < b.len() && b[i].is_ascii_digit() {
                i = scan_digits(b, i, dec, "decimal")?;
            }
            is_float = true;
        } else if leading_zero
            && !matches!(b.get(i), Some(b'e' | b'E' | b'j' | b'J'))
            && src[start..i].bytes().any(|c| c != b'0' && c != b'_')
        {
            return Err(LexError::new(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                start,
                i,
            ));
        }
    }
    // exponent
    if i < b.len() && matches!(b[i], b'e' | b'E') {
        let e = i;
        let mut j = i + 1;
        if j < b.len() && matches!(b[j], b'+' | b'-') {
            j += 1;
            if j >= b.len() || !b[j].is_ascii_digit() {
                return Err(LexError::new("invalid decimal literal", j, j + 1));
            }
        } else if j >= b.len() || !b[j].is_ascii_digit() {
            // not an exponent: `1else`, or an error `1e`
            verify_end(b, e, "decimal", start)?;
            return Ok((finish_dec(src, start, e, is_float), e));
        }
        i = scan_digits(b, j, dec, "decimal")?;
        is_float = true;
    }
    if i < b.len() && matches!(b[i], b'j' | b'J') {
        let v = parse_float(&src[start..i]);
        i += 1;
        verify_end(b, i, "imaginary", start)?;
        return Ok((Tok::Imag(v), i));
    }
    verify_end(b, i, "decimal", start)?;
    Ok((finish_dec(src, start, i, is_float), i))
}

fn finish_dec(src: &str, start: usize, end: usize, is_float: bool) -> Tok {
    if is_float {
        Tok::Float(parse_float(&src[start..end]))
    } else {
        Tok::Int(parse_int(&src[start..end], 10))
    }
}

// ---------------------------------------------------------------------------------------
// Strings

fn line_of(src: &str, pos: usize) -> usize {
    let pos = pos.min(src.len());
    src.as_bytes()[..pos].iter().filter(|&&c| c == b'\n').count() + 1
}

fn string_cb(lex: &mut Lexer<Raw>) -> Result<Tok, LexError> {
    let src = lex.source();
    let sp = lex.span();
    let (tok, end) = scan_string(src, sp.start, sp.end)?;
    lex.bump(end - sp.end);
    Ok(tok)
}

/// Scans a string literal whose prefix and opening quote are `src[start..head_end]`.
pub(crate) fn scan_string(src: &str, start: usize, head_end: usize) -> Result<(Tok, usize), LexError> {
    let b = src.as_bytes();
    let quote = b[head_end - 1];
    let prefix = &src[start..head_end - 1];
    let (mut raw, mut bytes, mut fstr) = (false, false, false);
    for c in prefix.bytes() {
        match c {
            b'r' | b'R' => raw = true,
            b'b' | b'B' => bytes = true,
            b'f' | b'F' => fstr = true,
            _ => {}
        }
    }
    let mut i = head_end;
    let triple = b.get(i) == Some(&quote) && b.get(i + 1) == Some(&quote);
    let (body_start, body_end);
    if triple {
        i += 2;
        body_start = i;
        loop {
            if i >= b.len() {
                return Err(LexError::new(
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        line_of(src, src.len())
                    ),
                    start,
                    head_end,
                ));
            }
            let c = b[i];
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == quote && b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote) {
                body_end = i;
                i += 3;
                break;
            }
            i += 1;
        }
    } else {
        body_start = i;
        loop {
            if i >= b.len() || b[i] == b'\n' || b[i] == b'\r' {
                let at = i.min(b.len());
                // the error is detected on the line where the string ends
                let line = line_of(src, at);
                return Err(LexError::new(
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                    head_end,
                ));
            }
            let c = b[i];
            if c == b'\\' {
                if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                    i += 3;
                } else {
                    i += 2;
                }
                continue;
            }
            if c == quote {
                body_end = i;
                i += 1;
                break;
            }
            i += 1;
        }
    }
    let body = &src[body_start..body_end];
    let tok = if fstr {
        let mut pos = 0;
        let pieces = fstring_parse(body, body_start, &mut pos, raw, 0)?;
        Tok::FString(pieces)
    } else if bytes {
        if !body.is_ascii() {
            return Err(LexError::new("bytes can only contain ASCII literal characters", start, i));
        }
        Tok::Bytes(decode_bytes(body, raw, body_start)?)
    } else {
        Tok::Str(decode_str(body, raw, body_start)?)
    };
    Ok((tok, i))
}

fn unicode_error(s: usize, e: usize, base: usize, body: &[u8], reason: &str) -> LexError {
    // `s..=e` are byte positions inside the literal body
    let msg = if e <= s {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x{:02x} in position {}: {}",
            body.get(s).copied().unwrap_or(b'\\'),
            s,
            reason
        )
    } else {
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {s}-{e}: {reason}")
    };
    LexError::new(msg, base + s, base + e + 1)
}

fn hex_val(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Decodes the escapes of a str literal body (or only normalizes newlines when `raw`).
/// `base` is the body's offset in the file, for error spans.
pub(crate) fn decode_str(body: &str, raw: bool, base: usize) -> Result<String, LexError> {
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push('\n');
            i += 1;
            if b.get(i) == Some(&b'\n') {
                i += 1;
            }
            continue;
        }
        if c != b'\\' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'\\' && b[j] != b'\r' {
                j += 1;
            }
            out.push_str(&body[i..j]);
            i = j;
            continue;
        }
        if raw {
            out.push('\\');
            i += 1;
            continue;
        }
        let Some(&n) = b.get(i + 1) else {
            out.push('\\');
            i += 1;
            continue;
        };
        let s = i;
        i += 2;
        match n {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, what) = match n {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    match b.get(i).and_then(|&c| hex_val(c)) {
                        Some(d) => {
                            v = v.wrapping_mul(16).wrapping_add(d);
                            i += 1;
                        }
                        None => return Err(unicode_error(s, i - 1, base, b, what)),
                    }
                }
                if v > 0x10FFFF {
                    return Err(unicode_error(s, i - 1, base, b, "illegal Unicode character"));
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'N' => {
                if b.get(i) != Some(&b'{') {
                    return Err(unicode_error(s, i - 1, base, b, "malformed \\N character escape"));
                }
                let name_start = i + 1;
                let mut j = name_start;
                while j < b.len() && b[j] != b'}' {
                    j += 1;
                }
                if j >= b.len() || j == name_start {
                    return Err(unicode_error(s, j.min(b.len()) - 1, base, b, "malformed \\N character escape"));
                }
                let name = &body[name_start..j];
                match lookup_name(name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(s, j, base, b, "unknown Unicode character name"));
                    }
                }
                i = j + 1;
            }
            _ => {
                // unknown escape: kept as written
                out.push('\\');
                i = s + 1;
            }
        }
    }
    Ok(out)
}

fn lookup_name(name: &str) -> Option<char> {
    let up = name.to_ascii_uppercase();
    UNICODE_NAMES
        .binary_search_by(|(n, _)| n.cmp(&up.as_str()))
        .ok()
        .and_then(|k| char::from_u32(UNICODE_NAMES[k].1))
}

/// Decodes a bytes literal body (ASCII only, checked by the caller).
pub(crate) fn decode_bytes(body: &str, raw: bool, base: usize) -> Result<Vec<u8>, LexError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += 1;
            if b.get(i) == Some(&b'\n') {
                i += 1;
            }
            continue;
        }
        if c != b'\\' || raw {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&n) = b.get(i + 1) else {
            out.push(b'\\');
            i += 1;
            continue;
        };
        let s = i;
        i += 2;
        match n {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => match (b.get(i).and_then(|&c| hex_val(c)), b.get(i + 1).and_then(|&c| hex_val(c))) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => {
                    return Err(LexError::new(
                        format!("(value error) invalid \\x escape at position {s}"),
                        base + s,
                        base + (i + 1).min(b.len()),
                    ));
                }
            },
            _ => {
                out.push(b'\\');
                i = s + 1;
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// f-strings (CPython 3.11's fstring_find_literal / fstring_find_expr)

fn is_py_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn flush_literal(lit: &mut String, pieces: &mut Vec<FStrPiece>, raw: bool, base: usize) -> Result<(), LexError> {
    if lit.is_empty() {
        return Ok(());
    }
    let text = decode_str(lit, raw, base)?;
    lit.clear();
    if !text.is_empty() {
        if let Some(FStrPiece::Literal(prev)) = pieces.last_mut() {
            prev.push_str(&text);
        } else {
            pieces.push(FStrPiece::Literal(text));
        }
    }
    Ok(())
}

/// Parses f-string pieces from `s[*pos..]` (`s` is the literal's body at file offset `base`).
/// At `level > 0` (a format spec) it stops before a `}`.
fn fstring_parse(s: &str, base: usize, pos: &mut usize, raw: bool, level: u32) -> Result<Vec<FStrPiece>, LexError> {
    let b = s.as_bytes();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    loop {
        let mut start = *pos;
        let mut i = *pos;
        let mut stop = None;
        while i < b.len() {
            let c = b[i];
            if !raw && c == b'\\' && i + 1 < b.len() {
                let n = b[i + 1];
                if n == b'N' {
                    i += 2;
                    if i < b.len() && b[i] == b'{' {
                        while i < b.len() && b[i] != b'}' {
                            i += 1;
                        }
                        if i < b.len() {
                            i += 1;
                        }
                    }
                    continue;
                }
                if n == b'{' || n == b'}' {
                    i += 1;
                } else {
                    i += 2;
                    continue;
                }
            }
            let c = b[i];
            if c == b'{' || c == b'}' {
                if level == 0 {
                    if i + 1 < b.len() && b[i + 1] == c {
                        lit.push_str(&s[start..i + 1]);
                        i += 2;
                        start = i;
                        continue;
                    }
                    if c == b'}' {
                        return Err(LexError::new("f-string: single '}' is not allowed", base + i, base + i + 1));
                    }
                }
                stop = Some(c);
                break;
            }
            i += 1;
        }
        // `i` may have been pushed past the end by an escape skip
        let i = i.min(b.len());
        lit.push_str(&s[start..i]);
        *pos = i;
        flush_literal(&mut lit, &mut pieces, raw, base + start)?;
        if stop != Some(b'{') {
            return Ok(pieces);
        }
        *pos += 1;
        let field = fstring_field(s, base, pos, raw, level)?;
        pieces.push(field);
    }
}

fn fstring_field(s: &str, base: usize, pos: &mut usize, raw: bool, level: u32) -> Result<FStrPiece, LexError> {
    let b = s.as_bytes();
    let err = |msg: &str, at: usize| Err(LexError::new(msg, base + at, base + (at + 1).min(b.len().max(at))));
    if level >= 2 {
        return err("f-string: expressions nested too deeply", *pos);
    }
    let expr_start = *pos;
    let mut i = *pos;
    let mut quote = 0u8;
    let mut triple = false;
    let mut stack: Vec<u8> = Vec::new();
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            return err("f-string expression part cannot include a backslash", i);
        }
        if quote != 0 {
            if c == quote {
                if triple {
                    if i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c {
                        i += 3;
                        quote = 0;
                        continue;
                    }
                } else {
                    i += 1;
                    quote = 0;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => {
                if i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c {
                    triple = true;
                    i += 2;
                } else {
                    triple = false;
                }
                quote = c;
            }
            b'[' | b'(' | b'{' => {
                if stack.len() >= 200 {
                    return err("f-string: too many nested parenthesis", i);
                }
                stack.push(c);
            }
            b'#' => return err("f-string expression part cannot include '#'", i),
            b'!' | b':' | b'}' | b'=' | b'<' | b'>' if stack.is_empty() => {
                if i + 1 < b.len() && b[i + 1] == b'=' && matches!(c, b'!' | b'=' | b'<' | b'>') {
                    i += 2;
                    continue;
                }
                if c == b'<' || c == b'>' {
                    i += 1;
                    continue;
                }
                break;
            }
            b']' | b')' | b'}' => {
                let Some(o) = stack.pop() else {
                    return err(&format!("f-string: unmatched '{}'", c as char), i);
                };
                let want = match o {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if c != want {
                    return err(
                        &format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, o as char
                        ),
                        i,
                    );
                }
            }
            _ => {}
        }
        i += 1;
    }
    let i_end = i.min(b.len());
    if quote != 0 {
        return err("f-string: unterminated string", i_end);
    }
    if let Some(&o) = stack.last() {
        return err(&format!("f-string: unmatched '{}'", o as char), i_end);
    }
    let expecting = |at: usize| err("f-string: expecting '}'", at);
    if i >= b.len() {
        return expecting(i_end);
    }
    let expr_end = i;
    let expr_src = &s[expr_start..expr_end];
    if expr_src.bytes().all(is_py_space) {
        return err("f-string: empty expression not allowed", i);
    }
    let mut debug_text = None;
    if b[i] == b'=' {
        i += 1;
        while i < b.len() && is_py_space(b[i]) {
            i += 1;
        }
        if i >= b.len() {
            return expecting(i);
        }
        debug_text = Some(s[expr_start..i].to_string());
    }
    let mut conversion = None;
    if b[i] == b'!' {
        i += 1;
        let Some(ch) = s.get(i..).and_then(|r| r.chars().next()) else {
            return expecting(i);
        };
        i += ch.len_utf8();
        if !matches!(ch, 's' | 'r' | 'a') {
            return err("f-string: invalid conversion character: expected 's', 'r', or 'a'", i - 1);
        }
        conversion = Some(ch);
    }
    let mut spec = None;
    if i < b.len() && b[i] == b':' {
        i += 1;
        if i >= b.len() {
            return expecting(i);
        }
        *pos = i;
        spec = Some(fstring_parse(s, base, pos, raw, level + 1)?);
        i = *pos;
    }
    if i >= b.len() || b[i] != b'}' {
        return expecting(i.min(b.len()));
    }
    *pos = i + 1;
    if debug_text.is_some() && conversion.is_none() && spec.is_none() {
        // CPython: `{x=}` without conversion and spec uses repr()
        conversion = Some('r');
    }
    Ok(FStrPiece::Field {
        expr_src: expr_src.to_string(),
        expr_offset: (base + expr_start) as u32,
        debug_text,
        conversion,
        spec,
    })
}

/// A subset of Unicode character names for `\N{...}` (sorted, upper case).
static UNICODE_NAMES: &[(&str, u32)] = &[
    ("ACCOUNT OF", 0x2100),
    ("ACTIVATE ARABIC FORM SHAPING", 0x206D),
    ("ACTIVATE SYMMETRIC SWAPPING", 0x206B),
    ("ACUTE ACCENT", 0xB4),
    ("ADDRESSED TO THE SUBJECT", 0x2101),
    ("ADI SHAKTI", 0x262C),
    ("AIRPLANE", 0x2708),
    ("AKTIESELSKAB", 0x214D),
    ("ALEF SYMBOL", 0x2135),
    ("ALEMBIC", 0x2697),
    ("ALL EQUAL TO", 0x224C),
    ("ALMOST EQUAL OR EQUAL TO", 0x224A),
    ("ALMOST EQUAL TO", 0x2248),
    ("ALTERNATE ONE-WAY LEFT WAY TRAFFIC", 0x26D5),
    ("AMPERSAND", 0x26),
    ("ANCHOR", 0x2693),
    ("ANGLE", 0x2220),
    ("ANGRY FACE", 0x1F620),
    ("ANGSTROM SIGN", 0x212B),
    ("ANGUISHED FACE", 0x1F627),
    ("ANKH", 0x2625),
    ("ANTICLOCKWISE CONTOUR INTEGRAL", 0x2233),
    ("ANTICLOCKWISE OPEN CIRCLE ARROW", 0x21BA),
    ("ANTICLOCKWISE TOP SEMICIRCLE ARROW", 0x21B6),
    ("APOSTROPHE", 0x27),
    ("APPROACHES THE LIMIT", 0x2250),
    ("APPROXIMATELY BUT NOT ACTUALLY EQUAL TO", 0x2246),
    ("APPROXIMATELY EQUAL TO", 0x2245),
    ("APPROXIMATELY EQUAL TO OR THE IMAGE OF", 0x2252),
    ("AQUARIUS", 0x2652),
    ("ARIES", 0x2648),
    ("ASCENDING NODE", 0x260A),
    ("ASSERTION", 0x22A6),
    ("ASTERISK", 0x2A),
    ("ASTERISK OPERATOR", 0x2217),
    ("ASTERISM", 0x2042),
    ("ASTONISHED FACE", 0x1F632),
    ("ASTRONOMICAL SYMBOL FOR URANUS", 0x26E2),
    ("ASYMPTOTICALLY EQUAL TO", 0x2243),
    ("ATOM SYMBOL", 0x269B),
    ("AUSTRAL SIGN", 0x20B3),
    ("BACK-TILTED SHADOWED WHITE RIGHTWARDS ARROW", 0x27AB),
    ("BACKSPACE", 0x8),
    ("BALLOON-SPOKED ASTERISK", 0x2749),
    ("BALLOT BOX", 0x2610),
    ("BALLOT BOX WITH CHECK", 0x2611),
    ("BALLOT BOX WITH X", 0x2612),
    ("BALLOT X", 0x2717),
    ("BASEBALL", 0x26BE),
    ("BEAMED EIGHTH NOTES", 0x266B),
    ("BEAMED SIXTEENTH NOTES", 0x266C),
    ("BECAUSE", 0x2235),
    ("BELL", 0x1F514),
    ("BET SYMBOL", 0x2136),
    ("BETWEEN", 0x226C),
    ("BIOHAZARD SIGN", 0x2623),
    ("BITCOIN SIGN", 0x20BF),
    ("BLACK CENTRE WHITE STAR", 0x272C),
    ("BLACK CHESS BISHOP", 0x265D),
    ("BLACK CHESS KING", 0x265A),
    ("BLACK CHESS KNIGHT", 0x265E),
    ("BLACK CHESS PAWN", 0x265F),
    ("BLACK CHESS QUEEN", 0x265B),
    ("BLACK CHESS ROOK", 0x265C),
    ("BLACK CIRCLE", 0x25CF),
    ("BLACK CIRCLE WITH TWO WHITE DOTS", 0x2689),
    ("BLACK CIRCLE WITH WHITE DOT RIGHT", 0x2688),
    ("BLACK CLUB SUIT", 0x2663),
    ("BLACK CROSS ON SHIELD", 0x26E8),
    ("BLACK DIAMOND", 0x25C6),
    ("BLACK DIAMOND MINUS WHITE X", 0x2756),
    ("BLACK DIAMOND SUIT", 0x2666),
    ("BLACK DOWN-POINTING SMALL TRIANGLE", 0x25BE),
    ("BLACK DOWN-POINTING TRIANGLE", 0x25BC),
    ("BLACK DRAUGHTS KING", 0x26C3),
    ("BLACK DRAUGHTS MAN", 0x26C2),
    ("BLACK FLAG", 0x2691),
    ("BLACK FLORETTE", 0x273F),
    ("BLACK FOUR POINTED STAR", 0x2726),
    ("BLACK HEART SUIT", 0x2665),
    ("BLACK LEFT LANE MERGE", 0x26D8),
    ("BLACK LEFT POINTING INDEX", 0x261A),
    ("BLACK LEFT-POINTING POINTER", 0x25C4),
    ("BLACK LEFT-POINTING SMALL TRIANGLE", 0x25C2),
    ("BLACK LEFT-POINTING TRIANGLE", 0x25C0),
    ("BLACK LEFTWARDS BULLET", 0x204C),
    ("BLACK LOWER LEFT TRIANGLE", 0x25E3),
    ("BLACK LOWER RIGHT TRIANGLE", 0x25E2),
    ("BLACK MEDIUM SMALL SQUARE", 0x25FE),
    ("BLACK MEDIUM SQUARE", 0x25FC),
    ("BLACK MOON LILITH", 0x26B8),
    ("BLACK NIB", 0x2712),
    ("BLACK PARALLELOGRAM", 0x25B0),
    ("BLACK QUESTION MARK ORNAMENT", 0x2753),
    ("BLACK RECTANGLE", 0x25AC),
    ("BLACK RIGHT POINTING INDEX", 0x261B),
    ("BLACK RIGHT-POINTING POINTER", 0x25BA),
    ("BLACK RIGHT-POINTING SMALL TRIANGLE", 0x25B8),
    ("BLACK RIGHT-POINTING TRIANGLE", 0x25B6),
    ("BLACK RIGHTWARDS ARROW", 0x27A1),
    ("BLACK RIGHTWARDS ARROWHEAD", 0x27A4),
    ("BLACK RIGHTWARDS BULLET", 0x204D),
    ("BLACK SAFETY SCISSORS", 0x2700),
    ("BLACK SCISSORS", 0x2702),
    ("BLACK SHOGI PIECE", 0x2617),
    ("BLACK SMALL SQUARE", 0x25AA),
    ("BLACK SMILING FACE", 0x263B),
    ("BLACK SNOWMAN", 0x26C7),
    ("BLACK SPADE SUIT", 0x2660),
    ("BLACK SQUARE", 0x25A0),
    ("BLACK STAR", 0x2605),
    ("BLACK SUN WITH RAYS", 0x2600),
    ("BLACK TELEPHONE", 0x260E),
    ("BLACK TRUCK", 0x26DF),
    ("BLACK TWO-WAY LEFT WAY TRAFFIC", 0x26D6),
    ("BLACK UNIVERSAL RECYCLING SYMBOL", 0x267B),
    ("BLACK UP-POINTING SMALL TRIANGLE", 0x25B4),
    ("BLACK UP-POINTING TRIANGLE", 0x25B2),
    ("BLACK UPPER LEFT TRIANGLE", 0x25E4),
    ("BLACK UPPER RIGHT TRIANGLE", 0x25E5),
    ("BLACK VERTICAL RECTANGLE", 0x25AE),
    ("BLACK-FEATHERED NORTH EAST ARROW", 0x27B6),
    ("BLACK-FEATHERED RIGHTWARDS ARROW", 0x27B5),
    ("BLACK-FEATHERED SOUTH EAST ARROW", 0x27B4),
    ("BLACK-LETTER CAPITAL C", 0x212D),
    ("BLACK-LETTER CAPITAL H", 0x210C),
    ("BLACK-LETTER CAPITAL I", 0x2111),
    ("BLACK-LETTER CAPITAL R", 0x211C),
    ("BLACK-LETTER CAPITAL Z", 0x2128),
    ("BOM", 0xFEFF),
    ("BOWTIE", 0x22C8),
    ("BROKEN BAR", 0xA6),
    ("BULLET", 0x2022),
    ("BULLET OPERATOR", 0x2219),
    ("BULLSEYE", 0x25CE),
    ("BYTE ORDER MARK", 0xFEFF),
    ("CADA UNA", 0x2106),
    ("CADUCEUS", 0x2624),
    ("CANCER", 0x264B),
    ("CAPRICORN", 0x2651),
    ("CAR SLIDING", 0x26D0),
    ("CARE OF", 0x2105),
    ("CARET", 0x2038),
    ("CARET INSERTION POINT", 0x2041),
    ("CARRIAGE RETURN", 0xD),
    ("CASTLE", 0x26EB),
    ("CAT FACE WITH TEARS OF JOY", 0x1F639),
    ("CAT FACE WITH WRY SMILE", 0x1F63C),
    ("CAUTION SIGN", 0x2621),
    ("CEDI SIGN", 0x20B5),
    ("CEDILLA", 0xB8),
    ("CENT SIGN", 0xA2),
    ("CENTRE LINE SYMBOL", 0x2104),
    ("CERES", 0x26B3),
    ("CHAINS", 0x26D3),
    ("CHARACTER TABULATION", 0x9),
    ("CHARACTER TIE", 0x2040),
    ("CHECK MARK", 0x2713),
    ("CHI RHO", 0x2627),
    ("CHIRON", 0x26B7),
    ("CHURCH", 0x26EA),
    ("CIRCLE WITH ALL BUT UPPER LEFT QUADRANT BLACK", 0x25D5),
    ("CIRCLE WITH LEFT HALF BLACK", 0x25D0),
    ("CIRCLE WITH LOWER HALF BLACK", 0x25D2),
    ("CIRCLE WITH RIGHT HALF BLACK", 0x25D1),
    ("CIRCLE WITH UPPER HALF BLACK", 0x25D3),
    ("CIRCLE WITH UPPER RIGHT QUADRANT BLACK", 0x25D4),
    ("CIRCLE WITH VERTICAL FILL", 0x25CD),
    ("CIRCLED ASTERISK OPERATOR", 0x229B),
    ("CIRCLED CROSSING LANES", 0x26D2),
    ("CIRCLED DASH", 0x229D),
    ("CIRCLED DIVISION SLASH", 0x2298),
    ("CIRCLED DOT OPERATOR", 0x2299),
    ("CIRCLED EQUALS", 0x229C),
    ("CIRCLED HEAVY WHITE RIGHTWARDS ARROW", 0x27B2),
    ("CIRCLED MINUS", 0x2296),
    ("CIRCLED OPEN CENTRE EIGHT POINTED STAR", 0x2742),
    ("CIRCLED PLUS", 0x2295),
    ("CIRCLED RING OPERATOR", 0x229A),
    ("CIRCLED TIMES", 0x2297),
    ("CIRCLED WHITE STAR", 0x272A),
    ("CIRCUMFLEX ACCENT", 0x5E),
    ("CLOCKWISE CONTOUR INTEGRAL", 0x2232),
    ("CLOCKWISE INTEGRAL", 0x2231),
    ("CLOCKWISE OPEN CIRCLE ARROW", 0x21BB),
    ("CLOCKWISE TOP SEMICIRCLE ARROW", 0x21B7),
    ("CLOSE UP", 0x2050),
    ("CLOUD", 0x2601),
    ("COFFIN", 0x26B0),
    ("COLON", 0x3A),
    ("COLON EQUALS", 0x2254),
    ("COLON SIGN", 0x20A1),
    ("COMET", 0x2604),
    ("COMMA", 0x2C),
    ("COMMERCIAL AT", 0x40),
    ("COMMERCIAL MINUS SIGN", 0x2052),
    ("COMPLEMENT", 0x2201),
    ("CONFOUNDED FACE", 0x1F616),
    ("CONFUSED FACE", 0x1F615),
    ("CONJUNCTION", 0x260C),
    ("CONTAINS AS MEMBER", 0x220B),
    ("CONTAINS AS NORMAL SUBGROUP", 0x22B3),
    ("CONTAINS AS NORMAL SUBGROUP OR EQUAL TO", 0x22B5),
    ("CONTAINS WITH LONG HORIZONTAL STROKE", 0x22FA),
    ("CONTAINS WITH OVERBAR", 0x22FD),
    ("CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22FB),
    ("CONTOUR INTEGRAL", 0x222E),
    ("COPTIC CAPITAL LETTER DEI", 0x3EE),
    ("COPTIC CAPITAL LETTER FEI", 0x3E4),
    ("COPTIC CAPITAL LETTER GANGIA", 0x3EA),
    ("COPTIC CAPITAL LETTER HORI", 0x3E8),
    ("COPTIC CAPITAL LETTER KHEI", 0x3E6),
    ("COPTIC CAPITAL LETTER SHEI", 0x3E2),
    ("COPTIC CAPITAL LETTER SHIMA", 0x3EC),
    ("COPTIC SMALL LETTER DEI", 0x3EF),
    ("COPTIC SMALL LETTER FEI", 0x3E5),
    ("COPTIC SMALL LETTER GANGIA", 0x3EB),
    ("COPTIC SMALL LETTER HORI", 0x3E9),
    ("COPTIC SMALL LETTER KHEI", 0x3E7),
    ("COPTIC SMALL LETTER SHEI", 0x3E3),
    ("COPTIC SMALL LETTER SHIMA", 0x3ED),
    ("COPYRIGHT SIGN", 0xA9),
    ("CORRESPONDS TO", 0x2258),
    ("CR", 0xD),
    ("CROSS MARK", 0x274C),
    ("CROSS OF JERUSALEM", 0x2629),
    ("CROSS OF LORRAINE", 0x2628),
    ("CROSSED SWORDS", 0x2694),
    ("CROSSING LANES", 0x26CC),
    ("CRUZEIRO SIGN", 0x20A2),
    ("CRYING CAT FACE", 0x1F63F),
    ("CRYING FACE", 0x1F622),
    ("CUBE ROOT", 0x221B),
    ("CUP ON BLACK SQUARE", 0x26FE),
    ("CURLY LOGICAL AND", 0x22CF),
    ("CURLY LOGICAL OR", 0x22CE),
    ("CURLY LOOP", 0x27B0),
    ("CURRENCY SIGN", 0xA4),
    ("CURVED STEM PARAGRAPH SIGN ORNAMENT", 0x2761),
    ("DAGGER", 0x2020),
    ("DALET SYMBOL", 0x2138),
    ("DASHED TRIANGLE-HEADED RIGHTWARDS ARROW", 0x279F),
    ("DEGREE CELSIUS", 0x2103),
    ("DEGREE FAHRENHEIT", 0x2109),
    ("DEGREE SIGN", 0xB0),
    ("DEL", 0x7F),
    ("DELETE", 0x7F),
    ("DELTA EQUAL TO", 0x225C),
    ("DESCENDING NODE", 0x260B),
    ("DIAERESIS", 0xA8),
    ("DIAMOND OPERATOR", 0x22C4),
    ("DIE FACE-1", 0x2680),
    ("DIE FACE-2", 0x2681),
    ("DIE FACE-3", 0x2682),
    ("DIE FACE-4", 0x2683),
    ("DIE FACE-5", 0x2684),
    ("DIE FACE-6", 0x2685),
    ("DIFFERENCE BETWEEN", 0x224F),
    ("DIGIT EIGHT", 0x38),
    ("DIGIT FIVE", 0x35),
    ("DIGIT FOUR", 0x34),
    ("DIGIT NINE", 0x39),
    ("DIGIT ONE", 0x31),
    ("DIGIT SEVEN", 0x37),
    ("DIGIT SIX", 0x36),
    ("DIGIT THREE", 0x33),
    ("DIGIT TWO", 0x32),
    ("DIGIT ZERO", 0x30),
    ("DIGRAM FOR GREATER YANG", 0x268C),
    ("DIGRAM FOR GREATER YIN", 0x268F),
    ("DIGRAM FOR LESSER YANG", 0x268E),
    ("DIGRAM FOR LESSER YIN", 0x268D),
    ("DINGBAT CIRCLED SANS-SERIF DIGIT EIGHT", 0x2787),
    ("DINGBAT CIRCLED SANS-SERIF DIGIT FIVE", 0x2784),
    ("DINGBAT CIRCLED SANS-SERIF DIGIT FOUR", 0x2783),
    ("DINGBAT CIRCLED SANS-SERIF DIGIT NINE", 0x2788),
    ("DINGBAT CIRCLED SANS-SERIF DIGIT ONE", 0x2780),
    ("DINGBAT CIRCLED SANS-SERIF DIGIT SEVEN", 0x2786),
    ("DINGBAT CIRCLED SANS-SERIF DIGIT SIX", 0x2785),
    ("DINGBAT CIRCLED SANS-SERIF DIGIT THREE", 0x2782),
    ("DINGBAT CIRCLED SANS-SERIF DIGIT TWO", 0x2781),
    ("DINGBAT CIRCLED SANS-SERIF NUMBER TEN", 0x2789),
    ("DINGBAT NEGATIVE CIRCLED DIGIT EIGHT", 0x277D),
    ("DINGBAT NEGATIVE CIRCLED DIGIT FIVE", 0x277A),
    ("DINGBAT NEGATIVE CIRCLED DIGIT FOUR", 0x2779),
    ("DINGBAT NEGATIVE CIRCLED DIGIT NINE", 0x277E),
    ("DINGBAT NEGATIVE CIRCLED DIGIT ONE", 0x2776),
    ("DINGBAT NEGATIVE CIRCLED DIGIT SEVEN", 0x277C),
    ("DINGBAT NEGATIVE CIRCLED DIGIT SIX", 0x277B),
    ("DINGBAT NEGATIVE CIRCLED DIGIT THREE", 0x2778),
    ("DINGBAT NEGATIVE CIRCLED DIGIT TWO", 0x2777),
    ("DINGBAT NEGATIVE CIRCLED NUMBER TEN", 0x277F),
    ("DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT EIGHT", 0x2791),
    ("DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT FIVE", 0x278E),
    ("DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT FOUR", 0x278D),
    ("DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT NINE", 0x2792),
    ("DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT ONE", 0x278A),
    ("DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT SEVEN", 0x2790),
    ("DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT SIX", 0x278F),
    ("DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT THREE", 0x278C),
    ("DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT TWO", 0x278B),
    ("DINGBAT NEGATIVE CIRCLED SANS-SERIF NUMBER TEN", 0x2793),
    ("DISABLED CAR", 0x26CD),
    ("DISAPPOINTED BUT RELIEVED FACE", 0x1F625),
    ("DISAPPOINTED FACE", 0x1F61E),
    ("DIVIDES", 0x2223),
    ("DIVISION SIGN", 0xF7),
    ("DIVISION SLASH", 0x2215),
    ("DIVISION TIMES", 0x22C7),
    ("DIVORCE SYMBOL", 0x26AE),
    ("DIZZY FACE", 0x1F635),
    ("DOES NOT CONTAIN AS MEMBER", 0x220C),
    ("DOES NOT CONTAIN AS NORMAL SUBGROUP", 0x22EB),
    ("DOES NOT CONTAIN AS NORMAL SUBGROUP OR EQUAL", 0x22ED),
    ("DOES NOT DIVIDE", 0x2224),
    ("DOES NOT FORCE", 0x22AE),
    ("DOES NOT PRECEDE", 0x2280),
    ("DOES NOT PRECEDE OR EQUAL", 0x22E0),
    ("DOES NOT PROVE", 0x22AC),
    ("DOES NOT SUCCEED", 0x2281),
    ("DOES NOT SUCCEED OR EQUAL", 0x22E1),
    ("DOLLAR SIGN", 0x24),
    ("DONG SIGN", 0x20AB),
    ("DOT MINUS", 0x2238),
    ("DOT OPERATOR", 0x22C5),
    ("DOT PLUS", 0x2214),
    ("DOTTED CIRCLE", 0x25CC),
    ("DOTTED CROSS", 0x205C),
    ("DOUBLE CURLY LOOP", 0x27BF),
    ("DOUBLE DAGGER", 0x2021),
    ("DOUBLE EXCLAMATION MARK", 0x203C),
    ("DOUBLE HIGH-REVERSED-9 QUOTATION MARK", 0x201F),
    ("DOUBLE INTEGRAL", 0x222C),
    ("DOUBLE INTERSECTION", 0x22D2),
    ("DOUBLE LOW LINE", 0x2017),
    ("DOUBLE LOW-9 QUOTATION MARK", 0x201E),
    ("DOUBLE PRIME", 0x2033),
    ("DOUBLE QUESTION MARK", 0x2047),
    ("DOUBLE SUBSET", 0x22D0),
    ("DOUBLE SUPERSET", 0x22D1),
    ("DOUBLE UNION", 0x22D3),
    ("DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE", 0x22AB),
    ("DOUBLE VERTICAL LINE", 0x2016),
    ("DOUBLE-STRUCK CAPITAL C", 0x2102),
    ("DOUBLE-STRUCK CAPITAL GAMMA", 0x213E),
    ("DOUBLE-STRUCK CAPITAL H", 0x210D),
    ("DOUBLE-STRUCK CAPITAL N", 0x2115),
    ("DOUBLE-STRUCK CAPITAL P", 0x2119),
    ("DOUBLE-STRUCK CAPITAL PI", 0x213F),
    ("DOUBLE-STRUCK CAPITAL Q", 0x211A),
    ("DOUBLE-STRUCK CAPITAL R", 0x211D),
    ("DOUBLE-STRUCK CAPITAL Z", 0x2124),
    ("DOUBLE-STRUCK ITALIC CAPITAL D", 0x2145),
    ("DOUBLE-STRUCK ITALIC SMALL D", 0x2146),
    ("DOUBLE-STRUCK ITALIC SMALL E", 0x2147),
    ("DOUBLE-STRUCK ITALIC SMALL I", 0x2148),
    ("DOUBLE-STRUCK ITALIC SMALL J", 0x2149),
    ("DOUBLE-STRUCK N-ARY SUMMATION", 0x2140),
    ("DOUBLE-STRUCK SMALL GAMMA", 0x213D),
    ("DOUBLE-STRUCK SMALL PI", 0x213C),
    ("DOUBLED FEMALE SIGN", 0x26A2),
    ("DOUBLED MALE SIGN", 0x26A3),
    ("DOWN RIGHT DIAGONAL ELLIPSIS", 0x22F1),
    ("DOWN TACK", 0x22A4),
    ("DOWNWARDS ARROW", 0x2193),
    ("DOWNWARDS ARROW FROM BAR", 0x21A7),
    ("DOWNWARDS ARROW LEFTWARDS OF UPWARDS ARROW", 0x21F5),
    ("DOWNWARDS ARROW WITH CORNER LEFTWARDS", 0x21B5),
    ("DOWNWARDS ARROW WITH DOUBLE STROKE", 0x21DF),
    ("DOWNWARDS ARROW WITH TIP LEFTWARDS", 0x21B2),
    ("DOWNWARDS ARROW WITH TIP RIGHTWARDS", 0x21B3),
    ("DOWNWARDS DASHED ARROW", 0x21E3),
    ("DOWNWARDS DOUBLE ARROW", 0x21D3),
    ("DOWNWARDS HARPOON WITH BARB LEFTWARDS", 0x21C3),
    ("DOWNWARDS HARPOON WITH BARB RIGHTWARDS", 0x21C2),
    ("DOWNWARDS PAIRED ARROWS", 0x21CA),
    ("DOWNWARDS TWO HEADED ARROW", 0x21A1),
    ("DOWNWARDS WHITE ARROW", 0x21E9),
    ("DOWNWARDS ZIGZAG ARROW", 0x21AF),
    ("DRACHMA SIGN", 0x20AF),
    ("DRAFTING POINT RIGHTWARDS ARROW", 0x279B),
    ("DRIVE SLOW SIGN", 0x26DA),
    ("EARTH", 0x2641),
    ("EAST SYRIAC CROSS", 0x2671),
    ("EIGHT PETALLED OUTLINED BLACK FLORETTE", 0x2741),
    ("EIGHT POINTED BLACK STAR", 0x2734),
    ("EIGHT POINTED PINWHEEL STAR", 0x2735),
    ("EIGHT POINTED RECTILINEAR BLACK STAR", 0x2737),
    ("EIGHT SPOKED ASTERISK", 0x2733),
    ("EIGHT TEARDROP-SPOKED PROPELLER ASTERISK", 0x274A),
    ("EIGHTH NOTE", 0x266A),
    ("ELEMENT OF", 0x2208),
    ("ELEMENT OF WITH DOT ABOVE", 0x22F5),
    ("ELEMENT OF WITH LONG HORIZONTAL STROKE", 0x22F2),
    ("ELEMENT OF WITH OVERBAR", 0x22F6),
    ("ELEMENT OF WITH TWO HORIZONTAL STROKES", 0x22F9),
    ("ELEMENT OF WITH UNDERBAR", 0x22F8),
    ("ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22F3),
    ("EM DASH", 0x2014),
    ("EM QUAD", 0x2001),
    ("EM SPACE", 0x2003),
    ("EMPTY SET", 0x2205),
    ("EN DASH", 0x2013),
    ("EN QUAD", 0x2000),
    ("EN SPACE", 0x2002),
    ("END OF LINE", 0xA),
    ("END OF PROOF", 0x220E),
    ("ENVELOPE", 0x2709),
    ("EOL", 0xA),
    ("EQUAL AND PARALLEL TO", 0x22D5),
    ("EQUAL TO BY DEFINITION", 0x225D),
    ("EQUAL TO OR GREATER-THAN", 0x22DD),
    ("EQUAL TO OR LESS-THAN", 0x22DC),
    ("EQUAL TO OR PRECEDES", 0x22DE),
    ("EQUAL TO OR SUCCEEDS", 0x22DF),
    ("EQUALS COLON", 0x2255),
    ("EQUALS SIGN", 0x3D),
    ("EQUIANGULAR TO", 0x225A),
    ("EQUIVALENT TO", 0x224D),
    ("ESC", 0x1B),
    ("ESCAPE", 0x1B),
    ("ESTIMATED SYMBOL", 0x212E),
    ("ESTIMATES", 0x2259),
    ("EULER CONSTANT", 0x2107),
    ("EURO SIGN", 0x20AC),
    ("EURO-CURRENCY SIGN", 0x20A0),
    ("EXCESS", 0x2239),
    ("EXCLAMATION MARK", 0x21),
    ("EXCLAMATION QUESTION MARK", 0x2049),
    ("EXPRESSIONLESS FACE", 0x1F611),
    ("FACE SAVOURING DELICIOUS FOOD", 0x1F60B),
    ("FACE SCREAMING IN FEAR", 0x1F631),
    ("FACE THROWING A KISS", 0x1F618),
    ("FACE WITH COLD SWEAT", 0x1F613),
    ("FACE WITH LOOK OF TRIUMPH", 0x1F624),
    ("FACE WITH MEDICAL MASK", 0x1F637),
    ("FACE WITH NO GOOD GESTURE", 0x1F645),
    ("FACE WITH OK GESTURE", 0x1F646),
    ("FACE WITH OPEN MOUTH", 0x1F62E),
    ("FACE WITH OPEN MOUTH AND COLD SWEAT", 0x1F630),
    ("FACE WITH ROLLING EYES", 0x1F644),
    ("FACE WITH STUCK-OUT TONGUE", 0x1F61B),
    ("FACE WITH STUCK-OUT TONGUE AND TIGHTLY-CLOSED EYES", 0x1F61D),
    ("FACE WITH STUCK-OUT TONGUE AND WINKING EYE", 0x1F61C),
    ("FACE WITH TEARS OF JOY", 0x1F602),
    ("FACE WITHOUT MOUTH", 0x1F636),
    ("FACSIMILE SIGN", 0x213B),
    ("FALLING DIAGONAL IN WHITE CIRCLE IN BLACK SQUARE", 0x26DE),
    ("FARSI SYMBOL", 0x262B),
    ("FEARFUL FACE", 0x1F628),
    ("FEMALE SIGN", 0x2640),
    ("FEMININE ORDINAL INDICATOR", 0xAA),
    ("FERRY", 0x26F4),
    ("FF", 0xC),
    ("FIGURE DASH", 0x2012),
    ("FIGURE SPACE", 0x2007),
    ("FIRST QUARTER MOON", 0x263D),
    ("FIRST STRONG ISOLATE", 0x2068),
    ("FISHEYE", 0x25C9),
    ("FIVE DOT PUNCTUATION", 0x2059),
    ("FLAG IN HOLE", 0x26F3),
    ("FLEUR-DE-LIS", 0x269C),
    ("FLORAL HEART", 0x2766),
    ("FLOWER", 0x2698),
    ("FLOWER PUNCTUATION MARK", 0x2055),
    ("FLUSHED FACE", 0x1F633),
    ("FOR ALL", 0x2200),
    ("FORCES", 0x22A9),
    ("FORM FEED", 0xC),
    ("FOUNTAIN", 0x26F2),
    ("FOUR BALLOON-SPOKED ASTERISK", 0x2723),
    ("FOUR CLUB-SPOKED ASTERISK", 0x2725),
    ("FOUR DOT MARK", 0x205B),
    ("FOUR DOT PUNCTUATION", 0x2058),
    ("FOUR TEARDROP-SPOKED ASTERISK", 0x2722),
    ("FOUR-PER-EM SPACE", 0x2005),
    ("FOURTH ROOT", 0x221C),
    ("FRACTION NUMERATOR ONE", 0x215F),
    ("FRACTION SLASH", 0x2044),
    ("FRENCH FRANC SIGN", 0x20A3),
    ("FRONT-TILTED SHADOWED WHITE RIGHTWARDS ARROW", 0x27AC),
    ("FROWNING FACE WITH OPEN MOUTH", 0x1F626),
    ("FUEL PUMP", 0x26FD),
    ("FULL STOP", 0x2E),
    ("FUNCTION APPLICATION", 0x2061),
    ("FUNERAL URN", 0x26B1),
    ("GEAR", 0x2699),
    ("GEAR WITH HANDLES", 0x26EE),
    ("GEAR WITHOUT HUB", 0x26ED),
    ("GEMINI", 0x264A),
    ("GEOMETRIC PROPORTION", 0x223A),
    ("GEOMETRICALLY EQUAL TO", 0x2251),
    ("GEOMETRICALLY EQUIVALENT TO", 0x224E),
    ("GERMAN PENNY SIGN", 0x20B0),
    ("GIMEL SYMBOL", 0x2137),
    ("GRAVE ACCENT", 0x60),
    ("GREATER-THAN BUT NOT EQUAL TO", 0x2269),
    ("GREATER-THAN BUT NOT EQUIVALENT TO", 0x22E7),
    ("GREATER-THAN EQUAL TO OR LESS-THAN", 0x22DB),
    ("GREATER-THAN OR EQUAL TO", 0x2265),
    ("GREATER-THAN OR EQUIVALENT TO", 0x2273),
    ("GREATER-THAN OR LESS-THAN", 0x2277),
    ("GREATER-THAN OVER EQUAL TO", 0x2267),
    ("GREATER-THAN SIGN", 0x3E),
    ("GREATER-THAN WITH DOT", 0x22D7),
    ("GREEK ANO TELEIA", 0x387),
    ("GREEK BETA SYMBOL", 0x3D0),
    ("GREEK CAPITAL DOTTED LUNATE SIGMA SYMBOL", 0x3FE),
    ("GREEK CAPITAL KAI SYMBOL", 0x3CF),
    ("GREEK CAPITAL LETTER ALPHA", 0x391),
    ("GREEK CAPITAL LETTER ALPHA WITH TONOS", 0x386),
    ("GREEK CAPITAL LETTER ARCHAIC SAMPI", 0x372),
    ("GREEK CAPITAL LETTER BETA", 0x392),
    ("GREEK CAPITAL LETTER CHI", 0x3A7),
    ("GREEK CAPITAL LETTER DELTA", 0x394),
    ("GREEK CAPITAL LETTER EPSILON", 0x395),
    ("GREEK CAPITAL LETTER EPSILON WITH TONOS", 0x388),
    ("GREEK CAPITAL LETTER ETA", 0x397),
    ("GREEK CAPITAL LETTER ETA WITH TONOS", 0x389),
    ("GREEK CAPITAL LETTER GAMMA", 0x393),
    ("GREEK CAPITAL LETTER HETA", 0x370),
    ("GREEK CAPITAL LETTER IOTA", 0x399),
    ("GREEK CAPITAL LETTER IOTA WITH DIALYTIKA", 0x3AA),
    ("GREEK CAPITAL LETTER IOTA WITH TONOS", 0x38A),
    ("GREEK CAPITAL LETTER KAPPA", 0x39A),
    ("GREEK CAPITAL LETTER LAMDA", 0x39B),
    ("GREEK CAPITAL LETTER MU", 0x39C),
    ("GREEK CAPITAL LETTER NU", 0x39D),
    ("GREEK CAPITAL LETTER OMEGA", 0x3A9),
    ("GREEK CAPITAL LETTER OMEGA WITH TONOS", 0x38F),
    ("GREEK CAPITAL LETTER OMICRON", 0x39F),
    ("GREEK CAPITAL LETTER OMICRON WITH TONOS", 0x38C),
    ("GREEK CAPITAL LETTER PAMPHYLIAN DIGAMMA", 0x376),
    ("GREEK CAPITAL LETTER PHI", 0x3A6),
    ("GREEK CAPITAL LETTER PI", 0x3A0),
    ("GREEK CAPITAL LETTER PSI", 0x3A8),
    ("GREEK CAPITAL LETTER RHO", 0x3A1),
    ("GREEK CAPITAL LETTER SAN", 0x3FA),
    ("GREEK CAPITAL LETTER SHO", 0x3F7),
    ("GREEK CAPITAL LETTER SIGMA", 0x3A3),
    ("GREEK CAPITAL LETTER TAU", 0x3A4),
    ("GREEK CAPITAL LETTER THETA", 0x398),
    ("GREEK CAPITAL LETTER UPSILON", 0x3A5),
    ("GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA", 0x3AB),
    ("GREEK CAPITAL LETTER UPSILON WITH TONOS", 0x38E),
    ("GREEK CAPITAL LETTER XI", 0x39E),
    ("GREEK CAPITAL LETTER YOT", 0x37F),
    ("GREEK CAPITAL LETTER ZETA", 0x396),
    ("GREEK CAPITAL LUNATE SIGMA SYMBOL", 0x3F9),
    ("GREEK CAPITAL REVERSED DOTTED LUNATE SIGMA SYMBOL", 0x3FF),
    ("GREEK CAPITAL REVERSED LUNATE SIGMA SYMBOL", 0x3FD),
    ("GREEK CAPITAL THETA SYMBOL", 0x3F4),
    ("GREEK DIALYTIKA TONOS", 0x385),
    ("GREEK KAI SYMBOL", 0x3D7),
    ("GREEK KAPPA SYMBOL", 0x3F0),
    ("GREEK LETTER ARCHAIC KOPPA", 0x3D8),
    ("GREEK LETTER DIGAMMA", 0x3DC),
    ("GREEK LETTER KOPPA", 0x3DE),
    ("GREEK LETTER SAMPI", 0x3E0),
    ("GREEK LETTER STIGMA", 0x3DA),
    ("GREEK LETTER YOT", 0x3F3),
    ("GREEK LOWER NUMERAL SIGN", 0x375),
    ("GREEK LUNATE EPSILON SYMBOL", 0x3F5),
    ("GREEK LUNATE SIGMA SYMBOL", 0x3F2),
    ("GREEK NUMERAL SIGN", 0x374),
    ("GREEK PHI SYMBOL", 0x3D5),
    ("GREEK PI SYMBOL", 0x3D6),
    ("GREEK QUESTION MARK", 0x37E),
    ("GREEK REVERSED LUNATE EPSILON SYMBOL", 0x3F6),
    ("GREEK RHO SYMBOL", 0x3F1),
    ("GREEK RHO WITH STROKE SYMBOL", 0x3FC),
    ("GREEK SMALL DOTTED LUNATE SIGMA SYMBOL", 0x37C),
    ("GREEK SMALL LETTER ALPHA", 0x3B1),
    ("GREEK SMALL LETTER ALPHA WITH TONOS", 0x3AC),
    ("GREEK SMALL LETTER ARCHAIC KOPPA", 0x3D9),
    ("GREEK SMALL LETTER ARCHAIC SAMPI", 0x373),
    ("GREEK SMALL LETTER BETA", 0x3B2),
    ("GREEK SMALL LETTER CHI", 0x3C7),
    ("GREEK SMALL LETTER DELTA", 0x3B4),
    ("GREEK SMALL LETTER DIGAMMA", 0x3DD),
    ("GREEK SMALL LETTER EPSILON", 0x3B5),
    ("GREEK SMALL LETTER EPSILON WITH TONOS", 0x3AD),
    ("GREEK SMALL LETTER ETA", 0x3B7),
    ("GREEK SMALL LETTER ETA WITH TONOS", 0x3AE),
    ("GREEK SMALL LETTER FINAL SIGMA", 0x3C2),
    ("GREEK SMALL LETTER GAMMA", 0x3B3),
    ("GREEK SMALL LETTER HETA", 0x371),
    ("GREEK SMALL LETTER IOTA", 0x3B9),
    ("GREEK SMALL LETTER IOTA WITH DIALYTIKA", 0x3CA),
    ("GREEK SMALL LETTER IOTA WITH DIALYTIKA AND TONOS", 0x390),
    ("GREEK SMALL LETTER IOTA WITH TONOS", 0x3AF),
    ("GREEK SMALL LETTER KAPPA", 0x3BA),
    ("GREEK SMALL LETTER KOPPA", 0x3DF),
    ("GREEK SMALL LETTER LAMDA", 0x3BB),
    ("GREEK SMALL LETTER MU", 0x3BC),
    ("GREEK SMALL LETTER NU", 0x3BD),
    ("GREEK SMALL LETTER OMEGA", 0x3C9),
    ("GREEK SMALL LETTER OMEGA WITH TONOS", 0x3CE),
    ("GREEK SMALL LETTER OMICRON", 0x3BF),
    ("GREEK SMALL LETTER OMICRON WITH TONOS", 0x3CC),
    ("GREEK SMALL LETTER PAMPHYLIAN DIGAMMA", 0x377),
    ("GREEK SMALL LETTER PHI", 0x3C6),
    ("GREEK SMALL LETTER PI", 0x3C0),
    ("GREEK SMALL LETTER PSI", 0x3C8),
    ("GREEK SMALL LETTER RHO", 0x3C1),
    ("GREEK SMALL LETTER SAMPI", 0x3E1),
    ("GREEK SMALL LETTER SAN", 0x3FB),
    ("GREEK SMALL LETTER SHO", 0x3F8),
    ("GREEK SMALL LETTER SIGMA", 0x3C3),
    ("GREEK SMALL LETTER STIGMA", 0x3DB),
    ("GREEK SMALL LETTER TAU", 0x3C4),
    ("GREEK SMALL LETTER THETA", 0x3B8),
    ("GREEK SMALL LETTER UPSILON", 0x3C5),
    ("GREEK SMALL LETTER UPSILON WITH DIALYTIKA", 0x3CB),
    ("GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS", 0x3B0),
    ("GREEK SMALL LETTER UPSILON WITH TONOS", 0x3CD),
    ("GREEK SMALL LETTER XI", 0x3BE),
    ("GREEK SMALL LETTER ZETA", 0x3B6),
    ("GREEK SMALL REVERSED DOTTED LUNATE SIGMA SYMBOL", 0x37D),
    ("GREEK SMALL REVERSED LUNATE SIGMA SYMBOL", 0x37B),
    ("GREEK THETA SYMBOL", 0x3D1),
    ("GREEK TONOS", 0x384),
    ("GREEK UPSILON WITH ACUTE AND HOOK SYMBOL", 0x3D3),
    ("GREEK UPSILON WITH DIAERESIS AND HOOK SYMBOL", 0x3D4),
    ("GREEK UPSILON WITH HOOK SYMBOL", 0x3D2),
    ("GREEK YPOGEGRAMMENI", 0x37A),
    ("GRIMACING FACE", 0x1F62C),
    ("GRINNING CAT FACE WITH SMILING EYES", 0x1F638),
    ("GRINNING FACE", 0x1F600),
    ("GRINNING FACE WITH SMILING EYES", 0x1F601),
    ("GUARANI SIGN", 0x20B2),
    ("HAIR SPACE", 0x200A),
    ("HAMMER AND PICK", 0x2692),
    ("HAMMER AND SICKLE", 0x262D),
    ("HAPPY PERSON RAISING ONE HAND", 0x1F64B),
    ("HEADSTONE GRAVEYARD SYMBOL", 0x26FC),
    ("HEAR-NO-EVIL MONKEY", 0x1F649),
    ("HEAVY ASTERISK", 0x2731),
    ("HEAVY BALLOT X", 0x2718),
    ("HEAVY BLACK CURVED DOWNWARDS AND RIGHTWARDS ARROW", 0x27A5),
    ("HEAVY BLACK CURVED UPWARDS AND RIGHTWARDS ARROW", 0x27A6),
    ("HEAVY BLACK HEART", 0x2764),
    ("HEAVY BLACK-FEATHERED NORTH EAST ARROW", 0x27B9),
    ("HEAVY BLACK-FEATHERED RIGHTWARDS ARROW", 0x27B8),
    ("HEAVY BLACK-FEATHERED SOUTH EAST ARROW", 0x27B7),
    ("HEAVY CHECK MARK", 0x2714),
    ("HEAVY CHEVRON SNOWFLAKE", 0x2746),
    ("HEAVY CIRCLE WITH STROKE AND TWO DOTS ABOVE", 0x26E3),
    ("HEAVY CONCAVE-POINTED BLACK RIGHTWARDS ARROW", 0x27A8),
    ("HEAVY DASHED TRIANGLE-HEADED RIGHTWARDS ARROW", 0x27A0),
    ("HEAVY DIVISION SIGN", 0x2797),
    ("HEAVY DOUBLE COMMA QUOTATION MARK ORNAMENT", 0x275E),
    ("HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT", 0x275D),
    ("HEAVY EIGHT POINTED RECTILINEAR BLACK STAR", 0x2738),
    ("HEAVY EIGHT TEARDROP-SPOKED PROPELLER ASTERISK", 0x274B),
    ("HEAVY EXCLAMATION MARK ORNAMENT", 0x2762),
    ("HEAVY EXCLAMATION MARK SYMBOL", 0x2757),
    ("HEAVY FOUR BALLOON-SPOKED ASTERISK", 0x2724),
    ("HEAVY GREEK CROSS", 0x271A),
    ("HEAVY HEART EXCLAMATION MARK ORNAMENT", 0x2763),
    ("HEAVY LEFT-POINTING ANGLE BRACKET ORNAMENT", 0x2770),
    ("HEAVY LEFT-POINTING ANGLE QUOTATION MARK ORNAMENT", 0x276E),
    ("HEAVY LOW DOUBLE COMMA QUOTATION MARK ORNAMENT", 0x2760),
    ("HEAVY LOW SINGLE COMMA QUOTATION MARK ORNAMENT", 0x275F),
    ("HEAVY LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW", 0x27AD),
    ("HEAVY MINUS SIGN", 0x2796),
    ("HEAVY MULTIPLICATION X", 0x2716),
    ("HEAVY NORTH EAST ARROW", 0x279A),
    ("HEAVY OPEN CENTRE CROSS", 0x271C),
    ("HEAVY OUTLINED BLACK STAR", 0x272E),
    ("HEAVY PLUS SIGN", 0x2795),
    ("HEAVY RIGHT-POINTING ANGLE BRACKET ORNAMENT", 0x2771),
    ("HEAVY RIGHT-POINTING ANGLE QUOTATION MARK ORNAMENT", 0x276F),
    ("HEAVY RIGHTWARDS ARROW", 0x2799),
    ("HEAVY ROUND-TIPPED RIGHTWARDS ARROW", 0x279C),
    ("HEAVY SINGLE COMMA QUOTATION MARK ORNAMENT", 0x275C),
    ("HEAVY SINGLE TURNED COMMA QUOTATION MARK ORNAMENT", 0x275B),
    ("HEAVY SOUTH EAST ARROW", 0x2798),
    ("HEAVY SPARKLE", 0x2748),
    ("HEAVY TEARDROP-SHANKED RIGHTWARDS ARROW", 0x27BB),
    ("HEAVY TEARDROP-SPOKED ASTERISK", 0x273D),
    ("HEAVY TEARDROP-SPOKED PINWHEEL ASTERISK", 0x2743),
    ("HEAVY TRIANGLE-HEADED RIGHTWARDS ARROW", 0x279E),
    ("HEAVY UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW", 0x27AE),
    ("HEAVY VERTICAL BAR", 0x275A),
    ("HEAVY WEDGE-TAILED RIGHTWARDS ARROW", 0x27BD),
    ("HEAVY WHITE DOWN-POINTING TRIANGLE", 0x26DB),
    ("HEAVY WIDE-HEADED RIGHTWARDS ARROW", 0x2794),
    ("HELMET WITH WHITE CROSS", 0x26D1),
    ("HERMITIAN CONJUGATE MATRIX", 0x22B9),
    ("HIGH VOLTAGE SIGN", 0x26A1),
    ("HISTORIC SITE", 0x26EC),
    ("HOMOTHETIC", 0x223B),
    ("HORIZONTAL BAR", 0x2015),
    ("HORIZONTAL ELLIPSIS", 0x2026),
    ("HORIZONTAL MALE WITH STROKE SIGN", 0x26A9),
    ("HOT BEVERAGE", 0x2615),
    ("HOT SPRINGS", 0x2668),
    ("HRYVNIA SIGN", 0x20B4),
    ("HT", 0x9),
    ("HUSHED FACE", 0x1F62F),
    ("HYPHEN", 0x2010),
    ("HYPHEN BULLET", 0x2043),
    ("HYPHEN-MINUS", 0x2D),
    ("HYPHENATION POINT", 0x2027),
    ("ICE SKATE", 0x26F8),
    ("IDENTICAL TO", 0x2261),
    ("IMAGE OF", 0x22B7),
    ("IMAGE OF OR APPROXIMATELY EQUAL TO", 0x2253),
    ("INCREMENT", 0x2206),
    ("INDIAN RUPEE SIGN", 0x20B9),
    ("INFINITY", 0x221E),
    ("INFORMATION SOURCE", 0x2139),
    ("INHIBIT ARABIC FORM SHAPING", 0x206C),
    ("INHIBIT SYMMETRIC SWAPPING", 0x206A),
    ("INTEGRAL", 0x222B),
    ("INTERCALATE", 0x22BA),
    ("INTERLOCKED FEMALE AND MALE SIGN", 0x26A4),
    ("INTERROBANG", 0x203D),
    ("INTERSECTION", 0x2229),
    ("INVERSE BULLET", 0x25D8),
    ("INVERSE WHITE CIRCLE", 0x25D9),
    ("INVERTED EXCLAMATION MARK", 0xA1),
    ("INVERTED LAZY S", 0x223E),
    ("INVERTED OHM SIGN", 0x2127),
    ("INVERTED PENTAGRAM", 0x26E7),
    ("INVERTED QUESTION MARK", 0xBF),
    ("INVERTED UNDERTIE", 0x2054),
    ("INVISIBLE PLUS", 0x2064),
    ("INVISIBLE SEPARATOR", 0x2063),
    ("INVISIBLE TIMES", 0x2062),
    ("JAPANESE BANK SYMBOL", 0x26FB),
    ("JUNO", 0x26B5),
    ("JUPITER", 0x2643),
    ("KELVIN SIGN", 0x212A),
    ("KIP SIGN", 0x20AD),
    ("KISSING CAT FACE WITH CLOSED EYES", 0x1F63D),
    ("KISSING FACE", 0x1F617),
    ("KISSING FACE WITH CLOSED EYES", 0x1F61A),
    ("KISSING FACE WITH SMILING EYES", 0x1F619),
    ("L B BAR SYMBOL", 0x2114),
    ("LARGE CIRCLE", 0x25EF),
    ("LARI SIGN", 0x20BE),
    ("LAST QUARTER MOON", 0x263E),
    ("LATIN CAPITAL LETTER A", 0x41),
    ("LATIN CAPITAL LETTER A WITH ACUTE", 0xC1),
    ("LATIN CAPITAL LETTER A WITH BREVE", 0x102),
    ("LATIN CAPITAL LETTER A WITH CARON", 0x1CD),
    ("LATIN CAPITAL LETTER A WITH CIRCUMFLEX", 0xC2),
    ("LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4),
    ("LATIN CAPITAL LETTER A WITH DIAERESIS AND MACRON", 0x1DE),
    ("LATIN CAPITAL LETTER A WITH DOT ABOVE", 0x226),
    ("LATIN CAPITAL LETTER A WITH DOT ABOVE AND MACRON", 0x1E0),
    ("LATIN CAPITAL LETTER A WITH DOUBLE GRAVE", 0x200),
    ("LATIN CAPITAL LETTER A WITH GRAVE", 0xC0),
    ("LATIN CAPITAL LETTER A WITH INVERTED BREVE", 0x202),
    ("LATIN CAPITAL LETTER A WITH MACRON", 0x100),
    ("LATIN CAPITAL LETTER A WITH OGONEK", 0x104),
    ("LATIN CAPITAL LETTER A WITH RING ABOVE", 0xC5),
    ("LATIN CAPITAL LETTER A WITH RING ABOVE AND ACUTE", 0x1FA),
    ("LATIN CAPITAL LETTER A WITH STROKE", 0x23A),
    ("LATIN CAPITAL LETTER A WITH TILDE", 0xC3),
    ("LATIN CAPITAL LETTER AE", 0xC6),
    ("LATIN CAPITAL LETTER AE WITH ACUTE", 0x1FC),
    ("LATIN CAPITAL LETTER AE WITH MACRON", 0x1E2),
    ("LATIN CAPITAL LETTER AFRICAN D", 0x189),
    ("LATIN CAPITAL LETTER B", 0x42),
    ("LATIN CAPITAL LETTER B WITH HOOK", 0x181),
    ("LATIN CAPITAL LETTER B WITH STROKE", 0x243),
    ("LATIN CAPITAL LETTER B WITH TOPBAR", 0x182),
    ("LATIN CAPITAL LETTER C", 0x43),
    ("LATIN CAPITAL LETTER C WITH ACUTE", 0x106),
    ("LATIN CAPITAL LETTER C WITH CARON", 0x10C),
    ("LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7),
    ("LATIN CAPITAL LETTER C WITH CIRCUMFLEX", 0x108),
    ("LATIN CAPITAL LETTER C WITH DOT ABOVE", 0x10A),
    ("LATIN CAPITAL LETTER C WITH HOOK", 0x187),
    ("LATIN CAPITAL LETTER C WITH STROKE", 0x23B),
    ("LATIN CAPITAL LETTER D", 0x44),
    ("LATIN CAPITAL LETTER D WITH CARON", 0x10E),
    ("LATIN CAPITAL LETTER D WITH HOOK", 0x18A),
    ("LATIN CAPITAL LETTER D WITH SMALL LETTER Z", 0x1F2),
    ("LATIN CAPITAL LETTER D WITH SMALL LETTER Z WITH CARON", 0x1C5),
    ("LATIN CAPITAL LETTER D WITH STROKE", 0x110),
    ("LATIN CAPITAL LETTER D WITH TOPBAR", 0x18B),
    ("LATIN CAPITAL LETTER DZ", 0x1F1),
    ("LATIN CAPITAL LETTER DZ WITH CARON", 0x1C4),
    ("LATIN CAPITAL LETTER E", 0x45),
    ("LATIN CAPITAL LETTER E WITH ACUTE", 0xC9),
    ("LATIN CAPITAL LETTER E WITH BREVE", 0x114),
    ("LATIN CAPITAL LETTER E WITH CARON", 0x11A),
    ("LATIN CAPITAL LETTER E WITH CEDILLA", 0x228),
    ("LATIN CAPITAL LETTER E WITH CIRCUMFLEX", 0xCA),
    ("LATIN CAPITAL LETTER E WITH DIAERESIS", 0xCB),
    ("LATIN CAPITAL LETTER E WITH DOT ABOVE", 0x116),
    ("LATIN CAPITAL LETTER E WITH DOUBLE GRAVE", 0x204),
    ("LATIN CAPITAL LETTER E WITH GRAVE", 0xC8),
    ("LATIN CAPITAL LETTER E WITH INVERTED BREVE", 0x206),
    ("LATIN CAPITAL LETTER E WITH MACRON", 0x112),
    ("LATIN CAPITAL LETTER E WITH OGONEK", 0x118),
    ("LATIN CAPITAL LETTER E WITH STROKE", 0x246),
    ("LATIN CAPITAL LETTER ENG", 0x14A),
    ("LATIN CAPITAL LETTER ESH", 0x1A9),
    ("LATIN CAPITAL LETTER ETH", 0xD0),
    ("LATIN CAPITAL LETTER EZH", 0x1B7),
    ("LATIN CAPITAL LETTER EZH REVERSED", 0x1B8),
    ("LATIN CAPITAL LETTER EZH WITH CARON", 0x1EE),
    ("LATIN CAPITAL LETTER F", 0x46),
    ("LATIN CAPITAL LETTER F WITH HOOK", 0x191),
    ("LATIN CAPITAL LETTER G", 0x47),
    ("LATIN CAPITAL LETTER G WITH ACUTE", 0x1F4),
    ("LATIN CAPITAL LETTER G WITH BREVE", 0x11E),
    ("LATIN CAPITAL LETTER G WITH CARON", 0x1E6),
    ("LATIN CAPITAL LETTER G WITH CEDILLA", 0x122),
    ("LATIN CAPITAL LETTER G WITH CIRCUMFLEX", 0x11C),
    ("LATIN CAPITAL LETTER G WITH DOT ABOVE", 0x120),
    ("LATIN CAPITAL LETTER G WITH HOOK", 0x193),
    ("LATIN CAPITAL LETTER G WITH STROKE", 0x1E4),
    ("LATIN CAPITAL LETTER GAMMA", 0x194),
    ("LATIN CAPITAL LETTER GLOTTAL STOP", 0x241),
    ("LATIN CAPITAL LETTER H", 0x48),
    ("LATIN CAPITAL LETTER H WITH CARON", 0x21E),
    ("LATIN CAPITAL LETTER H WITH CIRCUMFLEX", 0x124),
    ("LATIN CAPITAL LETTER H WITH STROKE", 0x126),
    ("LATIN CAPITAL LETTER HWAIR", 0x1F6),
    ("LATIN CAPITAL LETTER I", 0x49),
    ("LATIN CAPITAL LETTER I WITH ACUTE", 0xCD),
    ("LATIN CAPITAL LETTER I WITH BREVE", 0x12C),
    ("LATIN CAPITAL LETTER I WITH CARON", 0x1CF),
    ("LATIN CAPITAL LETTER I WITH CIRCUMFLEX", 0xCE),
    ("LATIN CAPITAL LETTER I WITH DIAERESIS", 0xCF),
    ("LATIN CAPITAL LETTER I WITH DOT ABOVE", 0x130),
    ("LATIN CAPITAL LETTER I WITH DOUBLE GRAVE", 0x208),
    ("LATIN CAPITAL LETTER I WITH GRAVE", 0xCC),
    ("LATIN CAPITAL LETTER I WITH INVERTED BREVE", 0x20A),
    ("LATIN CAPITAL LETTER I WITH MACRON", 0x12A),
    ("LATIN CAPITAL LETTER I WITH OGONEK", 0x12E),
    ("LATIN CAPITAL LETTER I WITH STROKE", 0x197),
    ("LATIN CAPITAL LETTER I WITH TILDE", 0x128),
    ("LATIN CAPITAL LETTER IOTA", 0x196),
    ("LATIN CAPITAL LETTER J", 0x4A),
    ("LATIN CAPITAL LETTER J WITH CIRCUMFLEX", 0x134),
    ("LATIN CAPITAL LETTER J WITH STROKE", 0x248),
    ("LATIN CAPITAL LETTER K", 0x4B),
    ("LATIN CAPITAL LETTER K WITH CARON", 0x1E8),
    ("LATIN CAPITAL LETTER K WITH CEDILLA", 0x136),
    ("LATIN CAPITAL LETTER K WITH HOOK", 0x198),
    ("LATIN CAPITAL LETTER L", 0x4C),
    ("LATIN CAPITAL LETTER L WITH ACUTE", 0x139),
    ("LATIN CAPITAL LETTER L WITH BAR", 0x23D),
    ("LATIN CAPITAL LETTER L WITH CARON", 0x13D),
    ("LATIN CAPITAL LETTER L WITH CEDILLA", 0x13B),
    ("LATIN CAPITAL LETTER L WITH MIDDLE DOT", 0x13F),
    ("LATIN CAPITAL LETTER L WITH SMALL LETTER J", 0x1C8),
    ("LATIN CAPITAL LETTER L WITH STROKE", 0x141),
    ("LATIN CAPITAL LETTER LJ", 0x1C7),
    ("LATIN CAPITAL LETTER M", 0x4D),
    ("LATIN CAPITAL LETTER N", 0x4E),
    ("LATIN CAPITAL LETTER N WITH ACUTE", 0x143),
    ("LATIN CAPITAL LETTER N WITH CARON", 0x147),
    ("LATIN CAPITAL LETTER N WITH CEDILLA", 0x145),
    ("LATIN CAPITAL LETTER N WITH GRAVE", 0x1F8),
    ("LATIN CAPITAL LETTER N WITH LEFT HOOK", 0x19D),
    ("LATIN CAPITAL LETTER N WITH LONG RIGHT LEG", 0x220),
    ("LATIN CAPITAL LETTER N WITH SMALL LETTER J", 0x1CB),
    ("LATIN CAPITAL LETTER N WITH TILDE", 0xD1),
    ("LATIN CAPITAL LETTER NJ", 0x1CA),
    ("LATIN CAPITAL LETTER O", 0x4F),
    ("LATIN CAPITAL LETTER O WITH ACUTE", 0xD3),
    ("LATIN CAPITAL LETTER O WITH BREVE", 0x14E),
    ("LATIN CAPITAL LETTER O WITH CARON", 0x1D1),
    ("LATIN CAPITAL LETTER O WITH CIRCUMFLEX", 0xD4),
    ("LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6),
    ("LATIN CAPITAL LETTER O WITH DIAERESIS AND MACRON", 0x22A),
    ("LATIN CAPITAL LETTER O WITH DOT ABOVE", 0x22E),
    ("LATIN CAPITAL LETTER O WITH DOT ABOVE AND MACRON", 0x230),
    ("LATIN CAPITAL LETTER O WITH DOUBLE ACUTE", 0x150),
    ("LATIN CAPITAL LETTER O WITH DOUBLE GRAVE", 0x20C),
    ("LATIN CAPITAL LETTER O WITH GRAVE", 0xD2),
    ("LATIN CAPITAL LETTER O WITH HORN", 0x1A0),
    ("LATIN CAPITAL LETTER O WITH INVERTED BREVE", 0x20E),
    ("LATIN CAPITAL LETTER O WITH MACRON", 0x14C),
    ("LATIN CAPITAL LETTER O WITH MIDDLE TILDE", 0x19F),
    ("LATIN CAPITAL LETTER O WITH OGONEK", 0x1EA),
    ("LATIN CAPITAL LETTER O WITH OGONEK AND MACRON", 0x1EC),
    ("LATIN CAPITAL LETTER O WITH STROKE", 0xD8),
    ("LATIN CAPITAL LETTER O WITH STROKE AND ACUTE", 0x1FE),
    ("LATIN CAPITAL LETTER O WITH TILDE", 0xD5),
    ("LATIN CAPITAL LETTER O WITH TILDE AND MACRON", 0x22C),
    ("LATIN CAPITAL LETTER OI", 0x1A2),
    ("LATIN CAPITAL LETTER OPEN E", 0x190),
    ("LATIN CAPITAL LETTER OPEN O", 0x186),
    ("LATIN CAPITAL LETTER OU", 0x222),
    ("LATIN CAPITAL LETTER P", 0x50),
    ("LATIN CAPITAL LETTER P WITH HOOK", 0x1A4),
    ("LATIN CAPITAL LETTER Q", 0x51),
    ("LATIN CAPITAL LETTER R", 0x52),
    ("LATIN CAPITAL LETTER R WITH ACUTE", 0x154),
    ("LATIN CAPITAL LETTER R WITH CARON", 0x158),
    ("LATIN CAPITAL LETTER R WITH CEDILLA", 0x156),
    ("LATIN CAPITAL LETTER R WITH DOUBLE GRAVE", 0x210),
    ("LATIN CAPITAL LETTER R WITH INVERTED BREVE", 0x212),
    ("LATIN CAPITAL LETTER R WITH STROKE", 0x24C),
    ("LATIN CAPITAL LETTER REVERSED E", 0x18E),
    ("LATIN CAPITAL LETTER S", 0x53),
    ("LATIN CAPITAL LETTER S WITH ACUTE", 0x15A),
    ("LATIN CAPITAL LETTER S WITH CARON", 0x160),
    ("LATIN CAPITAL LETTER S WITH CEDILLA", 0x15E),
    ("LATIN CAPITAL LETTER S WITH CIRCUMFLEX", 0x15C),
    ("LATIN CAPITAL LETTER S WITH COMMA BELOW", 0x218),
    ("LATIN CAPITAL LETTER SCHWA", 0x18F),
    ("LATIN CAPITAL LETTER SMALL Q WITH HOOK TAIL", 0x24A),
    ("LATIN CAPITAL LETTER T", 0x54),
    ("LATIN CAPITAL LETTER T WITH CARON", 0x164),
    ("LATIN CAPITAL LETTER T WITH CEDILLA", 0x162),
    ("LATIN CAPITAL LETTER T WITH COMMA BELOW", 0x21A),
    ("LATIN CAPITAL LETTER T WITH DIAGONAL STROKE", 0x23E),
    ("LATIN CAPITAL LETTER T WITH HOOK", 0x1AC),
    ("LATIN CAPITAL LETTER T WITH RETROFLEX HOOK", 0x1AE),
    ("LATIN CAPITAL LETTER T WITH STROKE", 0x166),
    ("LATIN CAPITAL LETTER THORN", 0xDE),
    ("LATIN CAPITAL LETTER TONE FIVE", 0x1BC),
    ("LATIN CAPITAL LETTER TONE SIX", 0x184),
    ("LATIN CAPITAL LETTER TONE TWO", 0x1A7),
    ("LATIN CAPITAL LETTER TURNED M", 0x19C),
    ("LATIN CAPITAL LETTER TURNED V", 0x245),
    ("LATIN CAPITAL LETTER U", 0x55),
    ("LATIN CAPITAL LETTER U BAR", 0x244),
    ("LATIN CAPITAL LETTER U WITH ACUTE", 0xDA),
    ("LATIN CAPITAL LETTER U WITH BREVE", 0x16C),
    ("LATIN CAPITAL LETTER U WITH CARON", 0x1D3),
    ("LATIN CAPITAL LETTER U WITH CIRCUMFLEX", 0xDB),
    ("LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC),
    ("LATIN CAPITAL LETTER U WITH DIAERESIS AND ACUTE", 0x1D7),
    ("LATIN CAPITAL LETTER U WITH DIAERESIS AND CARON", 0x1D9),
    ("LATIN CAPITAL LETTER U WITH DIAERESIS AND GRAVE", 0x1DB),
    ("LATIN CAPITAL LETTER U WITH DIAERESIS AND MACRON", 0x1D5),
    ("LATIN CAPITAL LETTER U WITH DOUBLE ACUTE", 0x170),
    ("LATIN CAPITAL LETTER U WITH DOUBLE GRAVE", 0x214),
    ("LATIN CAPITAL LETTER U WITH GRAVE", 0xD9),
    ("LATIN CAPITAL LETTER U WITH HORN", 0x1AF),
    ("LATIN CAPITAL LETTER U WITH INVERTED BREVE", 0x216),
    ("LATIN CAPITAL LETTER U WITH MACRON", 0x16A),
    ("LATIN CAPITAL LETTER U WITH OGONEK", 0x172),
    ("LATIN CAPITAL LETTER U WITH RING ABOVE", 0x16E),
    ("LATIN CAPITAL LETTER U WITH TILDE", 0x168),
    ("LATIN CAPITAL LETTER UPSILON", 0x1B1),
    ("LATIN CAPITAL LETTER V", 0x56),
    ("LATIN CAPITAL LETTER V WITH HOOK", 0x1B2),
    ("LATIN CAPITAL LETTER W", 0x57),
    ("LATIN CAPITAL LETTER W WITH CIRCUMFLEX", 0x174),
    ("LATIN CAPITAL LETTER WYNN", 0x1F7),
    ("LATIN CAPITAL LETTER X", 0x58),
    ("LATIN CAPITAL LETTER Y", 0x59),
    ("LATIN CAPITAL LETTER Y WITH ACUTE", 0xDD),
    ("LATIN CAPITAL LETTER Y WITH CIRCUMFLEX", 0x176),
    ("LATIN CAPITAL LETTER Y WITH DIAERESIS", 0x178),
    ("LATIN CAPITAL LETTER Y WITH HOOK", 0x1B3),
    ("LATIN CAPITAL LETTER Y WITH MACRON", 0x232),
    ("LATIN CAPITAL LETTER Y WITH STROKE", 0x24E),
    ("LATIN CAPITAL LETTER YOGH", 0x21C),
    ("LATIN CAPITAL LETTER Z", 0x5A),
    ("LATIN CAPITAL LETTER Z WITH ACUTE", 0x179),
    ("LATIN CAPITAL LETTER Z WITH CARON", 0x17D),
    ("LATIN CAPITAL LETTER Z WITH DOT ABOVE", 0x17B),
    ("LATIN CAPITAL LETTER Z WITH HOOK", 0x224),
    ("LATIN CAPITAL LETTER Z WITH STROKE", 0x1B5),
    ("LATIN CAPITAL LIGATURE IJ", 0x132),
    ("LATIN CAPITAL LIGATURE OE", 0x152),
    ("LATIN CROSS", 0x271D),
    ("LATIN LETTER ALVEOLAR CLICK", 0x1C2),
    ("LATIN LETTER DENTAL CLICK", 0x1C0),
    ("LATIN LETTER INVERTED GLOTTAL STOP WITH STROKE", 0x1BE),
    ("LATIN LETTER LATERAL CLICK", 0x1C1),
    ("LATIN LETTER RETROFLEX CLICK", 0x1C3),
    ("LATIN LETTER REVERSED ESH LOOP", 0x1AA),
    ("LATIN LETTER TWO WITH STROKE", 0x1BB),
    ("LATIN LETTER WYNN", 0x1BF),
    ("LATIN LETTER YR", 0x1A6),
    ("LATIN SMALL LETTER A", 0x61),
    ("LATIN SMALL LETTER A WITH ACUTE", 0xE1),
    ("LATIN SMALL LETTER A WITH BREVE", 0x103),
    ("LATIN SMALL LETTER A WITH CARON", 0x1CE),
    ("LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xE2),
    ("LATIN SMALL LETTER A WITH DIAERESIS", 0xE4),
    ("LATIN SMALL LETTER A WITH DIAERESIS AND MACRON", 0x1DF),
    ("LATIN SMALL LETTER A WITH DOT ABOVE", 0x227),
    ("LATIN SMALL LETTER A WITH DOT ABOVE AND MACRON", 0x1E1),
    ("LATIN SMALL LETTER A WITH DOUBLE GRAVE", 0x201),
    ("LATIN SMALL LETTER A WITH GRAVE", 0xE0),
    ("LATIN SMALL LETTER A WITH INVERTED BREVE", 0x203),
    ("LATIN SMALL LETTER A WITH MACRON", 0x101),
    ("LATIN SMALL LETTER A WITH OGONEK", 0x105),
    ("LATIN SMALL LETTER A WITH RING ABOVE", 0xE5),
    ("LATIN SMALL LETTER A WITH RING ABOVE AND ACUTE", 0x1FB),
    ("LATIN SMALL LETTER A WITH TILDE", 0xE3),
    ("LATIN SMALL LETTER AE", 0xE6),
    ("LATIN SMALL LETTER AE WITH ACUTE", 0x1FD),
    ("LATIN SMALL LETTER AE WITH MACRON", 0x1E3),
    ("LATIN SMALL LETTER B", 0x62),
    ("LATIN SMALL LETTER B WITH STROKE", 0x180),
    ("LATIN SMALL LETTER B WITH TOPBAR", 0x183),
    ("LATIN SMALL LETTER C", 0x63),
    ("LATIN SMALL LETTER C WITH ACUTE", 0x107),
    ("LATIN SMALL LETTER C WITH CARON", 0x10D),
    ("LATIN SMALL LETTER C WITH CEDILLA", 0xE7),
    ("LATIN SMALL LETTER C WITH CIRCUMFLEX", 0x109),
    ("LATIN SMALL LETTER C WITH DOT ABOVE", 0x10B),
    ("LATIN SMALL LETTER C WITH HOOK", 0x188),
    ("LATIN SMALL LETTER C WITH STROKE", 0x23C),
    ("LATIN SMALL LETTER D", 0x64),
    ("LATIN SMALL LETTER D WITH CARON", 0x10F),
    ("LATIN SMALL LETTER D WITH CURL", 0x221),
    ("LATIN SMALL LETTER D WITH STROKE", 0x111),
    ("LATIN SMALL LETTER D WITH TOPBAR", 0x18C),
    ("LATIN SMALL LETTER DB DIGRAPH", 0x238),
    ("LATIN SMALL LETTER DOTLESS I", 0x131),
    ("LATIN SMALL LETTER DOTLESS J", 0x237),
    ("LATIN SMALL LETTER DZ", 0x1F3),
    ("LATIN SMALL LETTER DZ WITH CARON", 0x1C6),
    ("LATIN SMALL LETTER E", 0x65),
    ("LATIN SMALL LETTER E WITH ACUTE", 0xE9),
    ("LATIN SMALL LETTER E WITH BREVE", 0x115),
    ("LATIN SMALL LETTER E WITH CARON", 0x11B),
    ("LATIN SMALL LETTER E WITH CEDILLA", 0x229),
    ("LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA),
    ("LATIN SMALL LETTER E WITH DIAERESIS", 0xEB),
    ("LATIN SMALL LETTER E WITH DOT ABOVE", 0x117),
    ("LATIN SMALL LETTER E WITH DOUBLE GRAVE", 0x205),
    ("LATIN SMALL LETTER E WITH GRAVE", 0xE8),
    ("LATIN SMALL LETTER E WITH INVERTED BREVE", 0x207),
    ("LATIN SMALL LETTER E WITH MACRON", 0x113),
    ("LATIN SMALL LETTER E WITH OGONEK", 0x119),
    ("LATIN SMALL LETTER E WITH STROKE", 0x247),
    ("LATIN SMALL LETTER ENG", 0x14B),
    ("LATIN SMALL LETTER ETH", 0xF0),
    ("LATIN SMALL LETTER EZH REVERSED", 0x1B9),
    ("LATIN SMALL LETTER EZH WITH CARON", 0x1EF),
    ("LATIN SMALL LETTER EZH WITH TAIL", 0x1BA),
    ("LATIN SMALL LETTER F", 0x66),
    ("LATIN SMALL LETTER F WITH HOOK", 0x192),
    ("LATIN SMALL LETTER G", 0x67),
    ("LATIN SMALL LETTER G WITH ACUTE", 0x1F5),
    ("LATIN SMALL LETTER G WITH BREVE", 0x11F),
    ("LATIN SMALL LETTER G WITH CARON", 0x1E7),
    ("LATIN SMALL LETTER G WITH CEDILLA", 0x123),
    ("LATIN SMALL LETTER G WITH CIRCUMFLEX", 0x11D),
    ("LATIN SMALL LETTER G WITH DOT ABOVE", 0x121),
    ("LATIN SMALL LETTER G WITH STROKE", 0x1E5),
    ("LATIN SMALL LETTER GLOTTAL STOP", 0x242),
    ("LATIN SMALL LETTER H", 0x68),
    ("LATIN SMALL LETTER H WITH CARON", 0x21F),
    ("LATIN SMALL LETTER H WITH CIRCUMFLEX", 0x125),
    ("LATIN SMALL LETTER H WITH STROKE", 0x127),
    ("LATIN SMALL LETTER HV", 0x195),
    ("LATIN SMALL LETTER I", 0x69),
    ("LATIN SMALL LETTER I WITH ACUTE", 0xED),
    ("LATIN SMALL LETTER I WITH BREVE", 0x12D),
    ("LATIN SMALL LETTER I WITH CARON", 0x1D0),
    ("LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xEE),
    ("LATIN SMALL LETTER I WITH DIAERESIS", 0xEF),
    ("LATIN SMALL LETTER I WITH DOUBLE GRAVE", 0x209),
    ("LATIN SMALL LETTER I WITH GRAVE", 0xEC),
    ("LATIN SMALL LETTER I WITH INVERTED BREVE", 0x20B),
    ("LATIN SMALL LETTER I WITH MACRON", 0x12B),
    ("LATIN SMALL LETTER I WITH OGONEK", 0x12F),
    ("LATIN SMALL LETTER I WITH TILDE", 0x129),
    ("LATIN SMALL LETTER J", 0x6A),
    ("LATIN SMALL LETTER J WITH CARON", 0x1F0),
    ("LATIN SMALL LETTER J WITH CIRCUMFLEX", 0x135),
    ("LATIN SMALL LETTER J WITH STROKE", 0x249),
    ("LATIN SMALL LETTER K", 0x6B),
    ("LATIN SMALL LETTER K WITH CARON", 0x1E9),
    ("LATIN SMALL LETTER K WITH CEDILLA", 0x137),
    ("LATIN SMALL LETTER K WITH HOOK", 0x199),
    ("LATIN SMALL LETTER KRA", 0x138),
    ("LATIN SMALL LETTER L", 0x6C),
    ("LATIN SMALL LETTER L WITH ACUTE", 0x13A),
    ("LATIN SMALL LETTER L WITH BAR", 0x19A),
    ("LATIN SMALL LETTER L WITH CARON", 0x13E),
    ("LATIN SMALL LETTER L WITH CEDILLA", 0x13C),
    ("LATIN SMALL LETTER L WITH CURL", 0x234),
    ("LATIN SMALL LETTER L WITH MIDDLE DOT", 0x140),
    ("LATIN SMALL LETTER L WITH STROKE", 0x142),
    ("LATIN SMALL LETTER LAMBDA WITH STROKE", 0x19B),
    ("LATIN SMALL LETTER LJ", 0x1C9),
    ("LATIN SMALL LETTER LONG S", 0x17F),
    ("LATIN SMALL LETTER M", 0x6D),
    ("LATIN SMALL LETTER N", 0x6E),
    ("LATIN SMALL LETTER N PRECEDED BY APOSTROPHE", 0x149),
    ("LATIN SMALL LETTER N WITH ACUTE", 0x144),
    ("LATIN SMALL LETTER N WITH CARON", 0x148),
    ("LATIN SMALL LETTER N WITH CEDILLA", 0x146),
    ("LATIN SMALL LETTER N WITH CURL", 0x235),
    ("LATIN SMALL LETTER N WITH GRAVE", 0x1F9),
    ("LATIN SMALL LETTER N WITH LONG RIGHT LEG", 0x19E),
    ("LATIN SMALL LETTER N WITH TILDE", 0xF1),
    ("LATIN SMALL LETTER NJ", 0x1CC),
    ("LATIN SMALL LETTER O", 0x6F),
    ("LATIN SMALL LETTER O WITH ACUTE", 0xF3),
    ("LATIN SMALL LETTER O WITH BREVE", 0x14F),
    ("LATIN SMALL LETTER O WITH CARON", 0x1D2),
    ("LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xF4),
    ("LATIN SMALL LETTER O WITH DIAERESIS", 0xF6),
    ("LATIN SMALL LETTER O WITH DIAERESIS AND MACRON", 0x22B),
    ("LATIN SMALL LETTER O WITH DOT ABOVE", 0x22F),
    ("LATIN SMALL LETTER O WITH DOT ABOVE AND MACRON", 0x231),
    ("LATIN SMALL LETTER O WITH DOUBLE ACUTE", 0x151),
    ("LATIN SMALL LETTER O WITH DOUBLE GRAVE", 0x20D),
    ("LATIN SMALL LETTER O WITH GRAVE", 0xF2),
    ("LATIN SMALL LETTER O WITH HORN", 0x1A1),
    ("LATIN SMALL LETTER O WITH INVERTED BREVE", 0x20F),
    ("LATIN SMALL LETTER O WITH MACRON", 0x14D),
    ("LATIN SMALL LETTER O WITH OGONEK", 0x1EB),
    ("LATIN SMALL LETTER O WITH OGONEK AND MACRON", 0x1ED),
    ("LATIN SMALL LETTER O WITH STROKE", 0xF8),
    ("LATIN SMALL LETTER O WITH STROKE AND ACUTE", 0x1FF),
    ("LATIN SMALL LETTER O WITH TILDE", 0xF5),
    ("LATIN SMALL LETTER O WITH TILDE AND MACRON", 0x22D),
    ("LATIN SMALL LETTER OI", 0x1A3),
    ("LATIN SMALL LETTER OU", 0x223),
    ("LATIN SMALL LETTER P", 0x70),
    ("LATIN SMALL LETTER P WITH HOOK", 0x1A5),
    ("LATIN SMALL LETTER Q", 0x71),
    ("LATIN SMALL LETTER Q WITH HOOK TAIL", 0x24B),
    ("LATIN SMALL LETTER QP DIGRAPH", 0x239),
    ("LATIN SMALL LETTER R", 0x72),
    ("LATIN SMALL LETTER R WITH ACUTE", 0x155),
    ("LATIN SMALL LETTER R WITH CARON", 0x159),
    ("LATIN SMALL LETTER R WITH CEDILLA", 0x157),
    ("LATIN SMALL LETTER R WITH DOUBLE GRAVE", 0x211),
    ("LATIN SMALL LETTER R WITH INVERTED BREVE", 0x213),
    ("LATIN SMALL LETTER R WITH STROKE", 0x24D),
    ("LATIN SMALL LETTER S", 0x73),
    ("LATIN SMALL LETTER S WITH ACUTE", 0x15B),
    ("LATIN SMALL LETTER S WITH CARON", 0x161),
    ("LATIN SMALL LETTER S WITH CEDILLA", 0x15F),
    ("LATIN SMALL LETTER S WITH CIRCUMFLEX", 0x15D),
    ("LATIN SMALL LETTER S WITH COMMA BELOW", 0x219),
    ("LATIN SMALL LETTER S WITH SWASH TAIL", 0x23F),
    ("LATIN SMALL LETTER SHARP S", 0xDF),
    ("LATIN SMALL LETTER T", 0x74),
    ("LATIN SMALL LETTER T WITH CARON", 0x165),
    ("LATIN SMALL LETTER T WITH CEDILLA", 0x163),
    ("LATIN SMALL LETTER T WITH COMMA BELOW", 0x21B),
    ("LATIN SMALL LETTER T WITH CURL", 0x236),
    ("LATIN SMALL LETTER T WITH HOOK", 0x1AD),
    ("LATIN SMALL LETTER T WITH PALATAL HOOK", 0x1AB),
    ("LATIN SMALL LETTER T WITH STROKE", 0x167),
    ("LATIN SMALL LETTER THORN", 0xFE),
    ("LATIN SMALL LETTER TONE FIVE", 0x1BD),
    ("LATIN SMALL LETTER TONE SIX", 0x185),
    ("LATIN SMALL LETTER TONE TWO", 0x1A8),
    ("LATIN SMALL LETTER TURNED DELTA", 0x18D),
    ("LATIN SMALL LETTER TURNED E", 0x1DD),
    ("LATIN SMALL LETTER U", 0x75),
    ("LATIN SMALL LETTER U WITH ACUTE", 0xFA),
    ("LATIN SMALL LETTER U WITH BREVE", 0x16D),
    ("LATIN SMALL LETTER U WITH CARON", 0x1D4),
    ("LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xFB),
    ("LATIN SMALL LETTER U WITH DIAERESIS", 0xFC),
    ("LATIN SMALL LETTER U WITH DIAERESIS AND ACUTE", 0x1D8),
    ("LATIN SMALL LETTER U WITH DIAERESIS AND CARON", 0x1DA),
    ("LATIN SMALL LETTER U WITH DIAERESIS AND GRAVE", 0x1DC),
    ("LATIN SMALL LETTER U WITH DIAERESIS AND MACRON", 0x1D6),
    ("LATIN SMALL LETTER U WITH DOUBLE ACUTE", 0x171),
    ("LATIN SMALL LETTER U WITH DOUBLE GRAVE", 0x215),
    ("LATIN SMALL LETTER U WITH GRAVE", 0xF9),
    ("LATIN SMALL LETTER U WITH HORN", 0x1B0),
    ("LATIN SMALL LETTER U WITH INVERTED BREVE", 0x217),
    ("LATIN SMALL LETTER U WITH MACRON", 0x16B),
    ("LATIN SMALL LETTER U WITH OGONEK", 0x173),
    ("LATIN SMALL LETTER U WITH RING ABOVE", 0x16F),
    ("LATIN SMALL LETTER U WITH TILDE", 0x169),
    ("LATIN SMALL LETTER V", 0x76),
    ("LATIN SMALL LETTER W", 0x77),
    ("LATIN SMALL LETTER W WITH CIRCUMFLEX", 0x175),
    ("LATIN SMALL LETTER X", 0x78),
    ("LATIN SMALL LETTER Y", 0x79),
    ("LATIN SMALL LETTER Y WITH ACUTE", 0xFD),
    ("LATIN SMALL LETTER Y WITH CIRCUMFLEX", 0x177),
    ("LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF),
    ("LATIN SMALL LETTER Y WITH HOOK", 0x1B4),
    ("LATIN SMALL LETTER Y WITH MACRON", 0x233),
    ("LATIN SMALL LETTER Y WITH STROKE", 0x24F),
    ("LATIN SMALL LETTER YOGH", 0x21D),
    ("LATIN SMALL LETTER Z", 0x7A),
    ("LATIN SMALL LETTER Z WITH ACUTE", 0x17A),
    ("LATIN SMALL LETTER Z WITH CARON", 0x17E),
    ("LATIN SMALL LETTER Z WITH DOT ABOVE", 0x17C),
    ("LATIN SMALL LETTER Z WITH HOOK", 0x225),
    ("LATIN SMALL LETTER Z WITH STROKE", 0x1B6),
    ("LATIN SMALL LETTER Z WITH SWASH TAIL", 0x240),
    ("LATIN SMALL LIGATURE IJ", 0x133),
    ("LATIN SMALL LIGATURE OE", 0x153),
    ("LEFT CLOSED ENTRY", 0x26DC),
    ("LEFT CURLY BRACKET", 0x7B),
    ("LEFT DOUBLE QUOTATION MARK", 0x201C),
    ("LEFT HALF BLACK CIRCLE", 0x25D6),
    ("LEFT NORMAL FACTOR SEMIDIRECT PRODUCT", 0x22C9),
    ("LEFT PARENTHESIS", 0x28),
    ("LEFT RIGHT ARROW", 0x2194),
    ("LEFT RIGHT ARROW WITH DOUBLE VERTICAL STROKE", 0x21FC),
    ("LEFT RIGHT ARROW WITH STROKE", 0x21AE),
    ("LEFT RIGHT ARROW WITH VERTICAL STROKE", 0x21F9),
    ("LEFT RIGHT DOUBLE ARROW", 0x21D4),
    ("LEFT RIGHT DOUBLE ARROW WITH STROKE", 0x21CE),
    ("LEFT RIGHT OPEN-HEADED ARROW", 0x21FF),
    ("LEFT RIGHT WAVE ARROW", 0x21AD),
    ("LEFT SEMIDIRECT PRODUCT", 0x22CB),
    ("LEFT SINGLE QUOTATION MARK", 0x2018),
    ("LEFT SQUARE BRACKET", 0x5B),
    ("LEFT SQUARE BRACKET WITH QUILL", 0x2045),
    ("LEFT TACK", 0x22A3),
    ("LEFT-HANDED INTERLACED PENTAGRAM", 0x26E6),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB),
    ("LEFT-SHADED WHITE RIGHTWARDS ARROW", 0x27AA),
    ("LEFT-TO-RIGHT EMBEDDING", 0x202A),
    ("LEFT-TO-RIGHT ISOLATE", 0x2066),
    ("LEFT-TO-RIGHT MARK", 0x200E),
    ("LEFT-TO-RIGHT OVERRIDE", 0x202D),
    ("LEFTWARDS ARROW", 0x2190),
    ("LEFTWARDS ARROW FROM BAR", 0x21A4),
    ("LEFTWARDS ARROW OVER RIGHTWARDS ARROW", 0x21C6),
    ("LEFTWARDS ARROW TO BAR", 0x21E4),
    ("LEFTWARDS ARROW TO BAR OVER RIGHTWARDS ARROW TO BAR", 0x21B9),
    ("LEFTWARDS ARROW WITH DOUBLE VERTICAL STROKE", 0x21FA),
    ("LEFTWARDS ARROW WITH HOOK", 0x21A9),
    ("LEFTWARDS ARROW WITH LOOP", 0x21AB),
    ("LEFTWARDS ARROW WITH STROKE", 0x219A),
    ("LEFTWARDS ARROW WITH TAIL", 0x21A2),
    ("LEFTWARDS ARROW WITH VERTICAL STROKE", 0x21F7),
    ("LEFTWARDS DASHED ARROW", 0x21E0),
    ("LEFTWARDS DOUBLE ARROW", 0x21D0),
    ("LEFTWARDS DOUBLE ARROW WITH STROKE", 0x21CD),
    ("LEFTWARDS HARPOON OVER RIGHTWARDS HARPOON", 0x21CB),
    ("LEFTWARDS HARPOON WITH BARB DOWNWARDS", 0x21BD),
    ("LEFTWARDS HARPOON WITH BARB UPWARDS", 0x21BC),
    ("LEFTWARDS OPEN-HEADED ARROW", 0x21FD),
    ("LEFTWARDS PAIRED ARROWS", 0x21C7),
    ("LEFTWARDS SQUIGGLE ARROW", 0x21DC),
    ("LEFTWARDS TRIPLE ARROW", 0x21DA),
    ("LEFTWARDS TWO HEADED ARROW", 0x219E),
    ("LEFTWARDS WAVE ARROW", 0x219C),
    ("LEFTWARDS WHITE ARROW", 0x21E6),
    ("LEO", 0x264C),
    ("LESS-THAN BUT NOT EQUAL TO", 0x2268),
    ("LESS-THAN BUT NOT EQUIVALENT TO", 0x22E6),
    ("LESS-THAN EQUAL TO OR GREATER-THAN", 0x22DA),
    ("LESS-THAN OR EQUAL TO", 0x2264),
    ("LESS-THAN OR EQUIVALENT TO", 0x2272),
    ("LESS-THAN OR GREATER-THAN", 0x2276),
    ("LESS-THAN OVER EQUAL TO", 0x2266),
    ("LESS-THAN SIGN", 0x3C),
    ("LESS-THAN WITH DOT", 0x22D6),
    ("LF", 0xA),
    ("LIBRA", 0x264E),
    ("LIGHT LEFT TORTOISE SHELL BRACKET ORNAMENT", 0x2772),
    ("LIGHT RIGHT TORTOISE SHELL BRACKET ORNAMENT", 0x2773),
    ("LIGHT VERTICAL BAR", 0x2758),
    ("LIGHTNING", 0x2607),
    ("LINE FEED", 0xA),
    ("LINE SEPARATOR", 0x2028),
    ("LINE TABULATION", 0xB),
    ("LIRA SIGN", 0x20A4),
    ("LIVRE TOURNOIS SIGN", 0x20B6),
    ("LOGICAL AND", 0x2227),
    ("LOGICAL OR", 0x2228),
    ("LOUDLY CRYING FACE", 0x1F62D),
    ("LOW ASTERISK", 0x204E),
    ("LOW LINE", 0x5F),
    ("LOWER BLADE SCISSORS", 0x2703),
    ("LOWER HALF CIRCLE", 0x25E1),
    ("LOWER HALF INVERSE WHITE CIRCLE", 0x25DB),
    ("LOWER LEFT QUADRANT CIRCULAR ARC", 0x25DF),
    ("LOWER LEFT TRIANGLE", 0x25FA),
    ("LOWER RIGHT DROP-SHADOWED WHITE SQUARE", 0x274F),
    ("LOWER RIGHT PENCIL", 0x270E),
    ("LOWER RIGHT QUADRANT CIRCULAR ARC", 0x25DE),
    ("LOWER RIGHT SHADOWED WHITE SQUARE", 0x2751),
    ("LOWER RIGHT TRIANGLE", 0x25FF),
    ("LOZENGE", 0x25CA),
    ("MACRON", 0xAF),
    ("MALE AND FEMALE SIGN", 0x26A5),
    ("MALE SIGN", 0x2642),
    ("MALE WITH STROKE AND MALE AND FEMALE SIGN", 0x26A7),
    ("MALE WITH STROKE SIGN", 0x26A6),
    ("MALTESE CROSS", 0x2720),
    ("MANAT SIGN", 0x20BC),
    ("MAP SYMBOL FOR LIGHTHOUSE", 0x26EF),
    ("MARRIAGE SYMBOL", 0x26AD),
    ("MASCULINE ORDINAL INDICATOR", 0xBA),
    ("MEASURED ANGLE", 0x2221),
    ("MEASURED BY", 0x225E),
    ("MEDIUM BLACK CIRCLE", 0x26AB),
    ("MEDIUM FLATTENED LEFT PARENTHESIS ORNAMENT", 0x276A),
    ("MEDIUM FLATTENED RIGHT PARENTHESIS ORNAMENT", 0x276B),
    ("MEDIUM LEFT CURLY BRACKET ORNAMENT", 0x2774),
    ("MEDIUM LEFT PARENTHESIS ORNAMENT", 0x2768),
    ("MEDIUM LEFT-POINTING ANGLE BRACKET ORNAMENT", 0x276C),
    ("MEDIUM MATHEMATICAL SPACE", 0x205F),
    ("MEDIUM RIGHT CURLY BRACKET ORNAMENT", 0x2775),
    ("MEDIUM RIGHT PARENTHESIS ORNAMENT", 0x2769),
    ("MEDIUM RIGHT-POINTING ANGLE BRACKET ORNAMENT", 0x276D),
    ("MEDIUM SMALL WHITE CIRCLE", 0x26AC),
    ("MEDIUM VERTICAL BAR", 0x2759),
    ("MEDIUM WHITE CIRCLE", 0x26AA),
    ("MERCURY", 0x263F),
    ("MICRO SIGN", 0xB5),
    ("MIDDLE DOT", 0xB7),
    ("MIDLINE HORIZONTAL ELLIPSIS", 0x22EF),
    ("MILL SIGN", 0x20A5),
    ("MINUS SIGN", 0x2212),
    ("MINUS TILDE", 0x2242),
    ("MINUS-OR-PLUS SIGN", 0x2213),
    ("MODELS", 0x22A7),
    ("MONOGRAM FOR YANG", 0x268A),
    ("MONOGRAM FOR YIN", 0x268B),
    ("MOUNTAIN", 0x26F0),
    ("MUCH GREATER-THAN", 0x226B),
    ("MUCH LESS-THAN", 0x226A),
    ("MULTIMAP", 0x22B8),
    ("MULTIPLICATION SIGN", 0xD7),
    ("MULTIPLICATION X", 0x2715),
    ("MULTISET", 0x228C),
    ("MULTISET MULTIPLICATION", 0x228D),
    ("MULTISET UNION", 0x228E),
    ("MUSIC FLAT SIGN", 0x266D),
    ("MUSIC NATURAL SIGN", 0x266E),
    ("MUSIC SHARP SIGN", 0x266F),
    ("N-ARY COPRODUCT", 0x2210),
    ("N-ARY INTERSECTION", 0x22C2),
    ("N-ARY LOGICAL AND", 0x22C0),
    ("N-ARY LOGICAL OR", 0x22C1),
    ("N-ARY PRODUCT", 0x220F),
    ("N-ARY SUMMATION", 0x2211),
    ("N-ARY UNION", 0x22C3),
    ("NABLA", 0x2207),
    ("NAIRA SIGN", 0x20A6),
    ("NAND", 0x22BC),
    ("NARROW NO-BREAK SPACE", 0x202F),
    ("NATIONAL DIGIT SHAPES", 0x206E),
    ("NBSP", 0xA0),
    ("NEGATED DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE", 0x22AF),
    ("NEGATIVE SQUARED CROSS MARK", 0x274E),
    ("NEITHER A SUBSET OF NOR EQUAL TO", 0x2288),
    ("NEITHER A SUPERSET OF NOR EQUAL TO", 0x2289),
    ("NEITHER APPROXIMATELY NOR ACTUALLY EQUAL TO", 0x2247),
    ("NEITHER GREATER-THAN NOR EQUAL TO", 0x2271),
    ("NEITHER GREATER-THAN NOR EQUIVALENT TO", 0x2275),
    ("NEITHER GREATER-THAN NOR LESS-THAN", 0x2279),
    ("NEITHER LESS-THAN NOR EQUAL TO", 0x2270),
    ("NEITHER LESS-THAN NOR EQUIVALENT TO", 0x2274),
    ("NEITHER LESS-THAN NOR GREATER-THAN", 0x2278),
    ("NEPTUNE", 0x2646),
    ("NEUTER", 0x26B2),
    ("NEUTRAL FACE", 0x1F610),
    ("NEW LINE", 0xA),
    ("NEW SHEQEL SIGN", 0x20AA),
    ("NO ENTRY", 0x26D4),
    ("NO-BREAK SPACE", 0xA0),
    ("NOMINAL DIGIT SHAPES", 0x206F),
    ("NON-BREAKING HYPHEN", 0x2011),
    ("NOR", 0x22BD),
    ("NORDIC MARK SIGN", 0x20BB),
    ("NORMAL SUBGROUP OF", 0x22B2),
    ("NORMAL SUBGROUP OF OR EQUAL TO", 0x22B4),
    ("NORTH EAST ARROW", 0x2197),
    ("NORTH EAST DOUBLE ARROW", 0x21D7),
    ("NORTH WEST ARROW", 0x2196),
    ("NORTH WEST ARROW TO CORNER", 0x21F1),
    ("NORTH WEST ARROW TO LONG BAR", 0x21B8),
    ("NORTH WEST DOUBLE ARROW", 0x21D6),
    ("NOT A SUBSET OF", 0x2284),
    ("NOT A SUPERSET OF", 0x2285),
    ("NOT ALMOST EQUAL TO", 0x2249),
    ("NOT AN ELEMENT OF", 0x2209),
    ("NOT ASYMPTOTICALLY EQUAL TO", 0x2244),
    ("NOT EQUAL TO", 0x2260),
    ("NOT EQUIVALENT TO", 0x226D),
    ("NOT GREATER-THAN", 0x226F),
    ("NOT IDENTICAL TO", 0x2262),
    ("NOT LESS-THAN", 0x226E),
    ("NOT NORMAL SUBGROUP OF", 0x22EA),
    ("NOT NORMAL SUBGROUP OF OR EQUAL TO", 0x22EC),
    ("NOT PARALLEL TO", 0x2226),
    ("NOT SIGN", 0xAC),
    ("NOT SQUARE IMAGE OF OR EQUAL TO", 0x22E2),
    ("NOT SQUARE ORIGINAL OF OR EQUAL TO", 0x22E3),
    ("NOT TILDE", 0x2241),
    ("NOT TRUE", 0x22AD),
    ("NOTCHED LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW", 0x27AF),
    ("NOTCHED UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW", 0x27B1),
    ("NUL", 0x0),
    ("NULL", 0x0),
    ("NUMBER SIGN", 0x23),
    ("NUMERO SIGN", 0x2116),
    ("OBJECT REPLACEMENT CHARACTER", 0xFFFC),
    ("OHM SIGN", 0x2126),
    ("ONE DOT LEADER", 0x2024),
    ("OPEN CENTRE ASTERISK", 0x2732),
    ("OPEN CENTRE BLACK STAR", 0x272B),
    ("OPEN CENTRE CROSS", 0x271B),
    ("OPEN CENTRE TEARDROP-SPOKED ASTERISK", 0x273C),
    ("OPEN-OUTLINED RIGHTWARDS ARROW", 0x27BE),
    ("OPHIUCHUS", 0x26CE),
    ("OPPOSITION", 0x260D),
    ("ORIGINAL OF", 0x22B6),
    ("ORTHODOX CROSS", 0x2626),
    ("OUNCE SIGN", 0x2125),
    ("OUTLINED BLACK STAR", 0x272D),
    ("OUTLINED GREEK CROSS", 0x2719),
    ("OUTLINED LATIN CROSS", 0x271F),
    ("OUTLINED WHITE STAR", 0x269D),
    ("OVERLINE", 0x203E),
    ("PALLAS", 0x26B4),
    ("PARAGRAPH SEPARATOR", 0x2029),
    ("PARALLEL TO", 0x2225),
    ("PARTIAL DIFFERENTIAL", 0x2202),
    ("PARTIALLY-RECYCLED PAPER SYMBOL", 0x267D),
    ("PEACE SYMBOL", 0x262E),
    ("PENCIL", 0x270F),
    ("PENSIVE FACE", 0x1F614),
    ("PENTAGRAM", 0x26E4),
    ("PER MILLE SIGN", 0x2030),
    ("PER SIGN", 0x214C),
    ("PER TEN THOUSAND SIGN", 0x2031),
    ("PERCENT SIGN", 0x25),
    ("PERMANENT PAPER SIGN", 0x267E),
    ("PERSEVERING FACE", 0x1F623),
    ("PERSON BOWING DEEPLY", 0x1F647),
    ("PERSON FROWNING", 0x1F64D),
    ("PERSON RAISING BOTH HANDS IN CELEBRATION", 0x1F64C),
    ("PERSON WITH BALL", 0x26F9),
    ("PERSON WITH FOLDED HANDS", 0x1F64F),
    ("PERSON WITH POUTING FACE", 0x1F64E),
    ("PESETA SIGN", 0x20A7),
    ("PESO SIGN", 0x20B1),
    ("PICK", 0x26CF),
    ("PILCROW SIGN", 0xB6),
    ("PINWHEEL STAR", 0x272F),
    ("PISCES", 0x2653),
    ("PITCHFORK", 0x22D4),
    ("PLANCK CONSTANT", 0x210E),
    ("PLANCK CONSTANT OVER TWO PI", 0x210F),
    ("PLUS SIGN", 0x2B),
    ("PLUS-MINUS SIGN", 0xB1),
    ("PLUTO", 0x2647),
    ("POP DIRECTIONAL FORMATTING", 0x202C),
    ("POP DIRECTIONAL ISOLATE", 0x2069),
    ("POUND SIGN", 0xA3),
    ("POUTING CAT FACE", 0x1F63E),
    ("POUTING FACE", 0x1F621),
    ("PRECEDES", 0x227A),
    ("PRECEDES BUT NOT EQUIVALENT TO", 0x22E8),
    ("PRECEDES OR EQUAL TO", 0x227C),
    ("PRECEDES OR EQUIVALENT TO", 0x227E),
    ("PRECEDES UNDER RELATION", 0x22B0),
    ("PRESCRIPTION TAKE", 0x211E),
    ("PRIME", 0x2032),
    ("PROPERTY LINE", 0x214A),
    ("PROPORTION", 0x2237),
    ("PROPORTIONAL TO", 0x221D),
    ("PUNCTUATION SPACE", 0x2008),
    ("QUADRUPLE PRIME", 0x2057),
    ("QUARTER NOTE", 0x2669),
    ("QUESTION EXCLAMATION MARK", 0x2048),
    ("QUESTION MARK", 0x3F),
    ("QUESTIONED EQUAL TO", 0x225F),
    ("QUINCUNX", 0x26BB),
    ("QUOTATION MARK", 0x22),
    ("RADIOACTIVE SIGN", 0x2622),
    ("RAIN", 0x26C6),
    ("RAISED FIST", 0x270A),
    ("RAISED HAND", 0x270B),
    ("RATIO", 0x2236),
    ("RECYCLED PAPER SYMBOL", 0x267C),
    ("RECYCLING SYMBOL FOR GENERIC MATERIALS", 0x267A),
    ("RECYCLING SYMBOL FOR TYPE-1 PLASTICS", 0x2673),
    ("RECYCLING SYMBOL FOR TYPE-2 PLASTICS", 0x2674),
    ("RECYCLING SYMBOL FOR TYPE-3 PLASTICS", 0x2675),
    ("RECYCLING SYMBOL FOR TYPE-4 PLASTICS", 0x2676),
    ("RECYCLING SYMBOL FOR TYPE-5 PLASTICS", 0x2677),
    ("RECYCLING SYMBOL FOR TYPE-6 PLASTICS", 0x2678),
    ("RECYCLING SYMBOL FOR TYPE-7 PLASTICS", 0x2679),
    ("REFERENCE MARK", 0x203B),
    ("REGISTERED SIGN", 0xAE),
    ("RELIEVED FACE", 0x1F60C),
    ("REPLACEMENT CHARACTER", 0xFFFD),
    ("RESPONSE", 0x211F),
    ("RESTRICTED LEFT ENTRY-1", 0x26E0),
    ("RESTRICTED LEFT ENTRY-2", 0x26E1),
    ("REVERSE SOLIDUS", 0x5C),
    ("REVERSED DOUBLE PRIME", 0x2036),
    ("REVERSED PILCROW SIGN", 0x204B),
    ("REVERSED PRIME", 0x2035),
    ("REVERSED ROTATED FLORAL HEART BULLET", 0x2619),
    ("REVERSED SANS-SERIF CAPITAL L", 0x2143),
    ("REVERSED SEMICOLON", 0x204F),
    ("REVERSED TILDE", 0x223D),
    ("REVERSED TILDE EQUALS", 0x22CD),
    ("REVERSED TRIPLE PRIME", 0x2037),
    ("RIGHT ANGLE", 0x221F),
    ("RIGHT ANGLE WITH ARC", 0x22BE),
    ("RIGHT ARROW WITH SMALL CIRCLE", 0x21F4),
    ("RIGHT CURLY BRACKET", 0x7D),
    ("RIGHT DOUBLE QUOTATION MARK", 0x201D),
    ("RIGHT HALF BLACK CIRCLE", 0x25D7),
    ("RIGHT NORMAL FACTOR SEMIDIRECT PRODUCT", 0x22CA),
    ("RIGHT PARENTHESIS", 0x29),
    ("RIGHT SEMIDIRECT PRODUCT", 0x22CC),
    ("RIGHT SINGLE QUOTATION MARK", 0x2019),
    ("RIGHT SQUARE BRACKET", 0x5D),
    ("RIGHT SQUARE BRACKET WITH QUILL", 0x2046),
    ("RIGHT TACK", 0x22A2),
    ("RIGHT TRIANGLE", 0x22BF),
    ("RIGHT-HANDED INTERLACED PENTAGRAM", 0x26E5),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB),
    ("RIGHT-SHADED WHITE RIGHTWARDS ARROW", 0x27A9),
    ("RIGHT-TO-LEFT EMBEDDING", 0x202B),
    ("RIGHT-TO-LEFT ISOLATE", 0x2067),
    ("RIGHT-TO-LEFT MARK", 0x200F),
    ("RIGHT-TO-LEFT OVERRIDE", 0x202E),
    ("RIGHTWARDS ARROW", 0x2192),
    ("RIGHTWARDS ARROW FROM BAR", 0x21A6),
    ("RIGHTWARDS ARROW OVER LEFTWARDS ARROW", 0x21C4),
    ("RIGHTWARDS ARROW TO BAR", 0x21E5),
    ("RIGHTWARDS ARROW WITH CORNER DOWNWARDS", 0x21B4),
    ("RIGHTWARDS ARROW WITH DOUBLE VERTICAL STROKE", 0x21FB),
    ("RIGHTWARDS ARROW WITH HOOK", 0x21AA),
    ("RIGHTWARDS ARROW WITH LOOP", 0x21AC),
    ("RIGHTWARDS ARROW WITH STROKE", 0x219B),
    ("RIGHTWARDS ARROW WITH TAIL", 0x21A3),
    ("RIGHTWARDS ARROW WITH VERTICAL STROKE", 0x21F8),
    ("RIGHTWARDS DASHED ARROW", 0x21E2),
    ("RIGHTWARDS DOUBLE ARROW", 0x21D2),
    ("RIGHTWARDS DOUBLE ARROW WITH STROKE", 0x21CF),
    ("RIGHTWARDS HARPOON OVER LEFTWARDS HARPOON", 0x21CC),
    ("RIGHTWARDS HARPOON WITH BARB DOWNWARDS", 0x21C1),
    ("RIGHTWARDS HARPOON WITH BARB UPWARDS", 0x21C0),
    ("RIGHTWARDS OPEN-HEADED ARROW", 0x21FE),
    ("RIGHTWARDS PAIRED ARROWS", 0x21C9),
    ("RIGHTWARDS SQUIGGLE ARROW", 0x21DD),
    ("RIGHTWARDS TRIPLE ARROW", 0x21DB),
    ("RIGHTWARDS TWO HEADED ARROW", 0x21A0),
    ("RIGHTWARDS WAVE ARROW", 0x219D),
    ("RIGHTWARDS WHITE ARROW", 0x21E8),
    ("RIGHTWARDS WHITE ARROW FROM WALL", 0x21F0),
    ("RING EQUAL TO", 0x2257),
    ("RING IN EQUAL TO", 0x2256),
    ("RING OPERATOR", 0x2218),
    ("ROTATED CAPITAL Q", 0x213A),
    ("ROTATED FLORAL HEART BULLET", 0x2767),
    ("ROTATED HEAVY BLACK HEART BULLET", 0x2765),
    ("RUBLE SIGN", 0x20BD),
    ("RUPEE SIGN", 0x20A8),
    ("SAGITTARIUS", 0x2650),
    ("SAILBOAT", 0x26F5),
    ("SALTIRE", 0x2613),
    ("SATURN", 0x2644),
    ("SCALES", 0x2696),
    ("SCORPIUS", 0x264F),
    ("SCRIPT CAPITAL B", 0x212C),
    ("SCRIPT CAPITAL E", 0x2130),
    ("SCRIPT CAPITAL F", 0x2131),
    ("SCRIPT CAPITAL H", 0x210B),
    ("SCRIPT CAPITAL I", 0x2110),
    ("SCRIPT CAPITAL L", 0x2112),
    ("SCRIPT CAPITAL M", 0x2133),
    ("SCRIPT CAPITAL P", 0x2118),
    ("SCRIPT CAPITAL R", 0x211B),
    ("SCRIPT SMALL E", 0x212F),
    ("SCRIPT SMALL G", 0x210A),
    ("SCRIPT SMALL L", 0x2113),
    ("SCRIPT SMALL O", 0x2134),
    ("SCRUPLE", 0x2108),
    ("SECTION SIGN", 0xA7),
    ("SEE-NO-EVIL MONKEY", 0x1F648),
    ("SEMICOLON", 0x3B),
    ("SEMISEXTILE", 0x26BA),
    ("SERVICE MARK", 0x2120),
    ("SESQUIQUADRATE", 0x26BC),
    ("SET MINUS", 0x2216),
    ("SEXTILE", 0x26B9),
    ("SHADOWED WHITE CIRCLE", 0x274D),
    ("SHADOWED WHITE LATIN CROSS", 0x271E),
    ("SHADOWED WHITE STAR", 0x2730),
    ("SHAMROCK", 0x2618),
    ("SHINTO SHRINE", 0x26E9),
    ("SINE WAVE", 0x223F),
    ("SINGLE HIGH-REVERSED-9 QUOTATION MARK", 0x201B),
    ("SINGLE LEFT-POINTING ANGLE QUOTATION MARK", 0x2039),
    ("SINGLE LOW-9 QUOTATION MARK", 0x201A),
    ("SINGLE RIGHT-POINTING ANGLE QUOTATION MARK", 0x203A),
    ("SIX PETALLED BLACK AND WHITE FLORETTE", 0x273E),
    ("SIX POINTED BLACK STAR", 0x2736),
    ("SIX-PER-EM SPACE", 0x2006),
    ("SIXTEEN POINTED ASTERISK", 0x273A),
    ("SKIER", 0x26F7),
    ("SKULL AND CROSSBONES", 0x2620),
    ("SLEEPING FACE", 0x1F634),
    ("SLEEPY FACE", 0x1F62A),
    ("SLIGHTLY FROWNING FACE", 0x1F641),
    ("SLIGHTLY SMILING FACE", 0x1F642),
    ("SMALL CONTAINS AS MEMBER", 0x220D),
    ("SMALL CONTAINS WITH OVERBAR", 0x22FE),
    ("SMALL CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22FC),
    ("SMALL ELEMENT OF", 0x220A),
    ("SMALL ELEMENT OF WITH OVERBAR", 0x22F7),
    ("SMALL ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22F4),
    ("SMILING CAT FACE WITH HEART-SHAPED EYES", 0x1F63B),
    ("SMILING CAT FACE WITH OPEN MOUTH", 0x1F63A),
    ("SMILING FACE WITH HALO", 0x1F607),
    ("SMILING FACE WITH HEART-SHAPED EYES", 0x1F60D),
    ("SMILING FACE WITH HORNS", 0x1F608),
    ("SMILING FACE WITH OPEN MOUTH", 0x1F603),
    ("SMILING FACE WITH OPEN MOUTH AND COLD SWEAT", 0x1F605),
    ("SMILING FACE WITH OPEN MOUTH AND SMILING EYES", 0x1F604),
    ("SMILING FACE WITH OPEN MOUTH AND TIGHTLY-CLOSED EYES", 0x1F606),
    ("SMILING FACE WITH SMILING EYES", 0x1F60A),
    ("SMILING FACE WITH SUNGLASSES", 0x1F60E),
    ("SMIRKING FACE", 0x1F60F),
    ("SNOWFLAKE", 0x2744),
    ("SNOWMAN", 0x2603),
    ("SNOWMAN WITHOUT SNOW", 0x26C4),
    ("SOCCER BALL", 0x26BD),
    ("SOFT HYPHEN", 0xAD),
    ("SOLIDUS", 0x2F),
    ("SOUND RECORDING COPYRIGHT", 0x2117),
    ("SOUTH EAST ARROW", 0x2198),
    ("SOUTH EAST ARROW TO CORNER", 0x21F2),
    ("SOUTH EAST DOUBLE ARROW", 0x21D8),
    ("SOUTH WEST ARROW", 0x2199),
    ("SOUTH WEST DOUBLE ARROW", 0x21D9),
    ("SP", 0x20),
    ("SPACE", 0x20),
    ("SPARKLE", 0x2747),
    ("SPARKLES", 0x2728),
    ("SPEAK-NO-EVIL MONKEY", 0x1F64A),
    ("SPESMILO SIGN", 0x20B7),
    ("SPHERICAL ANGLE", 0x2222),
    ("SQUARE CAP", 0x2293),
    ("SQUARE CUP", 0x2294),
    ("SQUARE FOUR CORNERS", 0x26F6),
    ("SQUARE IMAGE OF", 0x228F),
    ("SQUARE IMAGE OF OR EQUAL TO", 0x2291),
    ("SQUARE IMAGE OF OR NOT EQUAL TO", 0x22E4),
    ("SQUARE ORIGINAL OF", 0x2290),
    ("SQUARE ORIGINAL OF OR EQUAL TO", 0x2292),
    ("SQUARE ORIGINAL OF OR NOT EQUAL TO", 0x22E5),
    ("SQUARE ROOT", 0x221A),
    ("SQUARE WITH DIAGONAL CROSSHATCH FILL", 0x25A9),
    ("SQUARE WITH HORIZONTAL FILL", 0x25A4),
    ("SQUARE WITH LEFT HALF BLACK", 0x25E7),
    ("SQUARE WITH LOWER RIGHT DIAGONAL HALF BLACK", 0x25EA),
    ("SQUARE WITH ORTHOGONAL CROSSHATCH FILL", 0x25A6),
    ("SQUARE WITH RIGHT HALF BLACK", 0x25E8),
    ("SQUARE WITH UPPER LEFT DIAGONAL HALF BLACK", 0x25E9),
    ("SQUARE WITH UPPER LEFT TO LOWER RIGHT FILL", 0x25A7),
    ("SQUARE WITH UPPER RIGHT TO LOWER LEFT FILL", 0x25A8),
    ("SQUARE WITH VERTICAL FILL", 0x25A5),
    ("SQUARED DOT OPERATOR", 0x22A1),
    ("SQUARED KEY", 0x26BF),
    ("SQUARED MINUS", 0x229F),
    ("SQUARED PLUS", 0x229E),
    ("SQUARED SALTIRE", 0x26DD),
    ("SQUARED TIMES", 0x22A0),
    ("SQUAT BLACK RIGHTWARDS ARROW", 0x27A7),
    ("STAFF OF AESCULAPIUS", 0x2695),
    ("STAFF OF HERMES", 0x269A),
    ("STAR AND CRESCENT", 0x262A),
    ("STAR EQUALS", 0x225B),
    ("STAR OF DAVID", 0x2721),
    ("STAR OPERATOR", 0x22C6),
    ("STRESS OUTLINED WHITE STAR", 0x2729),
    ("STRICTLY EQUIVALENT TO", 0x2263),
    ("SUBSET OF", 0x2282),
    ("SUBSET OF OR EQUAL TO", 0x2286),
    ("SUBSET OF WITH NOT EQUAL TO", 0x228A),
    ("SUCCEEDS", 0x227B),
    ("SUCCEEDS BUT NOT EQUIVALENT TO", 0x22E9),
    ("SUCCEEDS OR EQUAL TO", 0x227D),
    ("SUCCEEDS OR EQUIVALENT TO", 0x227F),
    ("SUCCEEDS UNDER RELATION", 0x22B1),
    ("SUN", 0x2609),
    ("SUN BEHIND CLOUD", 0x26C5),
    ("SUPERSCRIPT ONE", 0xB9),
    ("SUPERSCRIPT THREE", 0xB3),
    ("SUPERSCRIPT TWO", 0xB2),
    ("SUPERSET OF", 0x2283),
    ("SUPERSET OF OR EQUAL TO", 0x2287),
    ("SUPERSET OF WITH NOT EQUAL TO", 0x228B),
    ("SURFACE INTEGRAL", 0x222F),
    ("SWUNG DASH", 0x2053),
    ("SYMBOL FOR SAMARITAN SOURCE", 0x214F),
    ("TAB", 0x9),
    ("TAPE DRIVE", 0x2707),
    ("TAURUS", 0x2649),
    ("TEARDROP-BARBED RIGHTWARDS ARROW", 0x27BA),
    ("TEARDROP-SPOKED ASTERISK", 0x273B),
    ("TELEPHONE LOCATION SIGN", 0x2706),
    ("TELEPHONE SIGN", 0x2121),
    ("TENGE SIGN", 0x20B8),
    ("TENT", 0x26FA),
    ("THERE DOES NOT EXIST", 0x2204),
    ("THERE EXISTS", 0x2203),
    ("THEREFORE", 0x2234),
    ("THIN SPACE", 0x2009),
    ("THREE DOT PUNCTUATION", 0x2056),
    ("THREE LINES CONVERGING LEFT", 0x269F),
    ("THREE LINES CONVERGING RIGHT", 0x269E),
    ("THREE RIGHTWARDS ARROWS", 0x21F6),
    ("THREE-D BOTTOM-LIGHTED RIGHTWARDS ARROWHEAD", 0x27A3),
    ("THREE-D TOP-LIGHTED RIGHTWARDS ARROWHEAD", 0x27A2),
    ("THREE-PER-EM SPACE", 0x2004),
    ("THUNDER CLOUD AND RAIN", 0x26C8),
    ("THUNDERSTORM", 0x2608),
    ("TIGHT TRIFOLIATE SNOWFLAKE", 0x2745),
    ("TILDE", 0x7E),
    ("TILDE OPERATOR", 0x223C),
    ("TIRED FACE", 0x1F62B),
    ("TIRONIAN SIGN ET", 0x204A),
    ("TRADE MARK SIGN", 0x2122),
    ("TRIANGLE-HEADED RIGHTWARDS ARROW", 0x279D),
    ("TRIANGULAR BULLET", 0x2023),
    ("TRICOLON", 0x205D),
    ("TRIGRAM FOR EARTH", 0x2637),
    ("TRIGRAM FOR FIRE", 0x2632),
    ("TRIGRAM FOR HEAVEN", 0x2630),
    ("TRIGRAM FOR LAKE", 0x2631),
    ("TRIGRAM FOR MOUNTAIN", 0x2636),
    ("TRIGRAM FOR THUNDER", 0x2633),
    ("TRIGRAM FOR WATER", 0x2635),
    ("TRIGRAM FOR WIND", 0x2634),
    ("TRIPLE INTEGRAL", 0x222D),
    ("TRIPLE PRIME", 0x2034),
    ("TRIPLE TILDE", 0x224B),
    ("TRIPLE VERTICAL BAR RIGHT TURNSTILE", 0x22AA),
    ("TRUE", 0x22A8),
    ("TUGRIK SIGN", 0x20AE),
    ("TURKISH LIRA SIGN", 0x20BA),
    ("TURNED AMPERSAND", 0x214B),
    ("TURNED BLACK SHOGI PIECE", 0x26CA),
    ("TURNED CAPITAL F", 0x2132),
    ("TURNED GREEK SMALL LETTER IOTA", 0x2129),
    ("TURNED SANS-SERIF CAPITAL G", 0x2141),
    ("TURNED SANS-SERIF CAPITAL L", 0x2142),
    ("TURNED SANS-SERIF CAPITAL Y", 0x2144),
    ("TURNED SMALL F", 0x214E),
    ("TURNED WHITE SHOGI PIECE", 0x26C9),
    ("TWELVE POINTED BLACK STAR", 0x2739),
    ("TWO ASTERISKS ALIGNED VERTICALLY", 0x2051),
    ("TWO DOT LEADER", 0x2025),
    ("TWO DOT PUNCTUATION", 0x205A),
    ("UMBRELLA", 0x2602),
    ("UMBRELLA ON GROUND", 0x26F1),
    ("UMBRELLA WITH RAIN DROPS", 0x2614),
    ("UNAMUSED FACE", 0x1F612),
    ("UNDERTIE", 0x203F),
    ("UNION", 0x222A),
    ("UNIVERSAL RECYCLING SYMBOL", 0x2672),
    ("UNMARRIED PARTNERSHIP SYMBOL", 0x26AF),
    ("UP DOWN ARROW", 0x2195),
    ("UP DOWN ARROW WITH BASE", 0x21A8),
    ("UP DOWN DOUBLE ARROW", 0x21D5),
    ("UP DOWN WHITE ARROW", 0x21F3),
    ("UP RIGHT DIAGONAL ELLIPSIS", 0x22F0),
    ("UP TACK", 0x22A5),
    ("UP-POINTING TRIANGLE WITH LEFT HALF BLACK", 0x25ED),
    ("UP-POINTING TRIANGLE WITH RIGHT HALF BLACK", 0x25EE),
    ("UPPER BLADE SCISSORS", 0x2701),
    ("UPPER HALF CIRCLE", 0x25E0),
    ("UPPER HALF INVERSE WHITE CIRCLE", 0x25DA),
    ("UPPER LEFT QUADRANT CIRCULAR ARC", 0x25DC),
    ("UPPER LEFT TRIANGLE", 0x25F8),
    ("UPPER RIGHT DROP-SHADOWED WHITE SQUARE", 0x2750),
    ("UPPER RIGHT PENCIL", 0x2710),
    ("UPPER RIGHT QUADRANT CIRCULAR ARC", 0x25DD),
    ("UPPER RIGHT SHADOWED WHITE SQUARE", 0x2752),
    ("UPPER RIGHT TRIANGLE", 0x25F9),
    ("UPSIDE-DOWN FACE", 0x1F643),
    ("UPWARDS ARROW", 0x2191),
    ("UPWARDS ARROW FROM BAR", 0x21A5),
    ("UPWARDS ARROW LEFTWARDS OF DOWNWARDS ARROW", 0x21C5),
    ("UPWARDS ARROW WITH DOUBLE STROKE", 0x21DE),
    ("UPWARDS ARROW WITH TIP LEFTWARDS", 0x21B0),
    ("UPWARDS ARROW WITH TIP RIGHTWARDS", 0x21B1),
    ("UPWARDS DASHED ARROW", 0x21E1),
    ("UPWARDS DOUBLE ARROW", 0x21D1),
    ("UPWARDS HARPOON WITH BARB LEFTWARDS", 0x21BF),
    ("UPWARDS HARPOON WITH BARB RIGHTWARDS", 0x21BE),
    ("UPWARDS PAIRED ARROWS", 0x21C8),
    ("UPWARDS TWO HEADED ARROW", 0x219F),
    ("UPWARDS WHITE ARROW", 0x21E7),
    ("UPWARDS WHITE ARROW FROM BAR", 0x21EA),
    ("UPWARDS WHITE ARROW ON PEDESTAL", 0x21EB),
    ("UPWARDS WHITE ARROW ON PEDESTAL WITH HORIZONTAL BAR", 0x21EC),
    ("UPWARDS WHITE ARROW ON PEDESTAL WITH VERTICAL BAR", 0x21ED),
    ("UPWARDS WHITE DOUBLE ARROW", 0x21EE),
    ("UPWARDS WHITE DOUBLE ARROW ON PEDESTAL", 0x21EF),
    ("URANUS", 0x2645),
    ("VERSICLE", 0x2123),
    ("VERTICAL ELLIPSIS", 0x22EE),
    ("VERTICAL FOUR DOTS", 0x205E),
    ("VERTICAL LINE", 0x7C),
    ("VERTICAL MALE WITH STROKE SIGN", 0x26A8),
    ("VERY MUCH GREATER-THAN", 0x22D9),
    ("VERY MUCH LESS-THAN", 0x22D8),
    ("VESTA", 0x26B6),
    ("VICTORY HAND", 0x270C),
    ("VIRGO", 0x264D),
    ("VOLUME INTEGRAL", 0x2230),
    ("VT", 0xB),
    ("VULGAR FRACTION FIVE EIGHTHS", 0x215D),
    ("VULGAR FRACTION FIVE SIXTHS", 0x215A),
    ("VULGAR FRACTION FOUR FIFTHS", 0x2158),
    ("VULGAR FRACTION ONE EIGHTH", 0x215B),
    ("VULGAR FRACTION ONE FIFTH", 0x2155),
    ("VULGAR FRACTION ONE HALF", 0xBD),
    ("VULGAR FRACTION ONE NINTH", 0x2151),
    ("VULGAR FRACTION ONE QUARTER", 0xBC),
    ("VULGAR FRACTION ONE SEVENTH", 0x2150),
    ("VULGAR FRACTION ONE SIXTH", 0x2159),
    ("VULGAR FRACTION ONE TENTH", 0x2152),
    ("VULGAR FRACTION ONE THIRD", 0x2153),
    ("VULGAR FRACTION SEVEN EIGHTHS", 0x215E),
    ("VULGAR FRACTION THREE EIGHTHS", 0x215C),
    ("VULGAR FRACTION THREE FIFTHS", 0x2157),
    ("VULGAR FRACTION THREE QUARTERS", 0xBE),
    ("VULGAR FRACTION TWO FIFTHS", 0x2156),
    ("VULGAR FRACTION TWO THIRDS", 0x2154),
    ("WARNING SIGN", 0x26A0),
    ("WEARY CAT FACE", 0x1F640),
    ("WEARY FACE", 0x1F629),
    ("WEDGE-TAILED RIGHTWARDS ARROW", 0x27BC),
    ("WEST SYRIAC CROSS", 0x2670),
    ("WHEEL OF DHARMA", 0x2638),
    ("WHEELCHAIR SYMBOL", 0x267F),
    ("WHITE BULLET", 0x25E6),
    ("WHITE CHESS BISHOP", 0x2657),
    ("WHITE CHESS KING", 0x2654),
    ("WHITE CHESS KNIGHT", 0x2658),
    ("WHITE CHESS PAWN", 0x2659),
    ("WHITE CHESS QUEEN", 0x2655),
    ("WHITE CHESS ROOK", 0x2656),
    ("WHITE CIRCLE", 0x25CB),
    ("WHITE CIRCLE WITH DOT RIGHT", 0x2686),
    ("WHITE CIRCLE WITH LOWER LEFT QUADRANT", 0x25F5),
    ("WHITE CIRCLE WITH LOWER RIGHT QUADRANT", 0x25F6),
    ("WHITE CIRCLE WITH TWO DOTS", 0x2687),
    ("WHITE CIRCLE WITH UPPER LEFT QUADRANT", 0x25F4),
    ("WHITE CIRCLE WITH UPPER RIGHT QUADRANT", 0x25F7),
    ("WHITE CLUB SUIT", 0x2667),
    ("WHITE DIAMOND", 0x25C7),
    ("WHITE DIAMOND CONTAINING BLACK SMALL DIAMOND", 0x25C8),
    ("WHITE DIAMOND IN SQUARE", 0x26CB),
    ("WHITE DIAMOND SUIT", 0x2662),
    ("WHITE DOWN POINTING INDEX", 0x261F),
    ("WHITE DOWN-POINTING SMALL TRIANGLE", 0x25BF),
    ("WHITE DOWN-POINTING TRIANGLE", 0x25BD),
    ("WHITE DRAUGHTS KING", 0x26C1),
    ("WHITE DRAUGHTS MAN", 0x26C0),
    ("WHITE EXCLAMATION MARK ORNAMENT", 0x2755),
    ("WHITE FLAG", 0x2690),
    ("WHITE FLAG WITH HORIZONTAL MIDDLE BLACK STRIPE", 0x26FF),
    ("WHITE FLORETTE", 0x2740),
    ("WHITE FOUR POINTED STAR", 0x2727),
    ("WHITE FROWNING FACE", 0x2639),
    ("WHITE HEART SUIT", 0x2661),
    ("WHITE HEAVY CHECK MARK", 0x2705),
    ("WHITE LEFT LANE MERGE", 0x26D9),
    ("WHITE LEFT POINTING INDEX", 0x261C),
    ("WHITE LEFT-POINTING POINTER", 0x25C5),
    ("WHITE LEFT-POINTING SMALL TRIANGLE", 0x25C3),
    ("WHITE LEFT-POINTING TRIANGLE", 0x25C1),
    ("WHITE MEDIUM SMALL SQUARE", 0x25FD),
    ("WHITE MEDIUM SQUARE", 0x25FB),
    ("WHITE NIB", 0x2711),
    ("WHITE PARALLELOGRAM", 0x25B1),
    ("WHITE QUESTION MARK ORNAMENT", 0x2754),
    ("WHITE RECTANGLE", 0x25AD),
    ("WHITE RIGHT POINTING INDEX", 0x261E),
    ("WHITE RIGHT-POINTING POINTER", 0x25BB),
    ("WHITE RIGHT-POINTING SMALL TRIANGLE", 0x25B9),
    ("WHITE RIGHT-POINTING TRIANGLE", 0x25B7),
    ("WHITE SCISSORS", 0x2704),
    ("WHITE SHOGI PIECE", 0x2616),
    ("WHITE SMALL SQUARE", 0x25AB),
    ("WHITE SMILING FACE", 0x263A),
    ("WHITE SPADE SUIT", 0x2664),
    ("WHITE SQUARE", 0x25A1),
    ("WHITE SQUARE CONTAINING BLACK SMALL SQUARE", 0x25A3),
    ("WHITE SQUARE WITH LOWER LEFT QUADRANT", 0x25F1),
    ("WHITE SQUARE WITH LOWER RIGHT QUADRANT", 0x25F2),
    ("WHITE SQUARE WITH ROUNDED CORNERS", 0x25A2),
    ("WHITE SQUARE WITH UPPER LEFT QUADRANT", 0x25F0),
    ("WHITE SQUARE WITH UPPER RIGHT QUADRANT", 0x25F3),
    ("WHITE SQUARE WITH VERTICAL BISECTING LINE", 0x25EB),
    ("WHITE STAR", 0x2606),
    ("WHITE SUN WITH RAYS", 0x263C),
    ("WHITE TELEPHONE", 0x260F),
    ("WHITE TWO-WAY LEFT WAY TRAFFIC", 0x26D7),
    ("WHITE UP POINTING INDEX", 0x261D),
    ("WHITE UP-POINTING SMALL TRIANGLE", 0x25B5),
    ("WHITE UP-POINTING TRIANGLE", 0x25B3),
    ("WHITE UP-POINTING TRIANGLE WITH DOT", 0x25EC),
    ("WHITE VERTICAL RECTANGLE", 0x25AF),
    ("WHITE-FEATHERED RIGHTWARDS ARROW", 0x27B3),
    ("WINKING FACE", 0x1F609),
    ("WON SIGN", 0x20A9),
    ("WORD JOINER", 0x2060),
    ("WORRIED FACE", 0x1F61F),
    ("WREATH PRODUCT", 0x2240),
    ("WRITING HAND", 0x270D),
    ("XOR", 0x22BB),
    ("YEN SIGN", 0xA5),
    ("YIN YANG", 0x262F),
    ("Z NOTATION BAG MEMBERSHIP", 0x22FF),
    ("ZERO WIDTH JOINER", 0x200D),
    ("ZERO WIDTH NO-BREAK SPACE", 0xFEFF),
    ("ZERO WIDTH NON-JOINER", 0x200C),
    ("ZERO WIDTH SPACE", 0x200B),
    ("ZWJ", 0x200D),
    ("ZWNJ", 0x200C),
    ("ZWSP", 0x200B),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        let (t, e) = lex(src);
        assert!(e.is_none(), "{src:?}: {e:?}");
        t.into_iter()
            .filter_map(|(t, _)| if let LTok::Tok(t) = t { Some(t) } else { None })
            .collect()
    }

    fn one(src: &str) -> Tok {
        let t = toks(src);
        assert_eq!(t.len(), 1, "{src:?}: {t:?}");
        t.into_iter().next().unwrap()
    }

    fn lex_err(src: &str) -> String {
        lex(src).1.unwrap_or_else(|| panic!("no error for {src:?}")).msg
    }

    fn s(x: &str) -> Tok {
        Tok::Str(x.into())
    }

    fn int(x: i64) -> Tok {
        Tok::Int(BigInt::from(x))
    }

    fn lit(x: &str) -> FStrPiece {
        FStrPiece::Literal(x.into())
    }

    fn field(src: &str, off: u32) -> FStrPiece {
        FStrPiece::Field {
            expr_src: src.into(),
            expr_offset: off,
            debug_text: None,
            conversion: None,
            spec: None,
        }
    }

    fn fstr(src: &str) -> Vec<FStrPiece> {
        match one(src) {
            Tok::FString(p) => p,
            t => panic!("{t:?}"),
        }
    }

    #[test]
    fn names_and_keywords() {
        assert_eq!(
            toks("if élan _x match case _ None True False and or not is in lambda"),
            vec![
                Tok::If,
                Tok::Name("élan".into()),
                Tok::Name("_x".into()),
                Tok::Name("match".into()),
                Tok::Name("case".into()),
                Tok::Name("_".into()),
                Tok::None,
                Tok::True,
                Tok::False,
                Tok::And,
                Tok::Or,
                Tok::Not,
                Tok::Is,
                Tok::In,
                Tok::Lambda
            ]
        );
        assert_eq!(toks("ifx rb"), vec![Tok::Name("ifx".into()), Tok::Name("rb".into())]);
        assert_eq!(toks("日本語 = 1")[0], Tok::Name("日本語".into()));
    }

    #[test]
    fn numbers() {
        assert_eq!(one("0"), int(0));
        assert_eq!(one("00"), int(0));
        assert_eq!(one("0_0"), int(0));
        assert_eq!(one("1_000"), int(1000));
        assert_eq!(one("0x_fF"), int(255));
        assert_eq!(one("0o17"), int(15));
        assert_eq!(one("0B1_01"), int(5));
        assert_eq!(
            one("123456789012345678901234567890"),
            Tok::Int("123456789012345678901234567890".parse().unwrap())
        );
        assert_eq!(one("1."), Tok::Float(1.0));
        assert_eq!(one(".5"), Tok::Float(0.5));
        assert_eq!(one("1e10"), Tok::Float(1e10));
        assert_eq!(one("1_000.5e-3"), Tok::Float(1.0005));
        assert_eq!(one("09.5"), Tok::Float(9.5));
        assert_eq!(one("0e5"), Tok::Float(0.0));
        assert_eq!(one("1e400"), Tok::Float(f64::INFINITY));
        assert_eq!(one("3j"), Tok::Imag(3.0));
        assert_eq!(one("1.5J"), Tok::Imag(1.5));
        assert_eq!(one("01j"), Tok::Imag(1.0));
        assert_eq!(
            toks("1if x else 2"),
            vec![int(1), Tok::If, Tok::Name("x".into()), Tok::Else, int(2)]
        );
        assert_eq!(toks("1..real")[0], Tok::Float(1.0));
        assert_eq!(toks("x.y...")[3], Tok::Ellipsis);
    }

    #[test]
    fn number_errors() {
        assert_eq!(
            lex_err("012"),
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
        );
        assert_eq!(lex_err("1abc"), "invalid decimal literal");
        assert_eq!(lex_err("1__0"), "invalid decimal literal");
        assert_eq!(lex_err("1_"), "invalid decimal literal");
        assert_eq!(lex_err("0x"), "invalid hexadecimal literal");
        assert_eq!(lex_err("0b2"), "invalid digit '2' in binary literal");
        assert_eq!(lex_err("0o8"), "invalid digit '8' in octal literal");
        assert_eq!(lex_err("1.5jx"), "invalid imaginary literal");
        assert_eq!(lex_err("1.__class__"), "invalid decimal literal");
    }

    #[test]
    fn operators() {
        use BinOp::*;
        assert_eq!(
            toks("-> := ... **= //= >>= <<= @= += -= *= /= %= &= |= ^= ** // << >> <= >= == != ~"),
            vec![
                Tok::Arrow,
                Tok::Walrus,
                Tok::Ellipsis,
                Tok::AugAssign(Pow),
                Tok::AugAssign(FloorDiv),
                Tok::AugAssign(RShift),
                Tok::AugAssign(LShift),
                Tok::AugAssign(MatMul),
                Tok::AugAssign(Add),
                Tok::AugAssign(Sub),
                Tok::AugAssign(Mul),
                Tok::AugAssign(Div),
                Tok::AugAssign(Mod),
                Tok::AugAssign(BitAnd),
                Tok::AugAssign(BitOr),
                Tok::AugAssign(BitXor),
                Tok::DoubleStar,
                Tok::DoubleSlash,
                Tok::LShift,
                Tok::RShift,
                Tok::LtE,
                Tok::GtE,
                Tok::EqEq,
                Tok::NotEq,
                Tok::Tilde
            ]
        );
        assert_eq!(lex_err("a ! b"), "invalid syntax");
    }

    #[test]
    fn strings() {
        assert_eq!(one(r#"'a\nb\t\\\'\"\r\0\a\b\f\v'"#), s("a\nb\t\\'\"\r\0\x07\x08\x0c\x0b"));
        assert_eq!(one(r"'\101\7\777\x41\u00e9\U0001F600'"), s("A\x07\u{1ff}Aé😀"));
        assert_eq!(one(r"'\N{EM DASH}\N{latin small letter e with acute}\N{BULLET}'"), s("—é•"));
        assert_eq!(one(r"'\d\{\ '"), s("\\d\\{\\ "));
        assert_eq!(one(r"r'\d\n\''"), s("\\d\\n\\'"));
        assert_eq!(one(r"R'\\'"), s("\\\\"));
        assert_eq!(one("u'é'"), s("é"));
        assert_eq!(one("\"a\\\nb\""), s("ab"));
        assert_eq!(one("'''a\n'b''\"\"\"'''"), s("a\n'b''\"\"\""));
        assert_eq!(one("\"\"\"x\r\ny\"\"\""), s("x\ny"));
        assert_eq!(one("''"), s(""));
        assert_eq!(one("''''''"), s(""));
        assert_eq!(one(r"b'a\x00\xff\n\777\u00e9'"), Tok::Bytes(b"a\x00\xff\n\xff\\u00e9".to_vec()));
        assert_eq!(one(r"Rb'\x00'"), Tok::Bytes(b"\\x00".to_vec()));
        assert_eq!(one(r"bR'\x00'"), Tok::Bytes(b"\\x00".to_vec()));
        assert_eq!(toks("'a' \"b\""), vec![s("a"), s("b")]);
    }

    #[test]
    fn string_errors() {
        assert_eq!(lex_err("'abc"), "unterminated string literal (detected at line 1)");
        assert_eq!(lex_err("x = \"a\\\nb"), "unterminated string literal (detected at line 2)");
        assert_eq!(
            lex_err("\n'''abc\n\n"),
            "unterminated triple-quoted string literal (detected at line 4)"
        );
        assert_eq!(
            lex_err(r"'\x4'"),
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"
        );
        assert_eq!(
            lex_err(r"'\N{FOO}'"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"
        );
        assert_eq!(lex_err(r"b'\x4'"), r"(value error) invalid \x escape at position 0");
        assert_eq!(lex_err("b'é'"), "bytes can only contain ASCII literal characters");
        let e = lex("x = 'abc").1.unwrap();
        assert_eq!(e.span.start, 4);
    }

    #[test]
    fn fstrings() {
        assert_eq!(fstr("f''"), vec![]);
        assert_eq!(fstr("f'a{{b}}c'"), vec![lit("a{b}c")]);
        assert_eq!(fstr(r"f'a\n{x}\t'"), vec![lit("a\n"), field("x", 6), lit("\t")]);
        assert_eq!(fstr(r"rf'\n{x}'"), vec![lit("\\n"), field("x", 6)]);
        assert_eq!(fstr(r"f'\N{BULLET} {x}'"), vec![lit("• "), field("x", 14)]);
        assert_eq!(fstr(r"f'\{x}'"), vec![lit("\\"), field("x", 4)]);
        // nested quotes and brackets
        assert_eq!(fstr(r#"f"{d['}']}""#), vec![field("d['}']", 3)]);
        assert_eq!(fstr(r#"f"{'''a'b'''}""#), vec![field("'''a'b'''", 3)]);
        assert_eq!(fstr("f'{ {1: 2}[1] }'"), vec![field(" {1: 2}[1] ", 3)]);
        assert_eq!(fstr("f'{a!=b} {a<b} {a==b} {a>=b}'")[0], field("a!=b", 3));
        // conversion and spec, nested fields in spec
        assert_eq!(
            fstr("f'{a!r:>{w}.{p}f}'"),
            vec![FStrPiece::Field {
                expr_src: "a".into(),
                expr_offset: 3,
                debug_text: None,
                conversion: Some('r'),
                spec: Some(vec![lit(">"), field("w", 9), lit("."), field("p", 13), lit("f")]),
            }]
        );
        assert_eq!(
            fstr("f'{a:}'"),
            vec![FStrPiece::Field {
                expr_src: "a".into(),
                expr_offset: 3,
                debug_text: None,
                conversion: None,
                spec: Some(vec![]),
            }]
        );
        // self-documenting
        assert_eq!(
            fstr("f'{x = }'"),
            vec![FStrPiece::Field {
                expr_src: "x ".into(),
                expr_offset: 3,
                debug_text: Some("x = ".into()),
                conversion: Some('r'),
                spec: None,
            }]
        );
        assert_eq!(
            fstr("f'{x=!s:>5}'"),
            vec![FStrPiece::Field {
                expr_src: "x".into(),
                expr_offset: 3,
                debug_text: Some("x=".into()),
                conversion: Some('s'),
                spec: Some(vec![lit(">5")]),
            }]
        );
        // absolute offsets, multi-line
        let t = toks("x = f'''\n{ab}'''");
        assert_eq!(t[2], Tok::FString(vec![lit("\n"), field("ab", 10)]));
    }

    #[test]
    fn fstring_errors() {
        assert_eq!(lex_err("f'}'"), "f-string: single '}' is not allowed");
        assert_eq!(lex_err("f'{x'"), "f-string: expecting '}'");
        assert_eq!(lex_err("f'{ }'"), "f-string: empty expression not allowed");
        assert_eq!(
            lex_err("f'{x!z}'"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
        assert_eq!(lex_err("f'{a=b}'"), "f-string: expecting '}'");
        assert_eq!(lex_err("f'{x:{y:{z}}}'"), "f-string: expressions nested too deeply");
        assert_eq!(lex_err("f'{x#}'"), "f-string expression part cannot include '#'");
        assert_eq!(lex_err(r"f'{x\n}'"), "f-string expression part cannot include a backslash");
        assert_eq!(lex_err("f'{)}'"), "f-string: unmatched ')'");
        assert_eq!(
            lex_err("f'{(]}'"),
            "f-string: closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(lex_err("f'{\"a}'"), "f-string: unterminated string");
        assert_eq!(lex_err("f'{x:{y}'"), "f-string: expecting '}'");
    }
}
