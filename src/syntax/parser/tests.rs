use super::*;
use crate::syntax::{parse_expression as pe, parse_module as pm};

fn m(src: &str) -> Vec<Stmt> {
    match pm(src) {
        Ok(m) => m.body,
        Err(e) => panic!("parse failed for {src:?}: {e:?}"),
    }
}
fn errs(src: &str) -> Vec<SyntaxError> {
    match pm(src) {
        Ok(m) => panic!("expected error for {src:?}, got {m:?}"),
        Err(e) => e,
    }
}
fn err(src: &str) -> SyntaxError {
    errs(src).into_iter().next().unwrap()
}
fn ex(src: &str) -> Expr {
    match pe(src, 0) {
        Ok(e) => e,
        Err(e) => panic!("parse failed for {src:?}: {e:?}"),
    }
}

fn list(v: &[Expr]) -> String {
    v.iter().map(d).collect::<Vec<_>>().join(" ")
}
fn comps(v: &[Comprehension]) -> String {
    v.iter()
        .map(|c| {
            format!(
                "({}for {} {}{})",
                if c.is_async { "async " } else { "" },
                d(&c.target),
                d(&c.iter),
                c.ifs.iter().map(|i| format!(" if {}", d(i))).collect::<String>()
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}
/// Compact s-expression rendering of an expression.
fn d(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Constant(c) => match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "...".into(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Imag(f) => format!("{f:?}j"),
            Constant::Str(s) => format!("{s:?}"),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        },
        ExprKind::JoinedStr(parts) => {
            let ps: Vec<String> = parts
                .iter()
                .map(|p| match p {
                    FPart::Literal(s) => format!("{s:?}"),
                    FPart::Expr {
                        value,
                        conversion,
                        format_spec,
                    } => format!(
                        "{{{}{}{}}}",
                        d(value),
                        conversion.map(|c| format!("!{c}")).unwrap_or_default(),
                        format_spec
                            .as_ref()
                            .map(|s| format!(":{}", d(&mk(ExprKind::JoinedStr(s.clone()), e.span))))
                            .unwrap_or_default()
                    ),
                })
                .collect();
            format!("(f {})", ps.join(" "))
        }
        ExprKind::List(v) => format!("[{}]", list(v)),
        ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
        ExprKind::Set(v) => format!("{{{}}}", list(v)),
        ExprKind::Dict(items) => format!(
            "(dict {})",
            items
                .iter()
                .map(|i| match i {
                    DictItem::Pair(k, v) => format!("{}:{}", d(k), d(v)),
                    DictItem::Unpack(v) => format!("**{}", d(v)),
                })
                .collect::<Vec<_>>()
                .join(" ")
        ),
        ExprKind::Starred(v) => format!("*{}", d(v)),
        ExprKind::Attribute { value, attr } => format!("{}.{}", d(value), attr),
        ExprKind::Subscript { value, index } => format!("{}[{}]", d(value), d(index)),
        ExprKind::Slice { lower, upper, step } => format!(
            "(slice {} {} {})",
            lower.as_ref().map(|x| d(x)).unwrap_or("_".into()),
            upper.as_ref().map(|x| d(x)).unwrap_or("_".into()),
            step.as_ref().map(|x| d(x)).unwrap_or("_".into())
        ),
        ExprKind::Call { func, args } => format!(
            "(call {}{})",
            d(func),
            args.iter()
                .map(|a| match a {
                    Arg::Positional(x) => format!(" {}", d(x)),
                    Arg::Starred(x) => format!(" *{}", d(x)),
                    Arg::Keyword(k) => format!(" {}={}", k.name, d(&k.value)),
                    Arg::DoubleStarred(x) => format!(" **{}", d(x)),
                })
                .collect::<String>()
        ),
        ExprKind::BinOp { left, op, right } => format!("({op:?} {} {})", d(left), d(right)),
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", d(operand)),
        ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
        ExprKind::Compare { left, ops } => format!(
            "(cmp {}{})",
            d(left),
            ops.iter().map(|(o, x)| format!(" {o:?} {}", d(x))).collect::<String>()
        ),
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", d(test), d(body), d(orelse))
        }
        ExprKind::Lambda { params, body } => format!("(lambda {} {})", dp(params), d(body)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", target, d(value)),
        ExprKind::ListComp { elt, generators } => {
            format!("(listcomp {} {})", d(elt), comps(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("(setcomp {} {})", d(elt), comps(generators))
        }
        ExprKind::DictComp { key, value, generators } => {
            format!("(dictcomp {}:{} {})", d(key), d(value), comps(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(genexp {} {})", d(elt), comps(generators))
        }
        ExprKind::Await(v) => format!("(await {})", d(v)),
        ExprKind::Yield(v) => format!("(yield{})", v.as_ref().map(|x| format!(" {}", d(x))).unwrap_or_default()),
        ExprKind::YieldFrom(v) => format!("(yieldfrom {})", d(v)),
    }
}
fn dparam(p: &Param) -> String {
    let mut s = p.name.clone();
    if let Some(a) = &p.annotation {
        s += &format!(":{}", d(a));
    }
    if let Some(x) = &p.default {
        s += &format!("={}", d(x));
    }
    s
}
fn dp(p: &Params) -> String {
    let mut v: Vec<String> = Vec::new();
    for x in &p.posonly {
        v.push(dparam(x));
    }
    if !p.posonly.is_empty() {
        v.push("/".into());
    }
    for x in &p.args {
        v.push(dparam(x));
    }
    if let Some(x) = &p.vararg {
        v.push(format!("*{}", dparam(x)));
    } else if !p.kwonly.is_empty() {
        v.push("*".into());
    }
    for x in &p.kwonly {
        v.push(dparam(x));
    }
    if let Some(x) = &p.kwarg {
        v.push(format!("**{}", dparam(x)));
    }
    format!("({})", v.join(" "))
}
fn body(v: &[Stmt]) -> String {
    v.iter().map(ds).collect::<Vec<_>>().join("; ")
}
/// Compact rendering of a statement.
fn ds(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(e) => d(e),
        StmtKind::Match { subject, cases } => format!("(match {} {})", d(subject), cases.len()),
        StmtKind::Assign { targets, value } => format!("(= {} {})", list(targets), d(value)),
        StmtKind::AugAssign { target, op, value } => {
            format!("({op:?}= {} {})", d(target), d(value))
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => format!(
            "(ann{} {} {}{})",
            if *simple { "" } else { "!" },
            d(target),
            d(annotation),
            value.as_ref().map(|v| format!(" {}", d(v))).unwrap_or_default()
        ),
        StmtKind::Delete(v) => format!("(del {})", list(v)),
        StmtKind::Pass => "pass".into(),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Return(v) => format!("(return{})", v.as_ref().map(|x| format!(" {}", d(x))).unwrap_or_default()),
        StmtKind::Raise { exc, cause } => format!(
            "(raise{}{})",
            exc.as_ref().map(|x| format!(" {}", d(x))).unwrap_or_default(),
            cause.as_ref().map(|x| format!(" from {}", d(x))).unwrap_or_default()
        ),
        StmtKind::Global(v) => format!("(global {})", v.join(" ")),
        StmtKind::Nonlocal(v) => format!("(nonlocal {})", v.join(" ")),
        StmtKind::Assert { test, msg } => {
            format!(
                "(assert {}{})",
                d(test),
                msg.as_ref().map(|x| format!(" {}", d(x))).unwrap_or_default()
            )
        }
        StmtKind::Import(v) => format!(
            "(import {})",
            v.iter()
                .map(|a| format!("{}{}", a.name, a.asname.as_ref().map(|x| format!(" as {x}")).unwrap_or_default()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        StmtKind::ImportFrom { module, names, level } => format!(
            "(from {}{} import {})",
            ".".repeat(*level as usize),
            module.clone().unwrap_or_default(),
            names
                .iter()
                .map(|a| format!("{}{}", a.name, a.asname.as_ref().map(|x| format!(" as {x}")).unwrap_or_default()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        StmtKind::If { test, body: b, orelse } => format!("(if {} [{}] [{}])", d(test), body(b), body(orelse)),
        StmtKind::While { test, body: b, orelse } => format!("(while {} [{}] [{}])", d(test), body(b), body(orelse)),
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            is_async,
        } => format!(
            "({}for {} {} [{}] [{}])",
            if *is_async { "async " } else { "" },
            d(target),
            d(iter),
            body(b),
            body(orelse)
        ),
        StmtKind::With { items, body: b, is_async } => format!(
            "({}with {} [{}])",
            if *is_async { "async " } else { "" },
            items
                .iter()
                .map(|i| format!(
                    "{}{}",
                    d(&i.context),
                    i.target.as_ref().map(|t| format!(" as {}", d(t))).unwrap_or_default()
                ))
                .collect::<Vec<_>>()
                .join(", "),
            body(b)
        ),
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => format!(
            "(try{} [{}]{} [{}] [{}])",
            if *is_star { "*" } else { "" },
            body(b),
            handlers
                .iter()
                .map(|h| format!(
                    " (except{}{} [{}])",
                    h.typ.as_ref().map(|t| format!(" {}", d(t))).unwrap_or_default(),
                    h.name.as_ref().map(|n| format!(" as {n}")).unwrap_or_default(),
                    body(&h.body)
                ))
                .collect::<String>(),
            body(orelse),
            body(finalbody)
        ),
        StmtKind::FunctionDef(f) => format!(
            "({}def{} {} {}{} [{}])",
            if f.is_async { "async " } else { "" },
            f.decorators.iter().map(|x| format!(" @{}", d(x))).collect::<String>(),
            f.name,
            dp(&f.params),
            f.returns.as_ref().map(|r| format!(" -> {}", d(r))).unwrap_or_default(),
            body(&f.body)
        ),
        StmtKind::ClassDef(c) => format!(
            "(class{} {} ({}{}) [{}])",
            c.decorators.iter().map(|x| format!(" @{}", d(x))).collect::<String>(),
            c.name,
            list(&c.bases),
            c.keywords
                .iter()
                .map(|k| format!(" {}={}", k.name, d(&k.value)))
                .collect::<String>(),
            body(&c.body)
        ),
    }
}

/// Parses a module and renders all statements.
fn p(src: &str) -> String {
    body(&m(src))
}
fn e(src: &str) -> String {
    d(&ex(src))
}

#[track_caller]
fn check_err(src: &str, msg: &str) {
    let e = err(src);
    assert_eq!(e.msg, msg, "for {src:?}");
}

// ------------------------------------------------------------------------------------------

#[test]
fn simple_statements() {
    assert_eq!(p("x = 1\n"), "(= x 1)");
    assert_eq!(p("a = b = 1\n"), "(= a b 1)");
    assert_eq!(p("a, b = 1, 2\n"), "(= (tuple a b) (tuple 1 2))");
    assert_eq!(p("[a, *b] = c\n"), "(= [a *b] c)");
    assert_eq!(p("a, *b = c\n"), "(= (tuple a *b) c)");
    assert_eq!(p("x += 1\n"), "(Add= x 1)");
    assert_eq!(p("x.y //= 2\n"), "(FloorDiv= x.y 2)");
    assert_eq!(p("x: int = 3\n"), "(ann x int 3)");
    assert_eq!(p("self.x: int\n"), "(ann! self.x int)");
    assert_eq!(p("(x): int = 1\n"), "(ann! x int 1)");
    assert_eq!(p("del a, b[1], c.d\n"), "(del a b[1] c.d)");
    assert_eq!(p("pass\nbreak\ncontinue\n"), "pass; break; continue");
    assert_eq!(p("return\n"), "(return)");
    assert_eq!(p("return *a, b\n"), "(return (tuple *a b))");
    assert_eq!(p("raise\n"), "(raise)");
    assert_eq!(p("raise X from Y\n"), "(raise X from Y)");
    assert_eq!(p("global a, b\nnonlocal c\n"), "(global a b); (nonlocal c)");
    assert_eq!(p("assert x, 'm'\n"), "(assert x \"m\")");
    assert_eq!(p("import a.b as c, d\n"), "(import a.b as c, d)");
    assert_eq!(p("from a import b as c\n"), "(from a import b as c)");
    assert_eq!(p("from . import x\n"), "(from . import x)");
    assert_eq!(p("from ..a import (b, c,)\n"), "(from ..a import b, c)");
    assert_eq!(p("from ... import x\n"), "(from ... import x)");
    assert_eq!(p("from .... a import x\n"), "(from ....a import x)");
    assert_eq!(p("from a import *\n"), "(from a import *)");
    assert_eq!(p("a = 1; b = 2;\n"), "(= a 1); (= b 2)");
    assert_eq!(p("x = yield\n"), "(= x (yield))");
    assert_eq!(p("x = yield a, b\n"), "(= x (yield (tuple a b)))");
    assert_eq!(p("yield from g\n"), "(yieldfrom g)");
    assert_eq!(p("f(x)"), "(call f x)");
    assert_eq!(p("x = 1 if y else 2\n"), "(= x (if y 1 2))");
}

#[test]
fn compound_statements() {
    assert_eq!(p("if x:\n    a\nelif y:\n    b\nelse:\n    c\n"), "(if x [a] [(if y [b] [c])])");
    assert_eq!(p("if x: pass\n"), "(if x [pass] [])");
    assert_eq!(p("if x: a; b\nc\n"), "(if x [a; b] []); c");
    assert_eq!(p("while x:\n    pass\nelse:\n    y\n"), "(while x [pass] [y])");
    assert_eq!(p("for x in y:\n    pass\n"), "(for x y [pass] [])");
    assert_eq!(
        p("for x, y in *a, b:\n    pass\nelse: z\n"),
        "(for (tuple x y) (tuple *a b) [pass] [z])"
    );
    assert_eq!(
        p("try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n"),
        "(try [a] (except (tuple A B) as e [b]) (except C [c]) (except [d]) [e] [f])"
    );
    assert_eq!(p("try:\n    a\nfinally:\n    f\n"), "(try [a] [] [f])");
    assert_eq!(p("try:\n    a\nexcept* E:\n    f\n"), "(try* [a] (except E [f]) [] [])");
    assert_eq!(p("with a as b, c:\n    pass\n"), "(with a as b, c [pass])");
    assert_eq!(
        p("with (open(a) as f, open(b) as g):\n    pass\n"),
        "(with (call open a) as f, (call open b) as g [pass])"
    );
    assert_eq!(p("with (a, b):\n    pass\n"), "(with a, b [pass])");
    assert_eq!(p("with (a, b) as c:\n    pass\n"), "(with (tuple a b) as c [pass])");
    assert_eq!(p("with (a) as b:\n    pass\n"), "(with a as b [pass])");
    assert_eq!(
        p("@dec\n@dec2(1)\ndef f(a, b=1, *c, d, e=2, **f) -> int:\n    return a\n"),
        "(def @dec @(call dec2 1) f (a b=1 *c d e=2 **f) -> int [(return a)])"
    );
    assert_eq!(p("def f(a, /, b, *, c): pass\n"), "(def f (a / b * c) [pass])");
    assert_eq!(
        p("def f(a: int = 1, *args: str, **kw: dict): pass\n"),
        "(def f (a:int=1 *args:str **kw:dict) [pass])"
    );
    assert_eq!(p("def f(): pass\n"), "(def f () [pass])");
    assert_eq!(
        p("class A(B, C, metaclass=M):\n    x = 1\n"),
        "(class A (B C metaclass=M) [(= x 1)])"
    );
    assert_eq!(p("class A:\n    pass\n"), "(class A () [pass])");
    assert_eq!(p("@d\nclass A(): pass\n"), "(class @d A () [pass])");
    assert_eq!(
        p("async def f():\n    await x\n    async for a in b: pass\n    async with c as d: pass\n"),
        "(async def f () [(await x); (async for a b [pass] []); (async with c as d [pass])])"
    );
    assert_eq!(
        p("def f():\n    if x:\n        return 1\n    return 2\nf()\n"),
        "(def f () [(if x [(return 1)] []); (return 2)]); (call f)"
    );
}

#[test]
fn function_spans() {
    let src = "@dec\ndef f(a):\n    pass\n";
    let s = &m(src)[0];
    let StmtKind::FunctionDef(f) = &s.kind else { panic!() };
    assert_eq!(&src[f.span.start as usize..f.span.end as usize], "def f(a):");
    assert_eq!(&src[s.span.start as usize..s.span.end as usize].trim_end(), &"def f(a):\n    pass");
    let src = "x = (a + b) * c\n";
    let StmtKind::Assign { value, .. } = &m(src)[0].kind else {
        panic!()
    };
    assert_eq!(&src[value.span.start as usize..value.span.end as usize], "(a + b) * c");
}

#[test]
fn precedence() {
    assert_eq!(e("-2**2"), "(USub (Pow 2 2))");
    assert_eq!(e("2**-1"), "(Pow 2 (USub 1))");
    assert_eq!(e("2**3**4"), "(Pow 2 (Pow 3 4))");
    assert_eq!(e("a + b * c - d"), "(Sub (Add a (Mult b c)) d)".replace("Mult", "Mul").as_str());
    assert_eq!(e("a | b ^ c & d << e + f"), "(BitOr a (BitXor b (BitAnd c (LShift d (Add e f)))))");
    assert_eq!(e("not a == b"), "(Not (cmp a Eq b))");
    assert_eq!(e("a < b <= c"), "(cmp a Lt b LtE c)");
    assert_eq!(e("a not in b is not c"), "(cmp a NotIn b IsNot c)");
    assert_eq!(e("a or b and not c"), "(Or a (And b (Not c)))");
    assert_eq!(e("a or b or c"), "(Or a b c)");
    assert_eq!(e("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(e("lambda x, y=1: x + y"), "(lambda (x y=1) (Add x y))");
    assert_eq!(e("lambda: 0"), "(lambda () 0)");
    assert_eq!(e("lambda *a, **k: 0"), "(lambda (*a **k) 0)");
    assert_eq!(e("await x ** 2"), "(Pow (await x) 2)");
    assert_eq!(e("-x.y[1](2)"), "(USub (call x.y[1] 2))");
    assert_eq!(e("~a * b"), "(Mul (Invert a) b)");
    assert_eq!(e("a @ b // c % d / e"), "(Div (Mod (FloorDiv (MatMul a b) c) d) e)");
}

#[test]
fn atoms_and_displays() {
    assert_eq!(e("()"), "(tuple )");
    assert_eq!(e("(x,)"), "(tuple x)");
    assert_eq!(e("(x)"), "x");
    assert_eq!(e("(1, 2, *a)"), "(tuple 1 2 *a)");
    assert_eq!(e("[]"), "[]");
    assert_eq!(e("[1, *a, 2,]"), "[1 *a 2]");
    assert_eq!(e("{}"), "(dict )");
    assert_eq!(e("{1: 2, **d, 3: 4}"), "(dict 1:2 **d 3:4)");
    assert_eq!(e("{**d}"), "(dict **d)");
    assert_eq!(e("{1, 2}"), "{1 2}");
    assert_eq!(e("{1}"), "{1}");
    assert_eq!(
        e("[x for x in y if x if z for w in x]"),
        "(listcomp x (for x y if x if z) (for w x))"
    );
    assert_eq!(e("{x for x in y}"), "(setcomp x (for x y))");
    assert_eq!(e("{k: v for k, v in y}"), "(dictcomp k:v (for (tuple k v) y))");
    assert_eq!(e("(x async for x in y)"), "(genexp x (async for x y))");
    assert_eq!(e("f(x for x in y)"), "(call f (genexp x (for x y)))");
    assert_eq!(e("f(a, *b, c=1, **d)"), "(call f a *b c=1 **d)");
    assert_eq!(e("f(a,)"), "(call f a)");
    assert_eq!(e("a[1:2:3]"), "a[(slice 1 2 3)]");
    assert_eq!(e("a[::2]"), "a[(slice _ _ 2)]");
    assert_eq!(e("a[:]"), "a[(slice _ _ _)]");
    assert_eq!(e("a[1:2, 3]"), "a[(tuple (slice 1 2 _) 3)]");
    assert_eq!(e("a[1,]"), "a[(tuple 1)]");
    assert_eq!(e("a[*b]"), "a[*b]");
    assert_eq!(e("..."), "...");
    assert_eq!(e("True, False, None"), "(tuple True False None)");
    assert_eq!(e("1.5 + 2j"), "(Add 1.5 2.0j)");
    assert_eq!(e("'a' 'b'"), "\"ab\"");
    assert_eq!(e("b'a' b'b'"), "b\"ab\"");
    assert_eq!(e("(y := 10)"), "(:= y 10)");
    assert_eq!(e("[y := 1, y]"), "[(:= y 1) y]");
    assert_eq!(e("f(a := 1)"), "(call f (:= a 1))");
    assert_eq!(p("if (n := len(a)) > 10: pass\n"), "(if (cmp (:= n (call len a)) Gt 10) [pass] [])");
    assert_eq!(p("while chunk := f(): pass\n"), "(while (:= chunk (call f)) [pass] [])");
    assert_eq!(e("x[y:=1]"), "x[(:= y 1)]");
    assert_eq!(e("(yield)"), "(yield)");
    assert_eq!(e("*a, b"), "(tuple *a b)");
}

#[test]
fn fstrings() {
    assert_eq!(e("f'a{x}b'"), "(f \"a\" {x} \"b\")");
    assert_eq!(e("'a' f'{x}' 'c'"), "(f \"a\" {x} \"c\")");
    assert_eq!(e("f'{x!r:>{w}}'"), "(f {x!r:(f \">\" {w})})");
    assert_eq!(e("f'{x=}'"), "(f \"x=\" {x!r})");
    assert_eq!(e("f'{x = :>10}'"), "(f \"x = \" {x:(f \">10\")})");
    assert_eq!(e("f'{x=!s}'"), "(f \"x=\" {x!s})");
    assert_eq!(e("f'{a + b}'"), "(f {(Add a b)})");
    assert_eq!(e("f''"), "(f )");
    // spans inside fields are absolute
    let src = "x = f'ab{yy}'\n";
    let StmtKind::Assign { value, .. } = &m(src)[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(parts) = &value.kind else { panic!() };
    let FPart::Expr { value: v, .. } = &parts[1] else { panic!() };
    assert_eq!(&src[v.span.start as usize..v.span.end as usize], "yy");
}

#[test]
fn errors_basic() {
    check_err("if x y:\n  pass\n", "invalid syntax");
    let e = err("if x\n");
    assert_eq!(e.msg, "expected ':'");
    assert_eq!(e.span.start, 4);
    check_err("while x\n", "expected ':'");
    check_err("class A\n", "expected ':'");
    check_err("def f()\n", "expected ':'");
    check_err("if 1:\n  pass\nelse\n", "expected ':'");
    let e = err("if x:\npass\n");
    assert_eq!(e.msg, "expected an indented block after 'if' statement on line 1");
    assert_eq!(e.kind, SyntaxErrorKind::Indentation);
    assert_eq!(e.span.start, 6);
    check_err("def f():\nx\n", "expected an indented block after function definition on line 1");
    check_err("class A:\nx\n", "expected an indented block after class definition on line 1");
    check_err("x = 1\nfor x in y:\n", "expected an indented block after 'for' statement on line 2");
    check_err("while x:\nx\n", "expected an indented block after 'while' statement on line 1");
    check_err("try:\nx\n", "expected an indented block after 'try' statement on line 1");
    check_err("with a:\nx\n", "expected an indented block after 'with' statement on line 1");
    check_err(
        "if a:\n  x\nelse:\nx\n",
        "expected an indented block after 'else' statement on line 3",
    );
    check_err(
        "if a:\n  x\nelif b:\nx\n",
        "expected an indented block after 'elif' statement on line 3",
    );
    check_err(
        "try:\n  pass\nexcept:\nx\n",
        "expected an indented block after 'except' statement on line 3",
    );
    check_err(
        "try:\n  pass\nfinally:\nx\n",
        "expected an indented block after 'finally' statement on line 3",
    );
    check_err("try:\n  pass\n", "expected 'except' or 'finally' block");
    let e = err("x = 1 +\n");
    assert_eq!(e.msg, "invalid syntax");
    assert_eq!(e.span.start, 7);
    let e = err("a b\n");
    assert_eq!((e.msg.as_str(), e.span.start), ("invalid syntax", 2));
    check_err("f(a b)\n", "invalid syntax. Perhaps you forgot a comma?");
    check_err("[a b]\n", "invalid syntax. Perhaps you forgot a comma?");
    check_err("x := 1\n", "invalid syntax");
    check_err("  x = 1\n", "unexpected indent");
    let e = err("x = 1\n    y = 2\n");
    assert_eq!((e.msg.as_str(), e.kind), ("unexpected indent", SyntaxErrorKind::Indentation));
    check_err("print 'hi'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?");
    check_err("print x\n", "Missing parentheses in call to 'print'. Did you mean print(...)?");
    check_err("x = 1 if 2\n", "expected 'else' after 'if' expression");
    check_err("import a.b as c.d\n", "invalid syntax");
    check_err("from x import a,\n", "trailing comma not allowed without surrounding parentheses");
    check_err("b'a' 'b'\n", "cannot mix bytes and nonbytes literals");
}

#[test]
fn errors_targets() {
    check_err(
        "f() = 1\n",
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
    );
    check_err("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?");
    check_err(
        "a + b = 1\n",
        "cannot assign to expression here. Maybe you meant '==' instead of '='?",
    );
    check_err("a < b = 1\n", "cannot assign to comparison");
    check_err("a and b = 1\n", "cannot assign to expression");
    check_err("None = 1\n", "cannot assign to None");
    check_err("True = 1\n", "cannot assign to True");
    check_err(
        "a, f() = 1, 2\n",
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
    );
    check_err(
        "[x for x in y] = 1\n",
        "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?",
    );
    check_err("for 1 in x: pass\n", "cannot assign to literal");
    check_err("with a as f():\n  pass\n", "cannot assign to function call");
    check_err("del f()\n", "cannot delete function call");
    check_err("del *a\n", "cannot delete starred");
    check_err("a, b += 1\n", "'tuple' is an illegal expression for augmented assignment");
    check_err("(a, b): int = 1\n", "only single target (not tuple) can be annotated");
    check_err("*a = 1\n", "starred assignment target must be in a list or tuple");
    check_err("x = *a\n", "can't use starred expression here");
    check_err("x = yield = 1\n", "assignment to yield expression not possible");
    check_err("(a.b := 1)\n", "cannot use assignment expressions with attribute");
    let e = err("f() = 1\n");
    assert_eq!((e.span.start, e.span.end), (0, 3));
}

#[test]
fn errors_args_params() {
    check_err("f(a=1, b)\n", "positional argument follows keyword argument");
    check_err("f(**a, b)\n", "positional argument follows keyword argument unpacking");
    check_err("f(**a, *b)\n", "iterable argument unpacking follows keyword argument unpacking");
    check_err("f(a.b=1)\n", "expression cannot contain assignment, perhaps you meant \"==\"?");
    check_err("def f(a=1, b): pass\n", "non-default argument follows default argument");
    check_err("def f(*): pass\n", "named arguments must follow bare *");
    check_err("def f(**k, a): pass\n", "arguments cannot follow var-keyword argument");
    check_err("def f(a, /, b, /): pass\n", "/ may appear only once");
}

#[test]
fn multiple_errors() {
    let es = errs("x = (1 +)\ny = 2\nz = 1 +\n");
    assert_eq!(es.len(), 2, "{es:?}");
    assert!(es[0].span.start < es[1].span.start);
    let es = errs("def f():\n    a b\n    return 1\nif x y:\n    pass\nz = 1\n");
    assert_eq!(es.len(), 2, "{es:?}");
    assert_eq!(es[0].span.start, 15);
}

#[test]
fn nesting_and_timing() {
    let t = std::time::Instant::now();
    let src = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    assert_eq!(p(&src), "(= x 1)");
    let src = format!("x = {}1{}\n", "[".repeat(100), "]".repeat(100));
    m(&src);
    let src = format!("x = {}1{}\n", "{".repeat(60), "}".repeat(60));
    m(&src);
    let src = format!("x = {}\n", "-".repeat(300) + "1");
    m(&src);
    let src = format!("x = {}1{}\n", "f(".repeat(100), ")".repeat(100));
    m(&src);
    let mut big = String::new();
    for i in 0..2500 {
        big += &format!(
            "def f{i}(a, b=1, *c, **d):\n    x = [a + b * {i} for a in c if a]\n    if x:\n        return {{'k': x, 'v': (a, b)}}\n"
        );
    }
    assert_eq!(m(&big).len(), 2500);
    let el = t.elapsed();
    assert!(el.as_secs_f64() < 3.0, "too slow: {el:?}");
    // error inside deep nesting is still fast
    let t = std::time::Instant::now();
    let src = format!("x = {}1 +{}\n", "(".repeat(200), ")".repeat(200));
    err(&src);
    assert!(t.elapsed().as_secs_f64() < 1.0, "too slow: {:?}", t.elapsed());
}

#[test]
fn errors_more() {
    check_err("f(x for x in y, 1)\n", "Generator expression must be parenthesized");
    assert_eq!(e("f((x for x in y), 1)"), "(call f (genexp x (for x y)) 1)");
    check_err("else:\n    pass\n", "invalid syntax");
    check_err("x = )\n", "unmatched ')'");
}

/// Random token streams must never panic (and must terminate quickly).
#[test]
fn fuzz_tokens_no_panic() {
    use num_bigint::BigInt;
    let pool: Vec<Tok> = vec![
        Tok::Name("a".into()),
        Tok::Name("print".into()),
        Tok::Int(BigInt::from(1)),
        Tok::Str("s".into()),
        Tok::Bytes(vec![1]),
        Tok::Newline,
        Tok::Indent,
        Tok::Dedent,
        Tok::If,
        Tok::Else,
        Tok::Elif,
        Tok::For,
        Tok::In,
        Tok::Def,
        Tok::Class,
        Tok::Try,
        Tok::Except,
        Tok::Finally,
        Tok::With,
        Tok::As,
        Tok::Lambda,
        Tok::Yield,
        Tok::Async,
        Tok::Await,
        Tok::Not,
        Tok::Is,
        Tok::Star,
        Tok::DoubleStar,
        Tok::Plus,
        Tok::Minus,
        Tok::LParen,
        Tok::RParen,
        Tok::LBracket,
        Tok::RBracket,
        Tok::LBrace,
        Tok::RBrace,
        Tok::Comma,
        Tok::Colon,
        Tok::Dot,
        Tok::Semicolon,
        Tok::Equal,
        Tok::Walrus,
        Tok::Arrow,
        Tok::At,
        Tok::Slash,
        Tok::From,
        Tok::Import,
        Tok::Ellipsis,
        Tok::Return,
        Tok::Del,
        Tok::AugAssign(BinOp::Add),
    ];
    let mut seed: u64 = 0x2545F4914F6CDD1D;
    let mut rnd = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let t = std::time::Instant::now();
    for _ in 0..3000 {
        let n = (rnd() % 30) as usize;
        let toks: Vec<(Tok, Span)> = (0..n)
            .map(|i| (pool[(rnd() % pool.len() as u64) as usize].clone(), Span::new(i * 2, i * 2 + 1)))
            .collect();
        let src = " ".repeat(n * 2);
        let _ = super::parse_module(&src, &toks);
        let _ = super::parse_expression(&src, &toks);
    }
    assert!(t.elapsed().as_secs_f64() < 20.0);
}

#[test]
fn fstring_timing() {
    let t = std::time::Instant::now();
    let mut src = String::new();
    for i in 0..1000 {
        src += &format!("x = f'{{a}} {{b + {i}:>{{w}}}}'\n");
    }
    assert_eq!(m(&src).len(), 1000);
    println!("fstrings: {:?}", t.elapsed());
}

/// Dev helper: `CASES=file cargo test --lib compare_cases -- --ignored --nocapture`
#[test]
#[ignore]
fn compare_cases() {
    let f = std::env::var("CASES").unwrap();
    let text = std::fs::read_to_string(f).unwrap();
    for c in text.split("\n====\n") {
        match pm(c) {
            Ok(_) => println!("{c:?} OK"),
            Err(es) => {
                let e = &es[0];
                let line = c[..e.span.start as usize].matches('\n').count() + 1;
                let col = e.span.start as usize - c[..e.span.start as usize].rfind('\n').map(|x| x + 1).unwrap_or(0) + 1;
                println!("{c:?} -> {} {:?} {} {}", e.kind.class_name(), e.msg, line, col);
            }
        }
    }
}

#[test]
fn realistic_script() {
    let src = r#"#!/usr/bin/env python3
"""Docstring."""
import sys, os.path as osp
from collections import defaultdict

# comment
class Node(object):
    """A node."""
    count: int = 0

    def __init__(self, value, *children, parent=None, **extra):
        self.value = value
        self.children = list(children)
        Node.count += 1

    @property
    def size(self) -> int:
        return 1 + sum(c.size for c in self.children)

    def __repr__(self):
        return f"Node({self.value!r}, n={len(self.children)})"


def walk(node, depth=0):
    yield node, depth
    for child in node.children:
        yield from walk(child, depth + 1)


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    counts = defaultdict(int)
    try:
        n = int(argv[0]) if argv else 10
    except (IndexError, ValueError) as exc:
        print("bad", exc, file=sys.stderr)
        return 1
    else:
        pass
    finally:
        counts['done'] += 1
    root = Node(0, *[Node(i) for i in range(n)])
    for node, depth in walk(root):
        if depth > 1:
            continue
        elif node.value % 2 == 0 and not node.children:
            counts["even"] += 1
        else:
            counts["odd"] = counts.get("odd", 0) + 1
    while True:
        break
    with open(__file__) as f, open(__file__) as g:
        data = f.read()[:10]
    squares = {k: v ** 2 for k, v in enumerate(range(5)) if v}
    lam = lambda x, *, y=2: (x, y)
    print(*sorted(counts.items()), sep="\n")
    assert lam(1) == (1, 2), "lambda"
    del counts["even"]
    return 0

if __name__ == "__main__":
    sys.exit(main())"#;
    let body = m(src);
    assert_eq!(body.len(), 7);
    assert!(m("").is_empty());
    assert!(m("# only a comment\n\n").is_empty());
    assert_eq!(p("x = 1"), "(= x 1)");
    assert_eq!(p("if x:\n    pass\n# c\n\nelse:\n    y\n"), "(if x [pass] [y])");
    assert_eq!(
        p("def f():\n    def g():\n        class C:\n            pass\nx = 1\n"),
        "(def f () [(def g () [(class C () [pass])])]); (= x 1)"
    );
    assert_eq!(e("lambda: a if b else c"), "(lambda () (if b a c))");
    assert_eq!(e("lambda x=lambda: 1: x"), "(lambda (x=(lambda () 1)) x)");
    assert_eq!(e("f(*a, sep='')"), "(call f *a sep=\"\")");
    assert_eq!(e("not a in b"), "(Not (cmp a In b))");
}

/// A compact rendering of a pattern for the match-statement tests.
fn dpat(p: &Pattern) -> String {
    let list = |v: &[Pattern]| v.iter().map(dpat).collect::<Vec<_>>().join(" ");
    match &p.kind {
        PatternKind::Value(e) => format!("={}", d(e)),
        PatternKind::Singleton(c) => format!("is {c:?}"),
        PatternKind::Sequence(v) => format!("[{}]", list(v)),
        PatternKind::Star(n) => format!("*{}", n.as_deref().unwrap_or("_")),
        PatternKind::Mapping { keys, patterns, rest } => {
            let items: Vec<String> = keys.iter().zip(patterns).map(|(k, p)| format!("{}:{}", d(k), dpat(p))).collect();
            format!("{{{} **{}}}", items.join(" "), rest.as_deref().unwrap_or("-"))
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let kw: Vec<String> = kwd_attrs
                .iter()
                .zip(kwd_patterns)
                .map(|(a, p)| format!("{a}={}", dpat(p)))
                .collect();
            format!("{}({} ; {})", d(cls), list(patterns), kw.join(" "))
        }
        PatternKind::As { pattern, name } => match pattern {
            Some(p) => format!("({} as {})", dpat(p), name.as_deref().unwrap_or("_")),
            None => name.clone().unwrap_or_else(|| "_".into()),
        },
        PatternKind::Or(v) => format!("({})", v.iter().map(dpat).collect::<Vec<_>>().join(" | ")),
    }
}

fn case_patterns(src: &str) -> Vec<String> {
    match &m(src)[0].kind {
        StmtKind::Match { cases, .. } => cases
            .iter()
            .map(|c| format!("{}{}", dpat(&c.pattern), if c.guard.is_some() { " if" } else { "" }))
            .collect(),
        other => panic!("not a match statement: {other:?}"),
    }
}

#[test]
fn match_statement_patterns() {
    let src = "match x:\n    case 1 | -2 | 1+2j: pass\n    case [a, *rest]: pass\n    case (a,): pass\n    case (a): pass\n    case {'k': v, **kw}: pass\n    case P(1, y=z) as q if q: pass\n    case a.b.c: pass\n    case None: pass\n    case 1, *_: pass\n    case _: pass\n";
    assert_eq!(
        case_patterns(src),
        vec![
            "(=1 | =(USub 2) | =(Add 1 2.0j))",
            "[a *rest]",
            "[a]",
            "a",
            "{\"k\":v **kw}",
            "(P(=1 ; y=z) as q) if",
            "=a.b.c",
            "is None",
            "[=1 *_]",
            "_",
        ]
    );
}

#[test]
fn match_and_case_stay_names() {
    // Soft keywords: these are ordinary statements.
    for src in [
        "match = 1\n",
        "match(x)\n",
        "match[0] = case\n",
        "case = match.case\n",
        "match, case = 1, 2\n",
    ] {
        let body = m(src);
        assert!(!matches!(body[0].kind, StmtKind::Match { .. }), "{src}");
    }
}

#[test]
fn match_pattern_errors() {
    assert_eq!(
        err("match x:\n    case f'{a}': pass\n").msg,
        "patterns may only match literals and attribute lookups"
    );
    assert_eq!(
        err("match x:\n    case P(a=1, 2): pass\n").msg,
        "positional patterns follow keyword patterns"
    );
    assert_eq!(err("match x:\n    case 1 as _: pass\n").msg, "cannot use '_' as a target");
}

#[test]
fn keyword_attribute_names() {
    // 3.4-era `asyncio.async(...)`: the keywords are accepted right after a dot only.
    assert_eq!(e("asyncio.async(coro)"), "(call asyncio.async coro)");
    assert_eq!(e("x.await"), "x.await");
    assert_eq!(p("loop.async = 1\n"), "(= loop.async 1)");
    assert!(!errs("async = 1\n").is_empty());
    assert!(!errs("x = async\n").is_empty());
    assert!(!errs("import asyncio.async\n").is_empty());
}

#[test]
fn with_yield_from() {
    assert_eq!(m("def f():\n    with (yield from lock):\n        pass\n").len(), 1);
}
