//! Indentation -> INDENT/DEDENT/NEWLINE, implicit line joining inside brackets, bracket
//! matching errors (the parts of CPython's tokenizer that are not single tokens).
use super::ast::Span;
use super::lexer::{self, LTok};
use super::token::Tok;
use super::{SyntaxError, SyntaxErrorKind};

const MAX_INDENT: usize = 100;
const MAX_PAREN: usize = 200;

fn err(msg: impl Into<String>, span: Span, kind: SyntaxErrorKind) -> SyntaxError {
    SyntaxError {
        msg: msg.into(),
        span,
        kind,
    }
}

fn line_no(src: &str, pos: usize) -> usize {
    let pos = pos.min(src.len());
    src.as_bytes()[..pos].iter().filter(|&&c| c == b'\n').count() + 1
}

/// Bracket matching shared by `tokenize` and `tokenize_expression`.
struct Brackets {
    stack: Vec<(u8, Span)>,
}

impl Brackets {
    fn new() -> Brackets {
        Brackets { stack: Vec::new() }
    }

    fn is_empty(&self) -> bool {
        self.stack.is_empty()
    }

    fn feed(&mut self, src: &str, base: usize, tok: &Tok, span: Span) -> Result<(), SyntaxError> {
        let syn = SyntaxErrorKind::Syntax;
        let open = match tok {
            Tok::LParen => Some(b'('),
            Tok::LBracket => Some(b'['),
            Tok::LBrace => Some(b'{'),
            _ => None,
        };
        if let Some(o) = open {
            if self.stack.len() >= MAX_PAREN {
                return Err(err("too many nested parentheses", span, syn));
            }
            self.stack.push((o, span));
            return Ok(());
        }
        let close = match tok {
            Tok::RParen => b')',
            Tok::RBracket => b']',
            Tok::RBrace => b'}',
            _ => return Ok(()),
        };
        let Some((o, ospan)) = self.stack.pop() else {
            return Err(err(format!("unmatched '{}'", close as char), span, syn));
        };
        let want = match o {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if want != close {
            // line numbers are relative to `src`, whose first byte is at file offset `base`
            let ol = line_no(src, (ospan.start as usize).saturating_sub(base));
            let cl = line_no(src, (span.start as usize).saturating_sub(base));
            let msg = if ol != cl {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                    close as char, o as char, ol
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    close as char, o as char
                )
            };
            return Err(err(msg, span, syn));
        }
        Ok(())
    }

    fn check_closed(&self) -> Result<(), SyntaxError> {
        if let Some(&(o, span)) = self.stack.last() {
            return Err(err(format!("'{}' was never closed", o as char), span, SyntaxErrorKind::Syntax));
        }
        Ok(())
    }
}

/// Indentation of the physical line starting at `line_start`, up to `limit`:
/// (columns with tabs to multiples of 8, columns with tabs as 1).
fn indent_of(src: &[u8], line_start: usize, limit: usize) -> (usize, usize) {
    let (mut col, mut alt) = (0usize, 0usize);
    for &c in &src[line_start.min(limit)..limit] {
        match c {
            b' ' => {
                col += 1;
                alt += 1;
            }
            b'\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            b'\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => break,
        }
    }
    (col, alt)
}

/// Tokenizes a module: the parser's token stream with NEWLINE/INDENT/DEDENT.
pub fn tokenize(src: &str) -> Result<Vec<(Tok, Span)>, SyntaxError> {
    tokenize_with(src, false)
}

/// Like `tokenize`, but brackets left open at the end are not an error (a REPL asks the
/// parser whether the input went wrong before its end).
pub fn tokenize_open_brackets(src: &str) -> Result<Vec<(Tok, Span)>, SyntaxError> {
    tokenize_with(src, true)
}

