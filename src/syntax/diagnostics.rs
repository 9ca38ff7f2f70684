//! Renders syntax errors with ariadne.
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

use super::SyntaxError;

/// Largest char boundary of `src` that is `<= pos`.
fn floor_boundary(src: &str, pos: usize) -> usize {
    let mut p = pos.min(src.len());
    while p > 0 && !src.is_char_boundary(p) {
        p -= 1;
    }
    p
}

/// Smallest char boundary of `src` that is `>= pos`.
fn ceil_boundary(src: &str, pos: usize) -> usize {
    let mut p = pos.min(src.len());
    while p < src.len() && !src.is_char_boundary(p) {
        p += 1;
    }
    p
}

/// Renders every error as an ariadne report (plain text unless `color`), followed by the
/// CPython-style last line `SyntaxError: msg` for the first error.
pub fn render(filename: &str, src: &str, errors: &[SyntaxError], color: bool) -> String {
    let mut buf: Vec<u8> = Vec::new();
    let config = Config::default().with_color(color).with_index_type(IndexType::Byte);
    for e in errors {
        let class = e.kind.class_name();
        let start = floor_boundary(src, e.span.start as usize);
        let mut end = ceil_boundary(src, (e.span.end as usize).max(start));
        if end == start && start < src.len() {
            // underline at least one character
            end = ceil_boundary(src, start + 1);
        }
        let report = Report::build(ReportKind::Custom(class, Color::Red), (filename, start..end))
            .with_config(config)
            .with_message(&e.msg)
            .with_label(Label::new((filename, start..end)).with_message(&e.msg).with_color(Color::Red))
            .finish();
        let _ = report.write((filename, Source::from(src)), &mut buf);
    }
    let mut out = String::from_utf8_lossy(&buf).into_owned();
    if !color {
        // ariadne colours a custom report kind's header even with colours off.
        out = strip_ansi(&out);
    }
    if let Some(first) = errors.first() {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("{}: {}\n", first.kind.class_name(), first.msg));
    }
    out
}

/// 1-based line and 0-based column (in characters) of a byte offset.
pub fn line_col(src: &str, offset: u32) -> (usize, usize) {
    let off = floor_boundary(src, offset as usize);
    let before = &src[..off];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map(|s| s.chars().count()).unwrap_or(0);
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::layout::tokenize;

    #[test]
    fn render_last_line() {
        let src = "x = (1,\n  2]\n";
        let e = tokenize(src).unwrap_err();
        let out = render("t.py", src, &[e.clone(), e], false);
        let last = out.lines().last().unwrap();
        assert_eq!(
            last,
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert!(out.contains("t.py"));
        let src = "if 1:\n  x\n y\n";
        let e = tokenize(src).unwrap_err();
        let out = render("t.py", src, &[e], true);
        assert!(out.ends_with("IndentationError: unindent does not match any outer indentation level\n"));
    }

    #[test]
    fn render_odd_spans() {
        let src = "é = 'abc";
        for (s, e) in [(0, 0), (1, 1), (1, 2), (7, 100), (100, 200), (5, 2)] {
            let err = SyntaxError {
                msg: "m".into(),
                span: crate::syntax::Span { start: s, end: e },
                kind: crate::syntax::SyntaxErrorKind::Tab,
            };
            let out = render("f", src, &[err], false);
            assert!(out.ends_with("TabError: m\n"));
        }
        assert_eq!(line_col("a\nbé", 4), (2, 1));
        assert_eq!(line_col("a\nbé", 5), (2, 2));
        assert!(render("f", "", &[], false).is_empty());
    }

    /// Ad-hoc comparison helper: `CASES=file cargo test dump_cases -- --ignored --nocapture`
    /// prints the message for each line of the file (a Python string literal per line).
    #[test]
    #[ignore]
    fn dump_cases() {
        let Ok(path) = std::env::var("CASES") else { return };
        let text = std::fs::read_to_string(path).unwrap();
        for line in text.lines() {
            let src = line.replace("⏎", "\n").replace("→", "\t");
            match tokenize(&src) {
                Ok(_) => println!("{line} => OK"),
                Err(e) => println!("{line} => {}: {}", e.kind.class_name(), e.msg),
            }
        }
    }
}

/// Removes ANSI SGR sequences (`ESC [ ... m`).
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod plain_tests {
    use super::*;

    #[test]
    fn no_escape_codes_without_color() {
        let errs = crate::syntax::parse_module("x = (\n").unwrap_err();
        let text = render("f.py", "x = (\n", &errs, false);
        assert!(!text.contains('\u{1b}'), "{text:?}");
        assert!(text.starts_with("SyntaxError: "), "{text:?}");
    }
}
