//! chumsky grammar for Python 3.11: tokens (after layout) -> AST.
//!
//! Design notes:
//! - Everything that could start either an expression or an assignment target is parsed once
//!   as an expression and then validated/converted (no "try target, then expression").
//! - Bracketed forms parse their first element once and then decide between tuple / genexp /
//!   parenthesised expression (resp. list/listcomp, set/dict/comps).
//! - Most "semantic" syntax errors (invalid targets, argument order, ...) are emitted with
//!   `validate`, so the parse continues and several errors can be reported.
//! - Statement-level recovery skips to the end of the logical line (and any indented block
//!   that follows it).
use super::ast::*;
use super::token::{FStrPiece, Tok};
use super::{SyntaxError, SyntaxErrorKind};
use chumsky::error::Error as ChumskyError;
use chumsky::input::{Input as _, MappedInput};
use chumsky::label::LabelError;
use chumsky::prelude::*;
use chumsky::util::MaybeRef;

impl chumsky::span::Span for Span {
    type Context = ();
    type Offset = u32;
    fn new(_: (), range: std::ops::Range<u32>) -> Self {
        Span {
            start: range.start,
            end: range.end,
        }
    }
    fn context(&self) {}
    fn start(&self) -> u32 {
        self.start
    }
    fn end(&self) -> u32 {
        self.end
    }
}

type In<'a> = MappedInput<'a, Tok, Span, &'a [(Tok, Span)]>;
type Ex = extra::Err<PErr>;
type P<'a, O> = Boxed<'a, 'a, In<'a>, O, Ex>;

// ---------------------------------------------------------------------------------------------
// Errors

#[derive(Clone, Copy, Debug, PartialEq)]
enum Found {
    Eoi,
    Indent,
    Dedent,
    Newline,
    Other,
}

/// The parser's error type: either a plain "unexpected token" or a custom CPython message.
#[derive(Clone, Debug)]
pub struct PErr {
    span: Span,
    msg: Option<String>,
    kind: SyntaxErrorKind,
    found: Found,
    /// For messages containing `{LINE}`: the offset whose line number replaces it.
    line_at: Option<u32>,
}

impl PErr {
    fn custom(span: Span, msg: impl Into<String>) -> PErr {
        PErr {
            span,
            msg: Some(msg.into()),
            kind: SyntaxErrorKind::Syntax,
            found: Found::Other,
            line_at: None,
        }
    }
    fn plain(span: Span) -> PErr {
        PErr {
            span,
            msg: None,
            kind: SyntaxErrorKind::Syntax,
            found: Found::Other,
            line_at: None,
        }
    }
    fn indent_block(span: Span, what: &str, header_start: u32) -> PErr {
        PErr {
            span,
            msg: Some(format!("expected an indented block after {what} on line {{LINE}}")),
            kind: SyntaxErrorKind::Indentation,
            found: Found::Other,
            line_at: Some(header_start),
        }
    }
}

impl<'a> ChumskyError<'a, In<'a>> for PErr {
    fn merge(self, other: Self) -> Self {
        if self.msg.is_none() && other.msg.is_some() { other } else { self }
    }
}

impl<'a, L> LabelError<'a, In<'a>, L> for PErr {
    fn expected_found<E: IntoIterator<Item = L>>(_expected: E, found: Option<MaybeRef<'a, Tok>>, span: Span) -> Self {
        let found = match found.as_deref() {
            None => Found::Eoi,
            Some(Tok::Indent) => Found::Indent,
            Some(Tok::Dedent) => Found::Dedent,
            Some(Tok::Newline) => Found::Newline,
            Some(_) => Found::Other,
        };
        PErr {
            span,
            msg: None,
            kind: SyntaxErrorKind::Syntax,
            found,
            line_at: None,
        }
    }
}

fn line_of(src: &str, offset: u32) -> usize {
    let off = (offset as usize).min(src.len());
    src.as_bytes()[..off].iter().filter(|&&b| b == b'\n').count() + 1
}

fn convert_errors(src: &str, errs: Vec<PErr>) -> Vec<SyntaxError> {
    let mut out: Vec<SyntaxError> = errs
        .into_iter()
        .map(|e| {
            let (msg, kind) = match e.msg {
                Some(m) => {
                    let m = match e.line_at {
                        Some(at) => m.replace("{LINE}", &line_of(src, at).to_string()),
                        None => m,
                    };
                    (m, e.kind)
                }
                None => match e.found {
                    Found::Indent => ("unexpected indent".to_string(), SyntaxErrorKind::Indentation),
                    _ => ("invalid syntax".to_string(), SyntaxErrorKind::Syntax),
                },
            };
            SyntaxError { msg, span: e.span, kind }
        })
        .collect();
    out.sort_by_key(|e| (e.span.start, e.span.end));
    out.dedup_by(|a, b| a.span.start == b.span.start && a.msg == b.msg);
    if out.is_empty() {
        out.push(SyntaxError {
            msg: "invalid syntax".into(),
            span: Span::new(src.len(), src.len()),
            kind: SyntaxErrorKind::Syntax,
        });
    }
    out
}

fn eoi_span(src: &str, toks: &[(Tok, Span)]) -> Span {
    let end = toks.last().map(|t| t.1.end).unwrap_or(0).max(src.len() as u32);
    Span { start: end, end }
}

// ---------------------------------------------------------------------------------------------
// Public entry points

pub fn parse_module(src: &str, toks: &[(Tok, Span)]) -> Result<Module, Vec<SyntaxError>> {
    let eoi = eoi_span(src, toks);
    let parser = module_parser();
    let (out, errs) = parser.parse(toks.split_token_span(eoi)).into_output_errors();
    match out {
        Some(body) if errs.is_empty() => Ok(Module { body }),
        _ => Err(convert_errors(src, errs)),
    }
}

pub fn parse_expression(src: &str, toks: &[(Tok, Span)]) -> Result<Expr, Vec<SyntaxError>> {
    let eoi = eoi_span(src, toks);
    let parser = expression_parser();
    let (out, errs) = parser.parse(toks.split_token_span(eoi)).into_output_errors();
    match out {
        Some(e) if errs.is_empty() => Ok(e),
        _ => Err(convert_errors(src, errs)),
    }
}

fn expression_parser<'a>() -> P<'a, Expr> {
    let l = layers();
    choice((l.yield_expr.clone(), l.star_exprs.clone()))
        .then_ignore(just(Tok::Newline).repeated())
        .then_ignore(end())
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Small helpers

fn mk(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

fn name<'a>() -> impl Parser<'a, In<'a>, String, Ex> + Clone {
    select! { Tok::Name(n) => n }
}

/// An attribute name after a dot: a name, or (on purpose, unlike CPython 3.11) the keywords
/// `async` and `await`, for 3.4-era code such as `asyncio.async(coro)`.
fn attr_name<'a>() -> impl Parser<'a, In<'a>, String, Ex> + Clone {
    select! {
        Tok::Name(n) => n,
        Tok::Async => "async".to_string(),
        Tok::Await => "await".to_string(),
    }
}

fn name_sp<'a>() -> impl Parser<'a, In<'a>, (String, Span), Ex> + Clone {
    select! { Tok::Name(n) => n }.map_with(|n, e| (n, e.span()))
}

/// Tokens that can start an expression (for "Perhaps you forgot a comma?").
fn expr_start_tok<'a>() -> impl Parser<'a, In<'a>, (), Ex> + Clone {
    select! {
        Tok::Name(_) => (),
        Tok::Int(_) => (),
        Tok::Float(_) => (),
        Tok::Imag(_) => (),
        Tok::Str(_) => (),
        Tok::Bytes(_) => (),
        Tok::FString(_) => (),
        Tok::True => (),
        Tok::False => (),
        Tok::None => (),
        Tok::Ellipsis => (),
        Tok::Lambda => (),
        Tok::LBrace => (),
    }
}

/// A comma inside brackets.
fn comma<'a>() -> impl Parser<'a, In<'a>, (), Ex> + Clone {
    just(Tok::Comma).ignored()
}