fn tokenize_with(src: &str, open_ok: bool) -> Result<Vec<(Tok, Span)>, SyntaxError> {
    let (toks, lex_err) = lexer::lex(src);
    let bytes = src.as_bytes();
    let mut out: Vec<(Tok, Span)> = Vec::with_capacity(toks.len() + toks.len() / 4 + 8);
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut brackets = Brackets::new();
    let mut at_line_start = true;
    let mut line_start = 0usize;
    let mut prev_line_colon = false;
    // A compound statement header whose line has no `:` at all: the parser reports
    // "expected ':'", so its block's INDENT is let through.
    let mut line_compound = false;
    let mut line_colon = false;
    let mut prev_header_no_colon = false;
    let tab_err = |span: Span| err("inconsistent use of tabs and spaces in indentation", span, SyntaxErrorKind::Tab);
    for (t, span) in toks {
        match t {
            LTok::Comment => {}
            LTok::Newline => {
                if brackets.is_empty() && !at_line_start {
                    prev_line_colon = matches!(out.last(), Some((Tok::Colon, _)));
                    prev_header_no_colon = line_compound && !line_colon;
                    out.push((Tok::Newline, span));
                    at_line_start = true;
                }
                line_start = span.end as usize;
            }
            LTok::Tok(tok) => {
                if at_line_start {
                    at_line_start = false;
                    line_compound = matches!(
                        tok,
                        Tok::If
                            | Tok::Elif
                            | Tok::Else
                            | Tok::While
                            | Tok::For
                            | Tok::Def
                            | Tok::Class
                            | Tok::Try
                            | Tok::Except
                            | Tok::Finally
                            | Tok::With
                            | Tok::Async
                    );
                    line_colon = false;
                    let first = span.start as usize;
                    let (col, alt) = indent_of(bytes, line_start, first);
                    let (top, alttop) = *indents.last().unwrap();
                    let line_span = Span::new(line_start.min(first), first);
                    if col == top {
                        if alt != alttop {
                            return Err(tab_err(line_span));
                        }
                    } else if col > top {
                        if alt <= alttop {
                            return Err(tab_err(line_span));
                        }
                        if !prev_line_colon && !prev_header_no_colon {
                            return Err(err("unexpected indent", span, SyntaxErrorKind::Indentation));
                        }
                        if indents.len() > MAX_INDENT {
                            return Err(err("too many levels of indentation", span, SyntaxErrorKind::Indentation));
                        }
                        indents.push((col, alt));
                        out.push((Tok::Indent, line_span));
                    } else {
                        while indents.len() > 1 && col < indents.last().unwrap().0 {
                            indents.pop();
                            out.push((Tok::Dedent, Span::new(first, first)));
                        }
                        let (top, alttop) = *indents.last().unwrap();
                        if col != top {
                            return Err(err(
                                "unindent does not match any outer indentation level",
                                span,
                                SyntaxErrorKind::Indentation,
                            ));
                        }
                        if alt != alttop {
                            return Err(tab_err(line_span));
                        }
                    }
                }
                if tok == Tok::Colon && brackets.is_empty() {
                    line_colon = true;
                }
                brackets.feed(src, 0, &tok, span)?;
                out.push((tok, span));
            }
        }
    }
    if let Some(e) = lex_err {
        return Err(e);
    }
    if !open_ok {
        brackets.check_closed()?;
    }
    let end = src.len();
    if !at_line_start {
        out.push((Tok::Newline, Span::new(end, end)));
    }
    for _ in 1..indents.len() {
        out.push((Tok::Dedent, Span::new(end, end)));
    }
    Ok(out)
}

