//! Structural patterns of the `match` statement (PEP 634): the `case` pattern grammar.
//!
//! `match` and `case` are soft keywords, so the statement parser only commits to a match
//! statement once `match <subject> :` NEWLINE INDENT `case` has been seen; everything here
//! runs after that point.
use super::*;

fn pat(kind: PatternKind, span: Span) -> Pattern {
    Pattern { kind, span }
}

/// `NAME ('.' NAME)*` as an expression (a Name or nested Attributes).
fn name_or_attr<'a>() -> P<'a, Expr> {
    name_sp()
        .map(|(n, s)| mk(ExprKind::Name(n), s))
        .foldl_with(just(Tok::Dot).ignore_then(name()).repeated(), |value, attr, e| {
            mk(ExprKind::Attribute { value: bx(value), attr }, e.span())
        })
        .boxed()
}

/// A literal usable in a pattern: signed numbers, `real +/- imag` complex literals and
/// (implicitly concatenated) strings. f-strings are refused as CPython does.
fn literal_expr<'a>() -> P<'a, Expr> {
    let number = select! {
        Tok::Int(i) => Constant::Int(i),
        Tok::Float(f) => Constant::Float(f),
        Tok::Imag(f) => Constant::Imag(f),
    }
    .map_with(|c, e| mk(ExprKind::Constant(c), e.span()));
    let signed = just(Tok::Minus)
        .or_not()
        .then(number)
        .map_with(|(neg, n), e| match neg {
            Some(_) => mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: bx(n),
                },
                e.span(),
            ),
            None => n,
        })
        .boxed();
    let imag = select! { Tok::Imag(f) => Constant::Imag(f) }.map_with(|c, e| mk(ExprKind::Constant(c), e.span()));
    let complex = signed
        .clone()
        .then(choice((just(Tok::Plus).to(BinOp::Add), just(Tok::Minus).to(BinOp::Sub))))
        .then(imag)
        .validate(|((left, op), right), e, em| {
            let real_ok = match &left.kind {
                ExprKind::Constant(Constant::Imag(_)) => false,
                ExprKind::UnaryOp { operand, .. } => !matches!(operand.kind, ExprKind::Constant(Constant::Imag(_))),
                _ => true,
            };
            if !real_ok {
                em.emit(PErr::custom(e.span(), "real number required in complex literal"));
            }
            mk(
                ExprKind::BinOp {
                    left: bx(left),
                    op,
                    right: bx(right),
                },
                e.span(),
            )
        });
    let strings = select! {
        Tok::Str(s) => Tok::Str(s),
        Tok::Bytes(b) => Tok::Bytes(b),
        Tok::FString(f) => Tok::FString(f),
    }
    .map_with(|t, e| (t, e.span()))
    .repeated()
    .at_least(1)
    .collect::<Vec<_>>()
    .validate(|parts, e, em| {
        if parts.iter().any(|(t, _)| matches!(t, Tok::FString(_))) {
            em.emit(PErr::custom(e.span(), "patterns may only match literals and attribute lookups"));
        }
        match concat_strings(parts) {
            Ok(k) => mk(k, e.span()),
            Err(err) => {
                em.emit(err);
                mk(ExprKind::Constant(Constant::None), e.span())
            }
        }
    });
    choice((complex, signed, strings)).boxed()
}