/// An item inside brackets; when another expression follows it directly, fails with CPython's
/// "invalid syntax. Perhaps you forgot a comma?" spanning both.
fn no_adjacent<'a>(item: P<'a, Expr>) -> P<'a, Expr> {
    item.then(expr_start_tok().map_with(|_, e| e.span()).rewind().or_not())
        .try_map(|(it, next), _| match next {
            None => Ok(it),
            Some(n) => Err(PErr::custom(it.span.to(n), "invalid syntax. Perhaps you forgot a comma?")),
        })
        .boxed()
}

/// `:`; when the line ends instead, emits "expected ':'" and carries on.
fn colon<'a>() -> impl Parser<'a, In<'a>, (), Ex> + Clone {
    just(Tok::Colon).ignored().or(just(Tok::Newline)
        .rewind()
        .validate(|_, e, em| {
            let sp: Span = e.span();
            em.emit(PErr::custom(
                Span {
                    start: sp.start,
                    end: sp.start,
                },
                "expected ':'",
            ))
        })
        .ignored())
}

/// `item (, item)* [,]` -> the item, or a Tuple when there is a comma.
fn tuple_of<'a>(item: P<'a, Expr>) -> P<'a, Expr> {
    item.clone()
        .then(just(Tok::Comma).ignore_then(item).repeated().collect::<Vec<_>>())
        .then(just(Tok::Comma).or_not())
        .map_with(|((first, rest), trailing), e| {
            if rest.is_empty() && trailing.is_none() {
                first
            } else {
                let mut v = vec![first];
                v.extend(rest);
                mk(ExprKind::Tuple(v), e.span())
            }
        })
        .boxed()
}

fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Set(_) => "set display",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Starred(_) => "starred",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
    }
}

/// Finds the first sub-expression that is not a valid assignment target.
/// `top` = the expression is a whole target (a bare Starred is then invalid).
fn bad_store_target(e: &Expr, top: bool) -> Option<(&Expr, String)> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find_map(|i| bad_store_target(i, false)),
        ExprKind::Starred(inner) => {
            if top {
                Some((e, "starred assignment target must be in a list or tuple".to_string()))
            } else {
                bad_store_target(inner, false)
            }
        }
        _ => Some((e, format!("cannot assign to {}", describe(e)))),
    }
}

fn bad_del_target(e: &Expr) -> Option<(&Expr, String)> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find_map(bad_del_target),
        _ => Some((e, format!("cannot delete {}", describe(e)))),
    }
}

fn emit_store_errors(e: &Expr, em: &mut chumsky::input::Emitter<PErr>) {
    if let Some((bad, msg)) = bad_store_target(e, true) {
        em.emit(PErr::custom(bad.span, msg));
    }
}

// ---------------------------------------------------------------------------------------------
// Strings and f-strings

fn push_lit(out: &mut Vec<FPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Literal(prev)) = out.last_mut() {
        prev.push_str(s);
    } else {
        out.push(FPart::Literal(s.to_string()));
    }
}

fn parse_fstring_field(src: &str, offset: u32, span: Span) -> Result<Expr, PErr> {
    if src.trim().is_empty() {
        return Err(PErr::custom(span, "f-string: empty expression not allowed"));
    }
    let toks = super::layout::tokenize_expression(src, offset).map_err(|e| {
        let msg = if e.msg.starts_with("f-string") {
            e.msg
        } else {
            format!("f-string: {}", e.msg)
        };
        PErr {
            span: e.span,
            msg: Some(msg),
            kind: e.kind,
            found: Found::Other,
            line_at: None,
        }
    })?;
    parse_expression("", &toks).map_err(|errs| {
        let e = errs.into_iter().next().unwrap_or(SyntaxError {
            msg: "invalid syntax".into(),
            span,
            kind: SyntaxErrorKind::Syntax,
        });
        let msg = if e.msg.starts_with("f-string") {
            e.msg
        } else {
            format!("f-string: {}", e.msg)
        };
        PErr {
            span: e.span,
            msg: Some(msg),
            kind: e.kind,
            found: Found::Other,
            line_at: None,
        }
    })
}

fn fstring_parts(pieces: &[FStrPiece], span: Span, out: &mut Vec<FPart>) -> Result<(), PErr> {
    for p in pieces {
        match p {
            FStrPiece::Literal(s) => push_lit(out, s),
            FStrPiece::Field {
                expr_src,
                expr_offset,
                debug_text,
                conversion,
                spec,
            } => {
                if let Some(t) = debug_text {
                    push_lit(out, t);
                }
                let value = parse_fstring_field(expr_src, *expr_offset, span)?;
                let format_spec = match spec {
                    Some(s) => {
                        let mut v = Vec::new();
                        fstring_parts(s, span, &mut v)?;
                        Some(v)
                    }
                    None => None,
                };
                let conversion = match conversion {
                    Some(c) => Some(*c),
                    None if debug_text.is_some() && spec.is_none() => Some('r'),
                    None => None,
                };
                out.push(FPart::Expr {
                    value: bx(value),
                    conversion,
                    format_spec,
                });
            }
        }
    }
    Ok(())
}

fn concat_strings(parts: Vec<(Tok, Span)>) -> Result<ExprKind, PErr> {
    let has_bytes = parts.iter().any(|(t, _)| matches!(t, Tok::Bytes(_)));
    let has_str = parts.iter().any(|(t, _)| !matches!(t, Tok::Bytes(_)));
    if has_bytes && has_str {
        let end = parts.last().map(|p| p.1.end).unwrap_or(0);
        return Err(PErr::custom(Span { start: end, end }, "cannot mix bytes and nonbytes literals"));
    }
    if has_bytes {
        let mut b = Vec::new();
        for (t, _) in parts {
            if let Tok::Bytes(x) = t {
                b.extend(x);
            }
        }
        return Ok(ExprKind::Constant(Constant::Bytes(b)));
    }
    if parts.iter().any(|(t, _)| matches!(t, Tok::FString(_))) {
        let mut out = Vec::new();
        for (t, sp) in &parts {
            match t {
                Tok::Str(s) => push_lit(&mut out, s),
                Tok::FString(pieces) => fstring_parts(pieces, *sp, &mut out)?,
                _ => {}
            }
        }
        return Ok(ExprKind::JoinedStr(out));
    }
    let mut s = String::new();
    for (t, _) in parts {
        if let Tok::Str(x) = t {
            s.push_str(&x);
        }
    }
    Ok(ExprKind::Constant(Constant::Str(s)))
}

// ---------------------------------------------------------------------------------------------
// Expressions

#[derive(Clone)]
struct Layers<'a> {
    /// `expression`: lambda / conditional / disjunction.
    expr: P<'a, Expr>,
    /// `named_expression`: expression with optional `NAME :=`.
    named: P<'a, Expr>,
    bitor: P<'a, Expr>,
    /// `star_expressions`: a single expression or an unparenthesised tuple (with `*x` items).
    star_exprs: P<'a, Expr>,
    yield_expr: P<'a, Expr>,
    /// for-loop / comprehension targets.
    target_list: P<'a, Expr>,
    /// `( args )` including the parentheses.
    call_args: P<'a, Vec<Arg>>,
    /// def parameter list (without parentheses).
    def_params: P<'a, Params>,
}

fn layers<'a>() -> Layers<'a> {
    let expr = recursive(|expr| build_layers(expr.boxed()).expr).boxed();
    build_layers(expr)
}

fn named_of<'a>(expr: P<'a, Expr>) -> P<'a, Expr> {
    expr.clone()
        .then(just(Tok::Walrus).ignore_then(expr).or_not())
        .validate(|(t, v), e, em| match v {
            None => t,
            Some(v) => {
                let target = match t.kind {
                    ExprKind::Name(n) => n,
                    _ => {
                        em.emit(PErr::custom(
                            t.span,
                            format!("cannot use assignment expressions with {}", describe(&t)),
                        ));
                        String::new()
                    }
                };
                mk(ExprKind::NamedExpr { target, value: bx(v) }, e.span())
            }
        })
        .boxed()
}