/// Tokenizes an expression (f-string field, `eval`): no NEWLINE/INDENT/DEDENT, newlines are
/// whitespace, spans shifted by `offset`.
pub fn tokenize_expression(src: &str, offset: u32) -> Result<Vec<(Tok, Span)>, SyntaxError> {
    let shift = |s: Span| Span {
        start: s.start + offset,
        end: s.end + offset,
    };
    let (toks, lex_err) = lexer::lex(src);
    let mut out = Vec::with_capacity(toks.len());
    let mut brackets = Brackets::new();
    for (t, span) in toks {
        if let LTok::Tok(tok) = t {
            let span = shift(span);
            brackets.feed(src, offset as usize, &tok, span)?;
            out.push((tok, span));
        }
    }
    if let Some(mut e) = lex_err {
        e.span = shift(e.span);
        return Err(e);
    }
    brackets.check_closed()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compact rendering of the token stream: names as-is, NL/IN/DE for layout tokens.
    fn show(src: &str) -> String {
        let toks = tokenize(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
        toks.iter()
            .map(|(t, _)| match t {
                Tok::Name(n) => n.clone(),
                Tok::Int(i) => i.to_string(),
                Tok::Newline => "NL".into(),
                Tok::Indent => "IN".into(),
                Tok::Dedent => "DE".into(),
                Tok::Colon => ":".into(),
                Tok::Equal => "=".into(),
                Tok::LParen => "(".into(),
                Tok::RParen => ")".into(),
                Tok::LBracket => "[".into(),
                Tok::RBracket => "]".into(),
                Tok::Comma => ",".into(),
                Tok::Plus => "+".into(),
                Tok::If => "if".into(),
                Tok::Else => "else".into(),
                Tok::Def => "def".into(),
                Tok::Pass => "pass".into(),
                other => format!("{other:?}"),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn error(src: &str) -> (String, SyntaxErrorKind) {
        let e = tokenize(src).expect_err(src);
        (e.msg, e.kind)
    }

    fn msg(src: &str) -> String {
        error(src).0
    }

    #[test]
    fn empty_and_blank() {
        assert_eq!(show(""), "");
        assert_eq!(show("\n\n   \n# c\n  # odd\n"), "");
        assert_eq!(show("x"), "x NL");
        assert_eq!(show("x\n"), "x NL");
        assert_eq!(show("x\r\ny\r\n"), "x NL y NL");
        assert_eq!(show("x # comment"), "x NL");
    }

    #[test]
    fn nested_blocks() {
        let src = "if a:\n    if b:\n        x\n\n      # odd comment\n    y\nz\n";
        assert_eq!(show(src), "if a : NL IN if b : NL IN x NL DE y NL DE z NL");
        let src = "def f():\n  if a:\n    if b:\n      x\ny";
        assert_eq!(show(src), "def f ( ) : NL IN if a : NL IN if b : NL IN x NL DE DE DE y NL");
        // blocks closed at end of file without trailing newline
        assert_eq!(show("if a:\n  if b:\n    x"), "if a : NL IN if b : NL IN x NL DE DE");
    }

    #[test]
    fn brackets_and_continuation() {
        assert_eq!(show("x = (1,\n  2,\n# c\n      3)\ny"), "x = ( 1 , 2 , 3 ) NL y NL");
        assert_eq!(show("x = [\n]\n"), "x = [ ] NL");
        assert_eq!(show("x = 1 + \\\n      2\ny"), "x = 1 + 2 NL y NL");
        assert_eq!(show("if a:\n    x = 1 + \\\n2\n    y\n"), "if a : NL IN x = 1 + 2 NL y NL DE");
    }

    #[test]
    fn tabs() {
        assert_eq!(show("if a:\n\tx\n\ty\n"), "if a : NL IN x NL y NL DE");
        // tab then spaces consistently
        assert_eq!(show("if a:\n\t  x\n\t  y\n"), "if a : NL IN x NL y NL DE");
        assert_eq!(
            error("if 1:\n\tx\n        y"),
            ("inconsistent use of tabs and spaces in indentation".into(), SyntaxErrorKind::Tab)
        );
        assert_eq!(error("if 1:\n        x\n\ty").1, SyntaxErrorKind::Tab);
    }

    #[test]
    fn indentation_errors() {
        assert_eq!(error("x = 1\n  y = 2"), ("unexpected indent".into(), SyntaxErrorKind::Indentation));
        assert_eq!(error("  x"), ("unexpected indent".into(), SyntaxErrorKind::Indentation));
        assert_eq!(msg("if x: pass\n    y"), "unexpected indent");
        assert_eq!(
            error("if 1:\n    x\n  y"),
            (
                "unindent does not match any outer indentation level".into(),
                SyntaxErrorKind::Indentation
            )
        );
    }

    #[test]
    fn bracket_errors() {
        assert_eq!(msg(")"), "unmatched ')'");
        assert_eq!(msg("(]"), "closing parenthesis ']' does not match opening parenthesis '('");
        assert_eq!(
            msg("x = (1,\n 2]"),
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        let e = tokenize("x = [1,\n (2,\n").unwrap_err();
        assert_eq!(e.msg, "'(' was never closed");
        assert_eq!(e.span, Span::new(9, 10));
        assert_eq!(msg("x = (\n"), "'(' was never closed");
        // a lexing error wins over the unclosed bracket
        assert_eq!(msg("x = (\n'abc"), "unterminated string literal (detected at line 2)");
        // but an earlier layout error wins over a later lexing error
        assert_eq!(msg("x\n  y\n'abc"), "unexpected indent");
    }

    #[test]
    fn continuation_errors() {
        assert_eq!(msg("x = 1 \\ 2"), "unexpected character after line continuation character");
        assert_eq!(msg("x\\"), "unexpected EOF while parsing");
        assert_eq!(msg("x = 1\n\\\n"), "unexpected EOF while parsing");
        assert_eq!(msg("x = $"), "invalid syntax");
        assert_eq!(msg("x = €"), "invalid character '€' (U+20AC)");
    }

    #[test]
    fn expression_mode() {
        let toks = tokenize_expression("a +\n b", 10).unwrap();
        let kinds: Vec<_> = toks.iter().map(|t| t.0.clone()).collect();
        assert_eq!(kinds, vec![Tok::Name("a".into()), Tok::Plus, Tok::Name("b".into())]);
        assert_eq!(toks[0].1, Span::new(10, 11));
        assert_eq!(toks[2].1, Span::new(15, 16));
        assert_eq!(tokenize_expression("(a", 0).unwrap_err().msg, "'(' was never closed");
        let e = tokenize_expression("x = 'a", 5).unwrap_err();
        assert_eq!(e.span.start, 9);
    }

    #[test]
    fn spans() {
        let toks = tokenize("if a:\n  é = 1\n").unwrap();
        let (t, s) = &toks[5];
        assert_eq!(*t, Tok::Name("é".into()));
        assert_eq!(*s, Span::new(8, 10));
    }

    /// A sample exercising most of the lexer, for the truncation test.
    pub(crate) const SAMPLE: &str = r#"# -*- coding: utf-8 -*-
import os, sys
def f(a, b=1, *args, **kw) -> int:
    """Doc string
    over lines \n \N{EM DASH} é"""
    x = [1, 0x1F, 0o17, 0b101, 1_000, 1.5e-3, .5, 3j, 00]
    s = 'a\tb' + "c\x41\u00e9" + r'\d' + b'\x00ab' + rb'\x'
    t = f"{a!r:>{b}} {x = } {{lit}} {'q'}" + F'{a:{b}.{b}f}'
    if a >= b and not (a != b):
	pass
    élan = a // b ** 2 @ c; élan **= 2; élan >>= 1
    while True:
        break
    return x[1:2] if a else {k: v for k, v in kw.items()}
class C:
    async def g(self):
        await self \
            .h(...)
y = lambda: (yield)
z = f'''multi
{y}
line'''
"#;

    #[test]
    fn sample_tokenizes() {
        // the tab-indented `pass` is inconsistent (TabError), as in CPython
        let e = tokenize(SAMPLE).unwrap_err();
        assert_eq!(e.kind, SyntaxErrorKind::Tab);
        let fixed = SAMPLE.replace("\tpass", "        pass");
        tokenize(&fixed).unwrap();
    }

    #[test]
    fn truncations_never_panic() {
        let fixed = SAMPLE.replace("\tpass", "        pass");
        let mut inputs: Vec<String> = vec![SAMPLE.to_string(), fixed.clone()];
        // every char-boundary prefix and suffix, plus pseudo-random slices
        for s in [SAMPLE, fixed.as_str()] {
            for i in 0..=s.len() {
                if s.is_char_boundary(i) {
                    inputs.push(s[..i].to_string());
                    inputs.push(s[i..].to_string());
                }
            }
            let mut seed: u64 = 0x9E3779B97F4A7C15;
            for _ in 0..2000 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let a = (seed % (s.len() as u64 + 1)) as usize;
                let b = ((seed >> 32) % (s.len() as u64 + 1)) as usize;
                let (a, b) = (a.min(b), a.max(b));
                let bytes = &s.as_bytes()[a..b];
                inputs.push(String::from_utf8_lossy(bytes).into_owned());
            }
        }
        for inp in &inputs {
            let r = tokenize(inp);
            let _ = tokenize_expression(inp, 3);
            if let Err(e) = r {
                let _ = crate::syntax::diagnostics::render("t.py", inp, &[e], false);
            }
        }
    }

    #[test]
    fn random_soup_never_panics() {
        let alphabet: Vec<char> = "'\"\\{}()[]:!=<>#\n\r\t fFrRbB0xXoj.e_é€9N".chars().collect();
        let mut seed: u64 = 12345;
        for _ in 0..20000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 24) as usize;
            let mut x = seed;
            let mut inp = String::new();
            for _ in 0..len {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                inp.push(alphabet[((x >> 33) as usize) % alphabet.len()]);
            }
            let r = tokenize(&inp);
            let _ = tokenize_expression(&inp, 1);
            if let Err(e) = r {
                let _ = crate::syntax::diagnostics::render("t.py", &inp, &[e], false);
            }
        }
    }

    #[test]
    fn speed_10k_lines() {
        let fixed = SAMPLE.replace("\tpass", "        pass");
        let mut big = String::new();
        while big.lines().count() < 10_000 {
            big.push_str(&fixed);
        }
        let t = std::time::Instant::now();
        let toks = tokenize(&big).unwrap();
        let el = t.elapsed();
        assert!(toks.len() > 10_000);
        eprintln!("10k lines: {:?}", el);
    }
}