/// `pattern`: an or-pattern optionally followed by `as NAME`.
pub(super) fn pattern_parser<'a>() -> P<'a, Pattern> {
    recursive(|pattern: Recursive<dyn Parser<'a, In<'a>, Pattern, Ex> + 'a>| {
        let pattern = pattern.boxed();
        let star = just(Tok::Star)
            .ignore_then(name())
            .map_with(|n, e| pat(PatternKind::Star(if n == "_" { None } else { Some(n) }), e.span()));
        let maybe_star = choice((star, pattern.clone())).boxed();
        let items = maybe_star.clone().separated_by(comma()).allow_trailing().collect::<Vec<_>>();

        let singleton = select! {
            Tok::None => Constant::None,
            Tok::True => Constant::True,
            Tok::False => Constant::False,
        }
        .map_with(|c, e| pat(PatternKind::Singleton(c), e.span()));
        let literal = literal_expr().map(|e| {
            let span = e.span;
            pat(PatternKind::Value(e), span)
        });

        // `(...)`: `()` and `(p,)`/`(p, q)` are sequences, `(p)` is a group.
        let paren = just(Tok::LParen)
            .ignore_then(maybe_star.clone().then(comma().ignore_then(items.clone()).or_not()).or_not())
            .then_ignore(just(Tok::RParen))
            .map_with(|inner, e| match inner {
                None => pat(PatternKind::Sequence(vec![]), e.span()),
                Some((first, Some(mut rest))) => {
                    rest.insert(0, first);
                    pat(PatternKind::Sequence(rest), e.span())
                }
                Some((first, None)) if matches!(first.kind, PatternKind::Star(_)) => pat(PatternKind::Sequence(vec![first]), e.span()),
                Some((first, None)) => first,
            });
        let bracket = just(Tok::LBracket)
            .ignore_then(items.clone())
            .then_ignore(just(Tok::RBracket))
            .map_with(|v, e| pat(PatternKind::Sequence(v), e.span()));

        // `{key: p, **rest}`
        enum MapItem {
            Pair(Expr, Pattern),
            Rest(Ident, Span),
        }
        let key = choice((
            literal_expr(),
            select! {
                Tok::None => Constant::None,
                Tok::True => Constant::True,
                Tok::False => Constant::False,
            }
            .map_with(|c, e| mk(ExprKind::Constant(c), e.span())),
            name_or_attr().validate(|e, _, em| {
                if matches!(e.kind, ExprKind::Name(_)) {
                    em.emit(PErr::custom(
                        e.span,
                        "mapping pattern keys may only match literals and attribute lookups",
                    ));
                }
                e
            }),
        ));
        let map_item = choice((
            just(Tok::DoubleStar).ignore_then(name_sp()).map(|(n, s)| MapItem::Rest(n, s)),
            key.then_ignore(just(Tok::Colon))
                .then(pattern.clone())
                .map(|(k, p)| MapItem::Pair(k, p)),
        ));
        let mapping = just(Tok::LBrace)
            .ignore_then(map_item.separated_by(comma()).allow_trailing().collect::<Vec<_>>())
            .then_ignore(just(Tok::RBrace))
            .validate(|items, e, em| {
                let (mut keys, mut patterns, mut rest) = (vec![], vec![], None);
                let n = items.len();
                for (i, it) in items.into_iter().enumerate() {
                    match it {
                        MapItem::Pair(k, p) => {
                            keys.push(k);
                            patterns.push(p);
                        }
                        MapItem::Rest(r, s) => {
                            if i + 1 != n {
                                em.emit(PErr::plain(s));
                            }
                            rest = Some(r);
                        }
                    }
                }
                pat(PatternKind::Mapping { keys, patterns, rest }, e.span())
            });

        // Class patterns, value patterns (dotted names), captures and the wildcard.
        enum ClassArg {
            Pos(Pattern),
            Kw(Ident, Pattern),
        }
        let class_arg = choice((
            name_sp()
                .then_ignore(just(Tok::Equal))
                .then(pattern.clone())
                .map(|((n, _), p)| ClassArg::Kw(n, p)),
            pattern.clone().map(ClassArg::Pos),
        ));
        let class_args = just(Tok::LParen)
            .ignore_then(class_arg.separated_by(comma()).allow_trailing().collect::<Vec<_>>())
            .then_ignore(just(Tok::RParen));
        let named = name_or_attr().then(class_args.or_not()).validate(|(cls, args), e, em| match args {
            Some(args) => {
                let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (vec![], vec![], vec![]);
                for a in args {
                    match a {
                        ClassArg::Pos(p) => {
                            if !kwd_attrs.is_empty() {
                                em.emit(PErr::custom(p.span, "positional patterns follow keyword patterns"));
                            }
                            patterns.push(p);
                        }
                        ClassArg::Kw(n, p) => {
                            kwd_attrs.push(n);
                            kwd_patterns.push(p);
                        }
                    }
                }
                pat(
                    PatternKind::Class {
                        cls,
                        patterns,
                        kwd_attrs,
                        kwd_patterns,
                    },
                    e.span(),
                )
            }
            None => match cls.kind {
                ExprKind::Name(n) => {
                    let name = if n == "_" { None } else { Some(n) };
                    pat(PatternKind::As { pattern: None, name }, e.span())
                }
                _ => pat(PatternKind::Value(cls), e.span()),
            },
        });

        let closed = choice((literal, singleton, named, paren, bracket, mapping)).boxed();
        let or_pattern = closed
            .separated_by(just(Tok::Pipe))
            .at_least(1)
            .collect::<Vec<_>>()
            .map_with(|mut alts, e| {
                if alts.len() == 1 {
                    alts.pop().unwrap()
                } else {
                    pat(PatternKind::Or(alts), e.span())
                }
            });
        or_pattern
            .then(just(Tok::As).ignore_then(name_sp()).or_not())
            .validate(|(p, as_name), e, em| match as_name {
                None => p,
                Some((n, s)) => {
                    if n == "_" {
                        em.emit(PErr::custom(s, "cannot use '_' as a target"));
                    }
                    pat(
                        PatternKind::As {
                            pattern: Some(Box::new(p)),
                            name: Some(n),
                        },
                        e.span(),
                    )
                }
            })
            .boxed()
    })
    .boxed()
}

/// The pattern after `case`: an open sequence `p, q` (a Sequence) or a single pattern.
pub(super) fn case_pattern_parser<'a>() -> P<'a, Pattern> {
    let pattern = pattern_parser();
    let star = just(Tok::Star)
        .ignore_then(name())
        .map_with(|n, e| pat(PatternKind::Star(if n == "_" { None } else { Some(n) }), e.span()));
    let maybe_star = choice((star, pattern)).boxed();
    maybe_star
        .clone()
        .then(
            comma()
                .ignore_then(maybe_star.separated_by(comma()).allow_trailing().collect::<Vec<_>>())
                .or_not(),
        )
        .map_with(|(first, rest), e| match rest {
            Some(mut rest) => {
                rest.insert(0, first);
                pat(PatternKind::Sequence(rest), e.span())
            }
            None if matches!(first.kind, PatternKind::Star(_)) => pat(PatternKind::Sequence(vec![first]), e.span()),
            None => first,
        })
        .boxed()
}