fn starred<'a>(operand: P<'a, Expr>) -> P<'a, Expr> {
    just(Tok::Star)
        .ignore_then(operand)
        .map_with(|v, e| mk(ExprKind::Starred(bx(v)), e.span()))
        .boxed()
}

fn binlevel<'a>(lower: P<'a, Expr>, op: impl Parser<'a, In<'a>, BinOp, Ex> + Clone + 'a) -> P<'a, Expr> {
    lower
        .clone()
        .foldl_with(op.then(lower).repeated(), |l, (op, r), e| {
            mk(
                ExprKind::BinOp {
                    left: bx(l),
                    op,
                    right: bx(r),
                },
                e.span(),
            )
        })
        .boxed()
}

fn or_test_of<'a>(bitor: P<'a, Expr>) -> P<'a, Expr> {
    let cmp_op = choice((
        select! {
            Tok::Lt => CmpOp::Lt,
            Tok::Gt => CmpOp::Gt,
            Tok::EqEq => CmpOp::Eq,
            Tok::NotEq => CmpOp::NotEq,
            Tok::LtE => CmpOp::LtE,
            Tok::GtE => CmpOp::GtE,
            Tok::In => CmpOp::In,
        },
        just(Tok::Not).then(just(Tok::In)).to(CmpOp::NotIn),
        just(Tok::Is)
            .ignore_then(just(Tok::Not).or_not())
            .map(|n| if n.is_some() { CmpOp::IsNot } else { CmpOp::Is }),
    ));
    let comparison = bitor
        .clone()
        .then(cmp_op.then(bitor).repeated().collect::<Vec<_>>())
        .map_with(|(l, ops), e| {
            if ops.is_empty() {
                l
            } else {
                mk(ExprKind::Compare { left: bx(l), ops }, e.span())
            }
        })
        .boxed();
    let not_test = recursive(|nt| {
        choice((
            just(Tok::Not).ignore_then(nt).map_with(|v, e| {
                mk(
                    ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        operand: bx(v),
                    },
                    e.span(),
                )
            }),
            comparison,
        ))
    })
    .boxed();
    let boolop = |lower: P<'a, Expr>, tok: Tok, op: BoolOp| -> P<'a, Expr> {
        lower
            .separated_by(just(tok))
            .at_least(1)
            .collect::<Vec<_>>()
            .map_with(move |mut v, e| {
                if v.len() == 1 {
                    v.pop().unwrap()
                } else {
                    mk(ExprKind::BoolOp { op, values: v }, e.span())
                }
            })
            .boxed()
    };
    let and_test = boolop(not_test, Tok::And, BoolOp::And);
    boolop(and_test, Tok::Or, BoolOp::Or)
}

fn comp_for_of<'a>(target_list: P<'a, Expr>, or_test: P<'a, Expr>) -> P<'a, Vec<Comprehension>> {
    just(Tok::Async)
        .or_not()
        .then_ignore(just(Tok::For))
        .then(target_list)
        .then_ignore(just(Tok::In))
        .then(or_test.clone())
        .then(just(Tok::If).ignore_then(or_test).repeated().collect::<Vec<_>>())
        .validate(|(((a, target), iter), ifs), _e, em| {
            emit_store_errors(&target, em);
            Comprehension {
                target,
                iter,
                ifs,
                is_async: a.is_some(),
            }
        })
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed()
}

fn yield_of<'a>(expr: P<'a, Expr>, star_exprs: P<'a, Expr>) -> P<'a, Expr> {
    just(Tok::Yield)
        .ignore_then(choice((
            just(Tok::From).ignore_then(expr).map(|v| (true, Some(v))),
            star_exprs.or_not().map(|v| (false, v)),
        )))
        .map_with(|(from, v), e| match (from, v) {
            (true, Some(v)) => mk(ExprKind::YieldFrom(bx(v)), e.span()),
            (_, v) => mk(ExprKind::Yield(v.map(bx)), e.span()),
        })
        .boxed()
}

#[derive(Clone)]
enum PItem {
    Slash(Span),
    Star(Option<Param>, Span),
    DStar(Param),
    Normal(Param),
}

fn params_of<'a>(expr: P<'a, Expr>, annotated: bool) -> P<'a, Params> {
    let ann: P<'a, Option<Expr>> = if annotated {
        just(Tok::Colon).ignore_then(expr.clone()).or_not().boxed()
    } else {
        empty().to(None).boxed()
    };
    let core = name_sp()
        .then(ann)
        .map_with(|((n, _), a), e| Param {
            name: n,
            annotation: a,
            default: None,
            span: e.span(),
        })
        .boxed();
    let item = choice((
        just(Tok::Slash).map_with(|_, e| PItem::Slash(e.span())),
        just(Tok::DoubleStar).ignore_then(core.clone()).map(PItem::DStar),
        just(Tok::Star)
            .map_with(|_, e| e.span())
            .then(core.clone().or_not())
            .map(|(s, p)| PItem::Star(p, s)),
        core.then(just(Tok::Equal).ignore_then(expr).or_not()).map(|(mut p, d)| {
            p.default = d;
            PItem::Normal(p)
        }),
    ));
    item.separated_by(just(Tok::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .validate(|items, _e, em| build_params(items, em))
        .boxed()
}

fn build_params(items: Vec<PItem>, em: &mut chumsky::input::Emitter<PErr>) -> Params {
    let mut p = Params::default();
    let mut seen_slash = false;
    let mut seen_star: Option<Span> = None;
    let mut bare_star = false;
    let mut seen_default = false;
    let mut seen_kwarg = false;
    let mut err: Option<PErr> = None;
    let mut names: Vec<String> = Vec::new();
    let set_err = |e: PErr, err: &mut Option<PErr>| {
        if err.is_none() {
            *err = Some(e);
        }
    };
    for it in items {
        let sp = match &it {
            PItem::Slash(s) | PItem::Star(_, s) => *s,
            PItem::DStar(p) | PItem::Normal(p) => p.span,
        };
        if seen_kwarg {
            set_err(PErr::custom(sp, "arguments cannot follow var-keyword argument"), &mut err);
        }
        match it {
            PItem::Slash(s) => {
                if seen_slash {
                    set_err(PErr::custom(s, "/ may appear only once"), &mut err);
                } else if seen_star.is_some() {
                    set_err(PErr::custom(s, "/ must be ahead of *"), &mut err);
                } else if p.args.is_empty() {
                    set_err(PErr::custom(s, "at least one argument must precede /"), &mut err);
                }
                seen_slash = true;
                p.posonly.append(&mut p.args);
            }
            PItem::Star(param, s) => {
                if seen_star.is_some() {
                    set_err(PErr::custom(s, "* argument may appear only once"), &mut err);
                }
                seen_star = Some(s);
                bare_star = param.is_none();
                if let Some(param) = param {
                    names.push(param.name.clone());
                    p.vararg = Some(param);
                }
            }
            PItem::DStar(param) => {
                seen_kwarg = true;
                names.push(param.name.clone());
                p.kwarg = Some(param);
            }
            PItem::Normal(param) => {
                if seen_star.is_some() {
                    names.push(param.name.clone());
                    p.kwonly.push(param);
                } else {
                    if param.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        set_err(PErr::custom(param.span, "non-default argument follows default argument"), &mut err);
                    }
                    names.push(param.name.clone());
                    p.args.push(param);
                }
            }
        }
    }
    if bare_star
        && p.kwonly.is_empty()
        && let Some(s) = seen_star
    {
        set_err(PErr::custom(s, "named arguments must follow bare *"), &mut err);
    }
    if let Some(e) = err {
        em.emit(e);
    }
    p
}

#[derive(Clone)]
enum Trailer {
    Attr(String),
    Call(Vec<Arg>),
    Sub(Expr),
}

#[derive(Clone)]
enum ArgTail {
    Kw(Expr),
    Gen(Vec<Comprehension>),
    Pos,
}

