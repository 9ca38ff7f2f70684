//! Scope analysis: decides for every name in every scope whether it is a fast local, a
//! cell, a free variable, a global or a namespace (class/module) name.

use std::collections::HashMap;

use crate::syntax::SyntaxError;
use crate::syntax::ast::*;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// Lambda and comprehensions are functions too, but we keep the distinction for names.
    Lambda,
    Comprehension,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const DEF_GLOBAL: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;
/// A walrus target inside a comprehension: bound in the enclosing function.
const DEF_COMP_WALRUS: u8 = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// Module or class namespace lookups.
    Name,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Names in first-seen order with their flags.
    pub symbols: Vec<(String, u8)>,
    index: HashMap<String, usize>,
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub has_await: bool,
    /// A method that uses `super` or `__class__` needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    // Results of analysis.
    pub resolved: HashMap<String, NameScope>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub qualname: String,
    /// Where each `nonlocal` name was declared (for "no binding" errors).
    nonlocal_spans: Vec<(String, Span)>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: vec![],
            symbols: vec![],
            index: HashMap::new(),
            params: vec![],
            is_generator: false,
            is_coroutine: false,
            has_await: false,
            needs_class_cell: false,
            resolved: HashMap::new(),
            varnames: vec![],
            cellvars: vec![],
            freevars: vec![],
            qualname: String::new(),
            nonlocal_spans: vec![],
        }
    }
    fn add(&mut self, name: &str, flag: u8) {
        if let Some(&i) = self.index.get(name) {
            self.symbols[i].1 |= flag;
        } else {
            self.index.insert(name.to_string(), self.symbols.len());
            self.symbols.push((name.to_string(), flag));
        }
    }
    fn flags(&self, name: &str) -> u8 {
        self.index.get(name).map(|&i| self.symbols[i].1).unwrap_or(0)
    }
    pub fn is_function(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
    pub fn lookup(&self, name: &str) -> NameScope {
        if let Some(s) = self.resolved.get(name) {
            return *s;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => NameScope::Name,
            _ => NameScope::GlobalImplicit,
        }
    }
}

pub struct SymTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope.
    pub by_node: HashMap<usize, ScopeId>,
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    cur: ScopeId,
    errors: Vec<SyntaxError>,
}

pub fn build(module: &Module) -> Result<SymTable, Vec<SyntaxError>> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        cur: 0,
        errors: vec![],
    };
    b.by_node.insert(module as *const Module as usize, 0);
    for s in &module.body {
        b.stmt(s);
    }
    if !b.errors.is_empty() {
        return Err(b.errors);
    }
    let mut st = SymTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    let mut errors = vec![];
    analyze(&mut st, 0, &HashMap::new(), &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    compute_qualnames(&mut st, 0);
    Ok(st)
}