fn args_of<'a>(expr: P<'a, Expr>, named: P<'a, Expr>, comp_for: P<'a, Vec<Comprehension>>) -> P<'a, Vec<Arg>> {
    let arg = choice((
        just(Tok::Star).ignore_then(expr.clone()).map(|x| (Arg::Starred(x), false)),
        just(Tok::DoubleStar)
            .ignore_then(expr.clone())
            .map(|x| (Arg::DoubleStarred(x), false)),
        no_adjacent(named)
            .then(choice((
                just(Tok::Equal).ignore_then(no_adjacent(expr)).map(ArgTail::Kw),
                comp_for.map(ArgTail::Gen),
                empty().to(ArgTail::Pos),
            )))
            .validate(|(first, tail), e, em| match tail {
                ArgTail::Pos => (Arg::Positional(first), false),
                ArgTail::Gen(generators) => (
                    Arg::Positional(mk(
                        ExprKind::GeneratorExp {
                            elt: bx(first),
                            generators,
                        },
                        e.span(),
                    )),
                    true,
                ),
                ArgTail::Kw(value) => {
                    let name = match first.kind {
                        ExprKind::Name(n) => n,
                        _ => {
                            em.emit(PErr::custom(
                                first.span.to(value.span),
                                "expression cannot contain assignment, perhaps you meant \"==\"?",
                            ));
                            String::new()
                        }
                    };
                    (
                        Arg::Keyword(Keyword {
                            name,
                            value,
                            span: e.span(),
                        }),
                        false,
                    )
                }
            }),
    ))
    .map_with(|(a, bare), e| (a, e.span(), bare))
    .boxed();
    just(Tok::LParen)
        .ignore_then(arg.separated_by(comma()).allow_trailing().collect::<Vec<_>>())
        .then_ignore(just(Tok::RParen))
        .validate(|args: Vec<(Arg, Span, bool)>, _e, em| {
            let n = args.len();
            let mut seen_kw = false;
            let mut seen_dstar = false;
            let mut reported = false;
            let mut report = |sp: Span, msg: &str, em: &mut chumsky::input::Emitter<PErr>| {
                if !reported {
                    reported = true;
                    em.emit(PErr::custom(sp, msg));
                }
            };
            let mut kw_names: Vec<&str> = Vec::new();
            for (a, sp, bare_gen) in &args {
                if *bare_gen && n > 1 {
                    report(*sp, "Generator expression must be parenthesized", em);
                }
                match a {
                    Arg::Positional(_) => {
                        if seen_dstar {
                            report(*sp, "positional argument follows keyword argument unpacking", em);
                        } else if seen_kw {
                            report(*sp, "positional argument follows keyword argument", em);
                        }
                    }
                    Arg::Starred(_) => {
                        if seen_dstar {
                            report(*sp, "iterable argument unpacking follows keyword argument unpacking", em);
                        }
                    }
                    Arg::Keyword(k) => {
                        if !k.name.is_empty() && kw_names.contains(&k.name.as_str()) {
                            report(*sp, &format!("keyword argument repeated: {}", k.name), em);
                        }
                        kw_names.push(k.name.as_str());
                        seen_kw = true
                    }
                    Arg::DoubleStarred(_) => seen_dstar = true,
                }
            }
            args.into_iter().map(|(a, _, _)| a).collect()
        })
        .boxed()
}

fn build_layers<'a>(expr: P<'a, Expr>) -> Layers<'a> {
    let e2 = expr.clone();
    let bitor = recursive(move |bitor| bitor_of(bitor.boxed(), e2.clone())).boxed();
    let or_test = or_test_of(bitor.clone());
    let named = named_of(expr.clone());
    let star_exprs = tuple_of(choice((starred(bitor.clone()), expr.clone())).boxed());
    let yield_expr = yield_of(expr.clone(), star_exprs.clone());
    let target_list = tuple_of(choice((starred(bitor.clone()), bitor.clone())).boxed());
    let comp_for = comp_for_of(target_list.clone(), or_test.clone());
    let call_args = args_of(expr.clone(), named.clone(), comp_for);
    let def_params = params_of(expr.clone(), true);
    let lambda_params = params_of(expr.clone(), false);

    let ifexp = or_test
        .clone()
        .then(
            just(Tok::If)
                .ignore_then(or_test.clone())
                .then(just(Tok::Else).ignore_then(expr.clone()).or_not())
                .or_not(),
        )
        .validate(|(body, rest), e, em| match rest {
            None => body,
            Some((test, Some(orelse))) => mk(
                ExprKind::IfExp {
                    test: bx(test),
                    body: bx(body),
                    orelse: bx(orelse),
                },
                e.span(),
            ),
            Some((test, None)) => {
                em.emit(PErr::custom(e.span(), "expected 'else' after 'if' expression"));
                let sp = test.span;
                mk(
                    ExprKind::IfExp {
                        test: bx(test),
                        body: bx(body),
                        orelse: bx(mk(ExprKind::Constant(Constant::None), sp)),
                    },
                    e.span(),
                )
            }
        })
        .boxed();
    let lambda = just(Tok::Lambda)
        .ignore_then(lambda_params)
        .then_ignore(just(Tok::Colon))
        .then(expr)
        .map_with(|(params, body), e| {
            mk(
                ExprKind::Lambda {
                    params: Box::new(params),
                    body: bx(body),
                },
                e.span(),
            )
        })
        .boxed();
    let expression = choice((lambda, ifexp)).boxed();

    Layers {
        expr: expression,
        named,
        bitor,
        star_exprs,
        yield_expr,
        target_list,
        call_args,
        def_params,
    }
}

/// Everything from atoms up to `|`, given the recursive `bitor` and `expression` parsers.
fn bitor_of<'a>(bitor: P<'a, Expr>, expr: P<'a, Expr>) -> P<'a, Expr> {
    let named = named_of(expr.clone());
    let star_named = no_adjacent(choice((starred(bitor.clone()), named.clone())).boxed());
    let or_test = or_test_of(bitor.clone());
    let target_list = tuple_of(choice((starred(bitor.clone()), bitor.clone())).boxed());
    let comp_for = comp_for_of(target_list, or_test);
    let star_exprs = tuple_of(choice((starred(bitor.clone()), expr.clone())).boxed());
    let yield_expr = yield_of(expr.clone(), star_exprs);
    let call_args = args_of(expr.clone(), named.clone(), comp_for.clone());

    // --- atoms
    let literal = select! {
        Tok::Int(i) => ExprKind::Constant(Constant::Int(i)),
        Tok::Float(f) => ExprKind::Constant(Constant::Float(f)),
        Tok::Imag(f) => ExprKind::Constant(Constant::Imag(f)),
        Tok::None => ExprKind::Constant(Constant::None),
        Tok::True => ExprKind::Constant(Constant::True),
        Tok::False => ExprKind::Constant(Constant::False),
        Tok::Ellipsis => ExprKind::Constant(Constant::Ellipsis),
        Tok::Name(n) => ExprKind::Name(n),
    }
    .map_with(|k, e| mk(k, e.span()));

    let strings = select! {
        Tok::Str(s) => Tok::Str(s),
        Tok::Bytes(b) => Tok::Bytes(b),
        Tok::FString(f) => Tok::FString(f),
    }
    .map_with(|t, e| (t, e.span()))
    .repeated()
    .at_least(1)
    .collect::<Vec<_>>()
    .validate(|parts, e, em| match concat_strings(parts) {
        Ok(k) => mk(k, e.span()),
        Err(err) => {
            em.emit(err);
            mk(ExprKind::Constant(Constant::None), e.span())
        }
    })
    .boxed();

    let items_after_first = comma()
        .ignore_then(star_named.clone().separated_by(comma()).allow_trailing().collect::<Vec<_>>())
        .boxed();

    #[derive(Clone)]
    enum Tail {
        Comp(Vec<Comprehension>),
        Items(Vec<Expr>),
        Single,
    }

    let paren = just(Tok::LParen)
        .ignore_then(choice((
            just(Tok::RParen)
                .map_with(|_, e| mk(ExprKind::Tuple(vec![]), e.span()))
                .map(|x| (x, None)),
            yield_expr.clone().then_ignore(just(Tok::RParen)).map(|y| (y, Some(Tail::Single))),
            star_named
                .clone()
                .then(choice((
                    comp_for.clone().then_ignore(just(Tok::RParen)).map(Tail::Comp),
                    items_after_first.clone().then_ignore(just(Tok::RParen)).map(Tail::Items),
                    just(Tok::RParen).to(Tail::Single),
                )))
                .map(|(f, t)| (f, Some(t))),
        )))
        .validate(|(first, tail), e, em| match tail {
            None => mk(first.kind, e.span()),
            Some(Tail::Single) => {
                if matches!(first.kind, ExprKind::Starred(_)) {
                    em.emit(PErr::custom(first.span, "cannot use starred expression here"));
                }
                first
            }
            Some(Tail::Comp(generators)) => mk(
                ExprKind::GeneratorExp {
                    elt: bx(first),
                    generators,
                },
                e.span(),
            ),
            Some(Tail::Items(rest)) => {
                let mut v = vec![first];
                v.extend(rest);
                mk(ExprKind::Tuple(v), e.span())
            }
        })
        .boxed();

    let list = just(Tok::LBracket)
        .ignore_then(choice((
            just(Tok::RBracket).to(None),
            star_named
                .clone()
                .then(choice((
                    comp_for.clone().then_ignore(just(Tok::RBracket)).map(Tail::Comp),
                    items_after_first.clone().then_ignore(just(Tok::RBracket)).map(Tail::Items),
                    just(Tok::RBracket).to(Tail::Single),
                )))
                .map(Some),
        )))
        .map_with(|x, e| match x {
            None => mk(ExprKind::List(vec![]), e.span()),
            Some((first, Tail::Comp(generators))) => mk(
                ExprKind::ListComp {
                    elt: bx(first),
                    generators,
                },
                e.span(),
            ),
            Some((first, Tail::Items(rest))) => {
                let mut v = vec![first];
                v.extend(rest);
                mk(ExprKind::List(v), e.span())
            }
            Some((first, Tail::Single)) => mk(ExprKind::List(vec![first]), e.span()),
        })
        .boxed();

    let dict_item = choice((
        just(Tok::DoubleStar).ignore_then(bitor.clone()).map(DictItem::Unpack),
        expr.clone()
            .then(just(Tok::Colon).ignore_then(expr.clone()).or_not())
            .validate(|(k, v), _e, em| match v {
                Some(v) => DictItem::Pair(k, v),
                None => {
                    em.emit(PErr::custom(k.span, "':' expected after dictionary key"));
                    DictItem::Pair(k.clone(), k)
                }
            }),
    ))
    .boxed();
    let dict_rest = comma()
        .ignore_then(dict_item.clone())
        .repeated()
        .collect::<Vec<_>>()
        .then_ignore(comma().or_not())
        .then_ignore(just(Tok::RBrace))
        .boxed();

    #[derive(Clone)]
    enum Brace {
        Empty,
        Dict(DictItem, Vec<DictItem>),
        DictComp(Expr, Expr, Vec<Comprehension>),
        Set(Expr, Tail),
    }

    let brace = just(Tok::LBrace)
        .ignore_then(choice((
            just(Tok::RBrace).to(Brace::Empty),
            just(Tok::DoubleStar)
                .ignore_then(bitor.clone())
                .then(dict_rest.clone())
                .map(|(u, rest)| Brace::Dict(DictItem::Unpack(u), rest)),
            star_named
                .clone()
                .then(choice((
                    just(Tok::Colon)
                        .ignore_then(expr.clone())
                        .then(choice((
                            comp_for.clone().then_ignore(just(Tok::RBrace)).map(BraceRest::Comp),
                            dict_rest.clone().map(BraceRest::DictItems),
                        )))
                        .map(|(v, r)| BraceRest::Pair(v, Box::new(r))),
                    comp_for.clone().then_ignore(just(Tok::RBrace)).map(BraceRest::Comp),
                    items_after_first.clone().then_ignore(just(Tok::RBrace)).map(BraceRest::SetItems),
                    just(Tok::RBrace).to(BraceRest::Single),
                )))
                .map(|(k, r)| match r {
                    BraceRest::Pair(v, rest) => match *rest {
                        BraceRest::Comp(c) => Brace::DictComp(k, v, c),
                        BraceRest::DictItems(items) => Brace::Dict(DictItem::Pair(k, v), items),
                        _ => Brace::Empty,
                    },
                    BraceRest::Comp(c) => Brace::Set(k, Tail::Comp(c)),
                    BraceRest::SetItems(v) => Brace::Set(k, Tail::Items(v)),
                    BraceRest::Single => Brace::Set(k, Tail::Single),
                    BraceRest::DictItems(_) => Brace::Empty,
                }),
        )))
        .map_with(|b, e| {
            let kind = match b {
                Brace::Empty => ExprKind::Dict(vec![]),
                Brace::Dict(first, rest) => {
                    let mut v = vec![first];
                    v.extend(rest);
                    ExprKind::Dict(v)
                }
                Brace::DictComp(k, v, generators) => ExprKind::DictComp {
                    key: bx(k),
                    value: bx(v),
                    generators,
                },
                Brace::Set(first, Tail::Comp(generators)) => ExprKind::SetComp {
                    elt: bx(first),
                    generators,
                },
                Brace::Set(first, Tail::Items(rest)) => {
                    let mut v = vec![first];
                    v.extend(rest);
                    ExprKind::Set(v)
                }
                Brace::Set(first, Tail::Single) => ExprKind::Set(vec![first]),
            };
            mk(kind, e.span())
        })
        .boxed();

    let atom = choice((literal, strings, paren, list, brace)).boxed();

    // --- subscripts
    let slice_item = choice((
        starred(bitor.clone()),
        named
            .clone()
            .or_not()
            .then(
                just(Tok::Colon)
                    .ignore_then(expr.clone().or_not())
                    .then(just(Tok::Colon).ignore_then(expr.clone().or_not()).or_not())
                    .or_not(),
            )
            .try_map_with(|(lower, rest), e| match (lower, rest) {
                (Some(x), None) => Ok(x),
                (None, None) => Err(PErr::plain(e.span())),
                (lower, Some((upper, step))) => Ok(mk(
                    ExprKind::Slice {
                        lower: lower.map(bx),
                        upper: upper.map(bx),
                        step: step.flatten().map(bx),
                    },
                    e.span(),
                )),
            }),
    ))
    .boxed();
    let subscript = slice_item
        .clone()
        .then(comma().ignore_then(slice_item).repeated().collect::<Vec<_>>())
        .then(comma().or_not())
        .map_with(|((first, rest), trailing), e| {
            if rest.is_empty() && trailing.is_none() {
                first
            } else {
                let mut v = vec![first];
                v.extend(rest);
                mk(ExprKind::Tuple(v), e.span())
            }
        })
        .boxed();

    let trailer = choice((
        just(Tok::Dot).ignore_then(attr_name()).map(Trailer::Attr),
        call_args.map(Trailer::Call),
        just(Tok::LBracket)
            .ignore_then(subscript)
            .then_ignore(just(Tok::RBracket))
            .map(Trailer::Sub),
    ))
    .boxed();
    let primary = atom
        .foldl_with(trailer.repeated(), |acc, t, e| {
            let kind = match t {
                Trailer::Attr(attr) => ExprKind::Attribute { value: bx(acc), attr },
                Trailer::Call(args) => ExprKind::Call { func: bx(acc), args },
                Trailer::Sub(index) => ExprKind::Subscript {
                    value: bx(acc),
                    index: bx(index),
                },
            };
            mk(kind, e.span())
        })
        .boxed();
    let await_primary = just(Tok::Await)
        .or_not()
        .then(primary)
        .map_with(|(a, p), e| if a.is_some() { mk(ExprKind::Await(bx(p)), e.span()) } else { p })
        .boxed();

    let factor = recursive(move |factor| {
        let power = await_primary
            .clone()
            .then(just(Tok::DoubleStar).ignore_then(factor.clone()).or_not())
            .map_with(|(l, r), e| match r {
                None => l,
                Some(r) => mk(
                    ExprKind::BinOp {
                        left: bx(l),
                        op: BinOp::Pow,
                        right: bx(r),
                    },
                    e.span(),
                ),
            });
        choice((
            select! { Tok::Plus => UnaryOp::UAdd, Tok::Minus => UnaryOp::USub, Tok::Tilde => UnaryOp::Invert }
                .then(factor)
                .map_with(|(op, v), e| mk(ExprKind::UnaryOp { op, operand: bx(v) }, e.span())),
            power,
        ))
    })
    .boxed();

    let term = binlevel(
        factor,
        select! {
            Tok::Star => BinOp::Mul,
            Tok::Slash => BinOp::Div,
            Tok::DoubleSlash => BinOp::FloorDiv,
            Tok::Percent => BinOp::Mod,
            Tok::At => BinOp::MatMul,
        },
    );
    let arith = binlevel(term, select! { Tok::Plus => BinOp::Add, Tok::Minus => BinOp::Sub });
    let shift = binlevel(arith, select! { Tok::LShift => BinOp::LShift, Tok::RShift => BinOp::RShift });
    let band = binlevel(shift, select! { Tok::Amp => BinOp::BitAnd });
    let bxor = binlevel(band, select! { Tok::Caret => BinOp::BitXor });
    binlevel(bxor, select! { Tok::Pipe => BinOp::BitOr })
}