fn err(msg: &str, span: Span) -> SyntaxError {
    SyntaxError {
        msg: msg.to_string(),
        span,
        kind: crate::syntax::SyntaxErrorKind::Syntax,
    }
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }
    fn push(&mut self, kind: ScopeKind, name: &str, node: usize) -> ScopeId {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.cur)));
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(node, id);
        self.cur = id;
        id
    }
    fn pop(&mut self) {
        self.cur = self.scopes[self.cur].parent.unwrap_or(0);
    }

    fn def(&mut self, name: &str) {
        self.scope().add(name, DEF_LOCAL);
    }
    fn use_name(&mut self, name: &str) {
        self.scope().add(name, USE);
        if (name == "super" || name == "__class__") && self.scopes[self.cur].is_function() {
            self.scope().needs_class_cell = true;
        }
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target, annotation, value, ..
            } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.expr(annotation);
                if value.is_some() || !matches!(target.kind, ExprKind::Name(_)) {
                    self.target(target);
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare annotation still makes the name local in a function.
                    if self.scopes[self.cur].is_function() {
                        self.def(n);
                    }
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let f = self.scopes[self.cur].flags(n);
                    if f & (DEF_LOCAL | USE) != 0 && self.cur != 0 {
                        let what = if f & USE != 0 { "used" } else { "assigned to" };
                        self.errors
                            .push(err(&format!("name '{n}' is {what} before global declaration"), s.span));
                    }
                    if f & DEF_PARAM != 0 {
                        self.errors.push(err(&format!("name '{n}' is parameter and global"), s.span));
                    }
                    self.scope().add(n, DEF_GLOBAL);
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    if self.cur == 0 {
                        self.errors.push(err("nonlocal declaration not allowed at module level", s.span));
                        continue;
                    }
                    let f = self.scopes[self.cur].flags(n);
                    if f & (DEF_LOCAL | USE) != 0 {
                        let what = if f & USE != 0 { "used" } else { "assigned to" };
                        self.errors
                            .push(err(&format!("name '{n}' is {what} before nonlocal declaration"), s.span));
                    }
                    if f & DEF_PARAM != 0 {
                        self.errors.push(err(&format!("name '{n}' is parameter and nonlocal"), s.span));
                    }
                    self.scope().add(n, DEF_NONLOCAL);
                    self.scope().nonlocal_spans.push((n.to_string(), s.span));
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.def(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur != 0 {
                            self.errors.push(err("import * only allowed at module level", a.span));
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.def(&bound);
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.body(&c.body);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.scope().has_await = true;
                }
                self.expr(iter);
                self.target(target);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async {
                    self.scope().has_await = true;
                }
                for it in items {
                    self.expr(&it.context);
                    if let Some(t) = &it.target {
                        self.target(t);
                    }
                }
                self.body(body);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.def(n);
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.params_defaults(&f.params);
                self.params_annotations(&f.params);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.def(&f.name);
                let node = &**f as *const FunctionDef as usize;
                self.push(ScopeKind::Function, &f.name, node);
                self.scope().is_coroutine = f.is_async;
                self.params(&f.params);
                self.body(&f.body);
                self.pop();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.def(&c.name);
                let node = &**c as *const ClassDef as usize;
                self.push(ScopeKind::Class, &c.name, node);
                self.body(&c.body);
                self.pop();
            }
        }
    }

    fn params_defaults(&mut self, p: &Params) {
        for a in p.posonly.iter().chain(p.args.iter()).chain(p.kwonly.iter()) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }
    fn params_annotations(&mut self, p: &Params) {
        for a in all_params(p) {
            if let Some(an) = &a.annotation {
                self.expr(an);
            }
        }
    }
    fn params(&mut self, p: &Params) {
        for a in all_params(p) {
            if self.scopes[self.cur].flags(&a.name) & DEF_PARAM != 0 {
                self.errors
                    .push(err(&format!("duplicate argument '{}' in function definition", a.name), a.span));
            }
            self.scope().add(&a.name, DEF_PARAM | DEF_LOCAL);
            self.scope().params.push(a.name.clone());
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.def(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    /// Names a pattern binds, and the value expressions it evaluates.
    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                for i in items {
                    self.pattern(i);
                }
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.def(n);
                }
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                for k in keys {
                    self.expr(k);
                }
                for i in patterns {
                    self.pattern(i);
                }
                if let Some(n) = rest {
                    self.def(n);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for i in patterns.iter().chain(kwd_patterns) {
                    self.pattern(i);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(i) = pattern {
                    self.pattern(i);
                }
                if let Some(n) = name {
                    self.def(n);
                }
            }
        }
    }

    fn comprehension(&mut self, node: usize, generators: &[Comprehension], elts: &[&Expr], name: &str) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        self.push(ScopeKind::Comprehension, name, node);
        self.scope().add(".0", DEF_PARAM | DEF_LOCAL);
        self.scope().params.push(".0".to_string());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        for e in elts {
            self.expr(e);
        }
        // An `await` inside makes the comprehension asynchronous (CPython's ste_coroutine).
        let is_async = {
            let sc = self.scope();
            sc.is_coroutine || sc.has_await
        };
        if is_async {
            self.scope().is_coroutine = true;
        }
        self.pop();
        // A list/set/dict comprehension that is asynchronous is awaited by its enclosing
        // scope, which becomes asynchronous in turn (a comprehension, or the module under
        // top-level await).
        if is_async && name != "<genexpr>" {
            let sc = self.scope();
            sc.has_await = true;
            if sc.kind == ScopeKind::Comprehension {
                sc.is_coroutine = true;
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Constant(_) => {}
            ExprKind::JoinedStr(parts) => self.fparts(parts),
            ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => {
                for x in v {
                    self.expr(x);
                }
            }
            ExprKind::Dict(items) => {
                for it in items {
                    match it {
                        DictItem::Pair(k, v) => {
                            self.expr(k);
                            self.expr(v);
                        }
                        DictItem::Unpack(m) => self.expr(m),
                    }
                }
            }
            ExprKind::Starred(x) | ExprKind::Await(x) | ExprKind::YieldFrom(x) => {
                if matches!(e.kind, ExprKind::Await(_)) {
                    self.scope().has_await = true;
                }
                if matches!(e.kind, ExprKind::YieldFrom(_)) {
                    self.scope().is_generator = true;
                }
                self.expr(x)
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                for a in args {
                    match a {
                        Arg::Positional(x) | Arg::Starred(x) | Arg::DoubleStarred(x) => self.expr(x),
                        Arg::Keyword(k) => self.expr(&k.value),
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::Compare { left, ops } => {
                self.expr(left);
                for (_, x) in ops {
                    self.expr(x);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda { params, body } => {
                self.params_defaults(params);
                self.push(ScopeKind::Lambda, "<lambda>", e as *const Expr as usize);
                self.params(params);
                self.expr(body);
                self.pop();
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                if self.scopes[self.cur].kind == ScopeKind::Comprehension {
                    // Bind in the nearest enclosing non-comprehension scope.
                    let mut s = self.cur;
                    while self.scopes[s].kind == ScopeKind::Comprehension {
                        s = self.scopes[s].parent.unwrap_or(0);
                    }
                    if self.scopes[s].kind == ScopeKind::Class {
                        self.errors.push(err(
                            "assignment expression within a comprehension cannot be used in a class body",
                            e.span,
                        ));
                    }
                    self.scopes[s].add(target, DEF_LOCAL);
                    self.scope().add(target, DEF_COMP_WALRUS);
                } else {
                    self.def(target);
                }
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e as *const Expr as usize, generators, &[elt], "<listcomp>"),
            ExprKind::SetComp { elt, generators } => self.comprehension(e as *const Expr as usize, generators, &[elt], "<setcomp>"),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e as *const Expr as usize, generators, &[elt], "<genexpr>");
                if let Some(&id) = self.by_node.get(&(e as *const Expr as usize)) {
                    self.scopes[id].is_generator = true;
                }
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e as *const Expr as usize, generators, &[key, value], "<dictcomp>")
            }
            ExprKind::Yield(v) => {
                self.scope().is_generator = true;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
        }
    }

    fn fparts(&mut self, parts: &[FPart]) {
        for p in parts {
            if let FPart::Expr { value, format_spec, .. } = p {
                self.expr(value);
                if let Some(spec) = format_spec {
                    self.fparts(spec);
                }
            }
        }
    }
}

pub fn all_params(p: &Params) -> impl Iterator<Item = &Param> {
    p.posonly
        .iter()
        .chain(p.args.iter())
        .chain(p.vararg.iter())
        .chain(p.kwonly.iter())
        .chain(p.kwarg.iter())
}

/// Resolves names. `enclosing` maps names bound in enclosing function scopes (visible as
/// free variables here) to true.
fn analyze(st: &mut SymTable, id: ScopeId, enclosing: &HashMap<String, bool>, errors: &mut Vec<SyntaxError>) -> Vec<String> {
    let kind = st.scopes[id].kind;
    let symbols = st.scopes[id].symbols.clone();
    let mut resolved: HashMap<String, NameScope> = HashMap::new();
    let is_func = st.scopes[id].is_function();
    for (name, span) in &st.scopes[id].nonlocal_spans {
        if !enclosing.contains_key(name) {
            errors.push(err(&format!("no binding for nonlocal '{name}' found"), *span));
        }
    }

    for (name, flags) in &symbols {
        let s = if flags & DEF_GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if flags & (DEF_NONLOCAL | DEF_COMP_WALRUS) != 0 {
            NameScope::Free
        } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
            if is_func { NameScope::Local } else { NameScope::Name }
        } else if enclosing.contains_key(name) {
            NameScope::Free
        } else if is_func {
            NameScope::GlobalImplicit
        } else {
            NameScope::Name
        };
        resolved.insert(name.clone(), s);
    }
    // Comprehension walrus targets bound at module level are globals.
    for (name, flags) in &symbols {
        if flags & DEF_COMP_WALRUS != 0 && !enclosing.contains_key(name) {
            resolved.insert(name.clone(), NameScope::GlobalExplicit);
        }
    }

    // Names visible to children as free variables.
    let mut child_env = enclosing.clone();
    if is_func {
        for (name, s) in &resolved {
            if matches!(s, NameScope::Local | NameScope::Free) {
                child_env.insert(name.clone(), true);
            }
        }
        for (name, s) in &resolved {
            if matches!(s, NameScope::GlobalExplicit) {
                child_env.remove(name);
            }
        }
    } else if kind == ScopeKind::Class {
        // Class-level names are not visible to nested functions; `__class__` is.
        child_env.insert("__class__".to_string(), true);
    } else {
        child_env.clear();
    }

    let children = st.scopes[id].children.clone();
    let mut child_free: Vec<String> = vec![];
    for c in children {
        for f in analyze(st, c, &child_env, errors) {
            if !child_free.contains(&f) {
                child_free.push(f);
            }
        }
    }

    let mut cellvars = vec![];
    let mut freevars = vec![];
    for (name, s) in resolved.iter() {
        if *s == NameScope::Free {
            freevars.push(name.clone());
        }
    }
    for f in &child_free {
        if kind == ScopeKind::Class && f == "__class__" {
            if !cellvars.contains(f) {
                cellvars.push(f.clone());
            }
            continue;
        }
        match resolved.get(f) {
            Some(NameScope::Local) => {
                resolved.insert(f.clone(), NameScope::Cell);
                cellvars.push(f.clone());
            }
            Some(NameScope::Cell) | Some(NameScope::Free) => {}
            Some(NameScope::GlobalExplicit) => {}
            _ => {
                // Passes through this scope to an outer one.
                if is_func || kind == ScopeKind::Class {
                    if kind == ScopeKind::Class {
                        // The class body needs it too, but keeps Name lookups for its own use.
                        if !freevars.contains(f) {
                            freevars.push(f.clone());
                        }
                        if !resolved.contains_key(f) {
                            resolved.insert(f.clone(), NameScope::Free);
                        }
                    } else {
                        if !freevars.contains(f) {
                            freevars.push(f.clone());
                        }
                        resolved.insert(f.clone(), NameScope::Free);
                    }
                }
            }
        }
    }
    if st.scopes[id].needs_class_cell && is_func && enclosing.contains_key("__class__") {
        if !freevars.contains(&"__class__".to_string()) {
            freevars.push("__class__".to_string());
        }
        resolved.insert("__class__".to_string(), NameScope::Free);
    }
    // Deterministic order: cellvars sorted like CPython, freevars sorted too.
    cellvars.sort();
    freevars.sort();

    let scope = &mut st.scopes[id];
    let mut varnames: Vec<String> = scope.params.clone();
    if is_func {
        for (name, _) in &symbols {
            if matches!(resolved.get(name), Some(NameScope::Local) | Some(NameScope::Cell)) && !varnames.contains(name) {
                varnames.push(name.clone());
            }
        }
    }
    scope.resolved = resolved;
    scope.varnames = varnames;
    scope.cellvars = cellvars;
    scope.freevars = freevars.clone();
    // What this scope needs from outside.
    freevars
}

fn compute_qualnames(st: &mut SymTable, id: ScopeId) {
    let children = st.scopes[id].children.clone();
    for c in children {
        let parent = &st.scopes[id];
        let name = st.scopes[c].name.clone();
        let q = match parent.kind {
            ScopeKind::Module => name,
            ScopeKind::Class => format!("{}.{}", parent.qualname, name),
            _ => format!("{}.<locals>.{}", parent.qualname, name),
        };
        st.scopes[c].qualname = q;
        compute_qualnames(st, c);
    }
}