#[derive(Clone)]
enum BraceRest {
    Pair(Expr, Box<BraceRest>),
    Comp(Vec<Comprehension>),
    DictItems(Vec<DictItem>),
    SetItems(Vec<Expr>),
    Single,
}

// ---------------------------------------------------------------------------------------------
// Statements

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

type Block = Result<Vec<Stmt>, Span>;

/// A clause `header block`; emits "expected an indented block after {what} ..." when the
/// block is missing. Output: (header value, header span, body, whole span).
fn clause<'a, H: 'a>(
    header: impl Parser<'a, In<'a>, H, Ex> + Clone + 'a,
    what: &'static str,
    block: P<'a, Block>,
) -> P<'a, (H, Span, Vec<Stmt>, Span)> {
    header
        .map_with(|h, e| (h, e.span()))
        .then(block)
        .validate(move |((h, hs), b), e, em| {
            let body = match b {
                Ok(v) => v,
                Err(at) => {
                    em.emit(PErr::indent_block(at, what, hs.start));
                    Vec::new()
                }
            };
            (h, hs, body, e.span())
        })
        .boxed()
}

#[derive(Clone)]
enum ExprTail {
    Assign(Vec<Expr>),
    Aug(BinOp, Expr),
    Ann(Expr, Option<Expr>),
    None,
}

#[derive(Clone)]
enum ImportNames {
    Star(Span),
    Paren(Vec<Alias>),
    Plain(Vec<Alias>, bool),
}

fn module_parser<'a>() -> P<'a, Vec<Stmt>> {
    statements_parser().then_ignore(end()).boxed()
}

fn statements_parser<'a>() -> P<'a, Vec<Stmt>> {
    let l = layers();
    let expr = l.expr.clone();
    let named = l.named.clone();
    let star_exprs = l.star_exprs.clone();
    let yield_expr = l.yield_expr.clone();
    let rhs = choice((yield_expr.clone(), star_exprs.clone())).boxed();

    // ---------------- simple statements
    let expr_stmt = rhs
        .clone()
        .then(choice((
            just(Tok::Equal)
                .ignore_then(rhs.clone())
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>()
                .map(ExprTail::Assign),
            select! { Tok::AugAssign(op) => op }
                .then(rhs.clone())
                .map(|(op, v)| ExprTail::Aug(op, v)),
            just(Tok::Colon)
                .ignore_then(expr.clone())
                .then(just(Tok::Equal).ignore_then(rhs.clone()).or_not())
                .map(|(a, v)| ExprTail::Ann(a, v)),
            empty().to(ExprTail::None),
        )))
        .validate(|(first, tail), e, em| {
            let span = e.span();
            match tail {
                ExprTail::None => {
                    if matches!(first.kind, ExprKind::Starred(_)) {
                        em.emit(PErr::custom(first.span, "can't use starred expression here"));
                    }
                    stmt(StmtKind::Expr(first), span)
                }
                ExprTail::Assign(mut rest) => {
                    let value = rest.pop().unwrap();
                    let mut targets = vec![first];
                    targets.extend(rest);
                    let n = targets.len();
                    let mut reported = false;
                    for (i, t) in targets.iter().enumerate() {
                        if reported {
                            break;
                        }
                        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                            em.emit(PErr::custom(t.span, "assignment to yield expression not possible"));
                            reported = true;
                            continue;
                        }
                        if let Some((bad, msg)) = bad_store_target(t, true) {
                            let here = n == 1
                                && i == 0
                                && bad.span.end == t.span.end
                                && !matches!(value.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
                                && !matches!(
                                    bad.kind,
                                    ExprKind::Compare { .. }
                                        | ExprKind::BoolOp { .. }
                                        | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
                                        | ExprKind::IfExp { .. }
                                        | ExprKind::Lambda { .. }
                                        | ExprKind::NamedExpr { .. }
                                        | ExprKind::Starred(_)
                                        | ExprKind::Tuple(_)
                                        | ExprKind::List(_)
                                        | ExprKind::GeneratorExp { .. }
                                        | ExprKind::Constant(Constant::None | Constant::True | Constant::False)
                                );
                            let msg = if here {
                                format!("{msg} here. Maybe you meant '==' instead of '='?")
                            } else {
                                msg
                            };
                            em.emit(PErr::custom(bad.span, msg));
                            reported = true;
                        }
                    }
                    if !reported && matches!(value.kind, ExprKind::Starred(_)) {
                        em.emit(PErr::custom(value.span, "can't use starred expression here"));
                    }
                    stmt(StmtKind::Assign { targets, value }, span)
                }
                ExprTail::Aug(op, value) => {
                    match first.kind {
                        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                        _ => em.emit(PErr::custom(
                            first.span,
                            format!("'{}' is an illegal expression for augmented assignment", describe(&first)),
                        )),
                    }
                    stmt(StmtKind::AugAssign { target: first, op, value }, span)
                }
                ExprTail::Ann(annotation, value) => {
                    let simple = matches!(first.kind, ExprKind::Name(_)) && first.span.start == span.start;
                    match first.kind {
                        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                        ExprKind::Tuple(_) => em.emit(PErr::custom(first.span, "only single target (not tuple) can be annotated")),
                        ExprKind::List(_) => em.emit(PErr::custom(first.span, "only single target (not list) can be annotated")),
                        _ => em.emit(PErr::custom(first.span, "illegal target for annotation")),
                    }
                    stmt(
                        StmtKind::AnnAssign {
                            target: first,
                            annotation,
                            value,
                            simple,
                        },
                        span,
                    )
                }
            }
        })
        .boxed();

    let kw_stmt = |t: Tok, k: StmtKind| just(t).map_with(move |_, e| stmt(k.clone(), e.span()));
    let return_stmt = just(Tok::Return)
        .ignore_then(star_exprs.clone().or_not())
        .map_with(|v, e| stmt(StmtKind::Return(v), e.span()));
    let raise_stmt = just(Tok::Raise)
        .ignore_then(expr.clone().then(just(Tok::From).ignore_then(expr.clone()).or_not()).or_not())
        .map_with(|v, e| {
            let (exc, cause) = match v {
                Some((x, c)) => (Some(x), c),
                None => (None, None),
            };
            stmt(StmtKind::Raise { exc, cause }, e.span())
        });
    let names = name().separated_by(just(Tok::Comma)).at_least(1).collect::<Vec<_>>();
    let global_stmt = just(Tok::Global)
        .ignore_then(names.clone())
        .map_with(|v, e| stmt(StmtKind::Global(v), e.span()));
    let nonlocal_stmt = just(Tok::Nonlocal)
        .ignore_then(names)
        .map_with(|v, e| stmt(StmtKind::Nonlocal(v), e.span()));
    let del_stmt = just(Tok::Del)
        .ignore_then(
            choice((starred(l.bitor.clone()), l.bitor.clone()))
                .separated_by(just(Tok::Comma))
                .at_least(1)
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .validate(|v, e, em| {
            if let Some((bad, msg)) = v.iter().find_map(bad_del_target) {
                em.emit(PErr::custom(bad.span, msg));
            }
            stmt(StmtKind::Delete(v), e.span())
        });
    let assert_stmt = just(Tok::Assert)
        .ignore_then(expr.clone())
        .then(just(Tok::Comma).ignore_then(expr.clone()).or_not())
        .map_with(|(test, msg), e| stmt(StmtKind::Assert { test, msg }, e.span()));

    let dotted = name()
        .separated_by(just(Tok::Dot))
        .at_least(1)
        .collect::<Vec<_>>()
        .map(|v| v.join("."))
        .boxed();
    let dotted_as = dotted
        .clone()
        .then(just(Tok::As).ignore_then(name()).or_not())
        .map_with(|(name, asname), e| Alias {
            name,
            asname,
            span: e.span(),
        });
    let import_stmt = just(Tok::Import)
        .ignore_then(dotted_as.separated_by(just(Tok::Comma)).at_least(1).collect::<Vec<_>>())
        .map_with(|v, e| stmt(StmtKind::Import(v), e.span()));
    let import_as = name()
        .then(just(Tok::As).ignore_then(name()).or_not())
        .map_with(|(name, asname), e| Alias {
            name,
            asname,
            span: e.span(),
        })
        .boxed();
    let dots = choice((just(Tok::Dot).to(1u32), just(Tok::Ellipsis).to(3u32)))
        .repeated()
        .collect::<Vec<u32>>()
        .map(|v| v.iter().sum::<u32>());
    let from_stmt = just(Tok::From)
        .ignore_then(dots)
        .then(dotted.or_not())
        .then_ignore(just(Tok::Import))
        .then(choice((
            just(Tok::Star).map_with(|_, e| ImportNames::Star(e.span())),
            just(Tok::LParen)
                .ignore_then(
                    import_as
                        .clone()
                        .separated_by(just(Tok::Comma))
                        .at_least(1)
                        .allow_trailing()
                        .collect(),
                )
                .then_ignore(just(Tok::RParen))
                .map(ImportNames::Paren),
            import_as
                .separated_by(just(Tok::Comma))
                .at_least(1)
                .collect()
                .then(just(Tok::Comma).or_not())
                .map(|(v, t)| ImportNames::Plain(v, t.is_some())),
        )))
        .validate(|((level, module), names), e, em| {
            if level == 0 && module.is_none() {
                em.emit(PErr::plain(e.span()));
            }
            let names = match names {
                ImportNames::Star(span) => vec![Alias {
                    name: "*".into(),
                    asname: None,
                    span,
                }],
                ImportNames::Paren(v) => v,
                ImportNames::Plain(v, trailing) => {
                    if trailing {
                        em.emit(PErr::custom(
                            Span {
                                start: e.span().end,
                                end: e.span().end,
                            },
                            "trailing comma not allowed without surrounding parentheses",
                        ));
                    }
                    v
                }
            };
            stmt(StmtKind::ImportFrom { module, names, level }, e.span())
        });

    let simple_stmt = choice((
        kw_stmt(Tok::Pass, StmtKind::Pass),
        kw_stmt(Tok::Break, StmtKind::Break),
        kw_stmt(Tok::Continue, StmtKind::Continue),
        return_stmt,
        raise_stmt,
        global_stmt,
        nonlocal_stmt,
        del_stmt,
        assert_stmt,
        import_stmt,
        from_stmt,
        expr_stmt,
    ))
    .boxed();
    let line_end = choice((just(Tok::Newline).ignored(), end(), just(Tok::Dedent).rewind().ignored()));
    let simple_stmts = simple_stmt
        .separated_by(just(Tok::Semicolon))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .then_ignore(line_end)
        .boxed();

    // Python 2 style `print x`.
    let legacy_print = select! { Tok::Name(n) if n == "print" || n == "exec" => n }
        .then(star_exprs.clone())
        .then(none_of([Tok::Newline]).repeated())
        .then(just(Tok::Newline).ignored().or(end()))
        .validate(|(((n, _), _), _), e, em| {
            em.emit(PErr::custom(
                e.span(),
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
            ));
            Vec::new()
        })
        .boxed();

    // ---------------- recovery
    let skip_block = recursive(|skip_block| {
        just(Tok::Indent)
            .ignore_then(choice((skip_block, none_of([Tok::Indent, Tok::Dedent]).ignored())).repeated())
            .then_ignore(just(Tok::Dedent).ignored().or(end()))
    })
    .boxed();
    let skip_line = choice((
        just(Tok::Newline).ignored(),
        none_of([Tok::Newline, Tok::Indent, Tok::Dedent])
            .then(none_of([Tok::Newline]).repeated())
            .then(just(Tok::Newline).ignored().or(end()))
            .ignored(),
    ))
    .then(skip_block.clone().or_not())
    .ignored();
    let recovery = choice((skip_block, skip_line)).to(Vec::<Stmt>::new()).boxed();

    let target_list = l.target_list.clone();
    let bitor = l.bitor.clone();
    let call_args = l.call_args.clone();
    let def_params = l.def_params.clone();

    recursive(move |stmts| {
        let stmts: P<'a, Vec<Stmt>> = stmts.boxed();
        let next_span = any().map_with(|_, e| e.span()).rewind().or(end().map_with(|_, e| e.span()));
        let block: P<'a, Block> = choice((
            just(Tok::Newline)
                .ignore_then(just(Tok::Indent))
                .ignore_then(stmts.clone())
                .then_ignore(just(Tok::Dedent).ignored().or(end()))
                .map(Ok),
            just(Tok::Newline).ignore_then(next_span).map(Err),
            simple_stmts.clone().map(Ok),
        ))
        .boxed();

        let else_clause = clause(just(Tok::Else).ignore_then(colon()), "'else' statement", block.clone());

        let if_stmt = clause(
            just(Tok::If).ignore_then(named.clone()).then_ignore(colon()),
            "'if' statement",
            block.clone(),
        )
        .then(
            clause(
                just(Tok::Elif).ignore_then(named.clone()).then_ignore(colon()),
                "'elif' statement",
                block.clone(),
            )
            .repeated()
            .collect::<Vec<_>>(),
        )
        .then(else_clause.clone().or_not())
        .map_with(|((first, elifs), els), e| {
            let end = e.span().end;
            let mut orelse = els.map(|c| c.2).unwrap_or_default();
            for (test, _, body, sp) in elifs.into_iter().rev() {
                orelse = vec![stmt(StmtKind::If { test, body, orelse }, Span { start: sp.start, end })];
            }
            stmt(
                StmtKind::If {
                    test: first.0,
                    body: first.2,
                    orelse,
                },
                e.span(),
            )
        });

        let while_stmt = clause(
            just(Tok::While).ignore_then(named.clone()).then_ignore(colon()),
            "'while' statement",
            block.clone(),
        )
        .then(else_clause.clone().or_not())
        .map_with(|(c, els), e| {
            stmt(
                StmtKind::While {
                    test: c.0,
                    body: c.2,
                    orelse: els.map(|c| c.2).unwrap_or_default(),
                },
                e.span(),
            )
        });

        let for_stmt = clause(
            just(Tok::Async)
                .or_not()
                .then_ignore(just(Tok::For))
                .then(target_list.clone())
                .then_ignore(just(Tok::In))
                .then(star_exprs.clone())
                .then_ignore(colon())
                .validate(|x, _e, em| {
                    emit_store_errors(&x.0.1, em);
                    x
                }),
            "'for' statement",
            block.clone(),
        )
        .then(else_clause.clone().or_not())
        .map_with(|((((a, target), iter), _, body, _), els), e| {
            stmt(
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse: els.map(|c| c.2).unwrap_or_default(),
                    is_async: a.is_some(),
                },
                e.span(),
            )
        });

        let handler = clause(
            just(Tok::Except)
                .ignore_then(just(Tok::Star).or_not())
                .then(
                    expr.clone()
                        .then(
                            just(Tok::Comma)
                                .ignore_then(expr.clone().separated_by(just(Tok::Comma)).allow_trailing())
                                .or_not(),
                        )
                        .validate(|(t, more), _e, em| {
                            if more.is_some() {
                                em.emit(PErr::custom(t.span, "multiple exception types must be parenthesized"));
                            }
                            t
                        })
                        .then(just(Tok::As).ignore_then(name()).or_not())
                        .or_not(),
                )
                .then_ignore(colon()),
            "'except' statement",
            block.clone(),
        )
        .map(|((star, te), _, body, span)| {
            let (typ, name) = match te {
                Some((t, n)) => (Some(t), n),
                None => (None, None),
            };
            (star.is_some(), ExceptHandler { typ, name, body, span })
        });
        let try_stmt = clause(just(Tok::Try).ignore_then(colon()), "'try' statement", block.clone())
            .then(handler.repeated().collect::<Vec<_>>())
            .then(else_clause.clone().or_not())
            .then(clause(just(Tok::Finally).ignore_then(colon()), "'finally' statement", block.clone()).or_not())
            .validate(|(((t, hs), els), fin), e, em| {
                let span = e.span();
                if hs.is_empty() && fin.is_none() && !t.2.is_empty() {
                    em.emit(PErr::custom(
                        Span {
                            start: span.end,
                            end: span.end,
                        },
                        "expected 'except' or 'finally' block",
                    ));
                }
                let stars = hs.iter().filter(|h| h.0).count();
                if stars != 0 && stars != hs.len() {
                    em.emit(PErr::custom(span, "cannot have both 'except' and 'except*' on the same 'try'"));
                }
                stmt(
                    StmtKind::Try {
                        body: t.2,
                        is_star: stars != 0,
                        handlers: hs.into_iter().map(|h| h.1).collect(),
                        orelse: els.map(|c| c.2).unwrap_or_default(),
                        finalbody: fin.map(|c| c.2).unwrap_or_default(),
                    },
                    span,
                )
            });

        let with_item = expr
            .clone()
            .then(just(Tok::As).ignore_then(choice((starred(bitor.clone()), bitor.clone()))).or_not())
            .validate(|(context, target), _e, em| {
                if let Some(t) = &target
                    && let Some((bad, msg)) = bad_store_target(t, false)
                {
                    em.emit(PErr::custom(bad.span, msg));
                }
                WithItem { context, target }
            })
            .boxed();
        let with_stmt = clause(
            just(Tok::Async)
                .or_not()
                .then_ignore(just(Tok::With))
                .then(choice((
                    just(Tok::LParen)
                        .ignore_then(
                            with_item
                                .clone()
                                .separated_by(just(Tok::Comma))
                                .at_least(1)
                                .allow_trailing()
                                .collect(),
                        )
                        .then_ignore(just(Tok::RParen))
                        .then_ignore(just(Tok::Colon).rewind()),
                    with_item.separated_by(just(Tok::Comma)).at_least(1).collect::<Vec<_>>(),
                )))
                .then_ignore(colon()),
            "'with' statement",
            block.clone(),
        )
        .map_with(|((a, items), _, body, _), e| {
            stmt(
                StmtKind::With {
                    items,
                    body,
                    is_async: a.is_some(),
                },
                e.span(),
            )
        });

        let funcdef = clause(
            just(Tok::Async)
                .or_not()
                .then_ignore(just(Tok::Def))
                .then(name())
                .then(
                    just(Tok::LParen)
                        .ignored()
                        .or(empty().try_map(|_, sp| Err(PErr::custom(sp, "expected '('"))))
                        .ignore_then(def_params.clone())
                        .then_ignore(just(Tok::RParen)),
                )
                .then(just(Tok::Arrow).ignore_then(expr.clone()).or_not())
                .then_ignore(colon()),
            "function definition",
            block.clone(),
        )
        .map(|((((a, name), params), returns), hs, body, full)| {
            (
                FunctionDef {
                    name,
                    params,
                    body,
                    decorators: vec![],
                    returns,
                    is_async: a.is_some(),
                    span: hs,
                },
                full,
            )
        })
        .map(|(f, full)| (Box::new(f), full));
        let classdef = clause(
            just(Tok::Class)
                .ignore_then(name())
                .then(call_args.clone().or_not())
                .then_ignore(colon()),
            "class definition",
            block.clone(),
        )
        .validate(|((name, args), hs, body, full), _e, em| {
            let mut bases = Vec::new();
            let mut keywords = Vec::new();
            for a in args.unwrap_or_default() {
                match a {
                    Arg::Positional(x) => bases.push(x),
                    Arg::Starred(x) => {
                        let sp = x.span;
                        bases.push(mk(ExprKind::Starred(bx(x)), sp))
                    }
                    Arg::Keyword(k) => keywords.push(k),
                    Arg::DoubleStarred(x) => {
                        em.emit(PErr::custom(x.span, "'**' in class bases is not supported"));
                    }
                }
            }
            (
                Box::new(ClassDef {
                    name,
                    bases,
                    keywords,
                    body,
                    decorators: vec![],
                    span: hs,
                }),
                full,
            )
        });
        #[derive(Clone)]
        enum Def {
            F(Box<FunctionDef>, Span),
            C(Box<ClassDef>, Span),
        }
        let decorated = just(Tok::At)
            .ignore_then(named.clone())
            .then_ignore(just(Tok::Newline))
            .repeated()
            .collect::<Vec<_>>()
            .then(choice((funcdef.map(|(f, s)| Def::F(f, s)), classdef.map(|(c, s)| Def::C(c, s)))))
            .map(|(decorators, d)| match d {
                Def::F(mut f, s) => {
                    f.decorators = decorators;
                    stmt(StmtKind::FunctionDef(f), s)
                }
                Def::C(mut c, s) => {
                    c.decorators = decorators;
                    stmt(StmtKind::ClassDef(c), s)
                }
            });

        // `match` and `case` are soft keywords: only `match subject:` followed by an indented
        // block of `case` clauses is a match statement; anything else falls back to the
        // statements where `match` is an ordinary name.
        let soft = |kw: &'static str| select! { Tok::Name(n) if n == kw => () };
        let case_block = soft("case")
            .ignore_then(patterns::case_pattern_parser())
            .then(just(Tok::If).ignore_then(named.clone()).or_not())
            .then_ignore(colon())
            .then(block.clone())
            .validate(|((pattern, guard), body), e, em| {
                let body = match body {
                    Ok(v) => v,
                    Err(at) => {
                        em.emit(PErr::indent_block(at, "'case' statement", e.span().start));
                        Vec::new()
                    }
                };
                MatchCase { pattern, guard, body }
            })
            .boxed();
        let match_stmt = soft("match")
            .ignore_then(star_exprs.clone())
            .then_ignore(colon())
            .then_ignore(just(Tok::Newline))
            .then_ignore(just(Tok::Indent))
            .then(case_block.repeated().at_least(1).collect::<Vec<_>>())
            .then_ignore(just(Tok::Dedent).ignored().or(end()))
            .map_with(|(subject, cases), e| stmt(StmtKind::Match { subject, cases }, e.span()))
            .boxed();

        let compound = choice((if_stmt, while_stmt, for_stmt, try_stmt, with_stmt, decorated, match_stmt))
            .map(|s| vec![s])
            .boxed();

        let statement = choice((compound, simple_stmts.clone(), legacy_print.clone()))
            .recover_with(via_parser(recovery.clone()))
            .boxed();
        statement
            .repeated()
            .collect::<Vec<Vec<Stmt>>>()
            .map(|v| v.into_iter().flatten().collect())
    })
    .boxed()
}

// ---------------------------------------------------------------------------------------------
// Tests

mod patterns;
#[cfg(test)]
mod tests;
