//! Bytecode generation from the AST, guided by the symbol table.

use std::collections::HashMap;
use std::rc::Rc;

use num_traits::ToPrimitive;

use super::bytecode::{Code, Instr};
use super::symtable::{self, NameScope, ScopeId, ScopeKind, SymTable};
use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use crate::vm::object::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NESTED, CO_VARARGS, CO_VARKEYWORDS};
use crate::vm::value::{PyStr, Value};

mod patterns;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A module or script.
    Exec,
    /// One REPL input: expression statements print their value.
    Interactive,
    /// A single expression (eval): the code returns its value.
    Eval,
}

/// Unwinding actions needed when `return`/`break`/`continue` leave a block.
#[derive(Clone)]
enum FBlock<'a> {
    Loop {
        start: usize,
        breaks: Vec<usize>,
        is_for: bool,
    },
    /// Inside a `try` body with an except handler installed.
    TryExcept,
    /// Inside a `try` body whose `finally` must run on exit.
    TryFinally(&'a [Stmt]),
    /// Inside a finally body run because of an exception: stack has prev_exc, exc.
    FinallyHandler,
    /// Inside an except handler body: stack has prev_exc; name to clear on exit.
    Handler(Option<&'a str>),
    /// Inside the cleanup `try` of a named handler.
    HandlerCleanup,
    /// Inside an `except*` handler: `break`, `continue` and `return` are not allowed.
    StarHandler,
    /// Inside a `with` body: stack has the bound __exit__.
    With {
        is_async: bool,
    },
}

struct Unit<'a> {
    scope: ScopeId,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    names: Vec<Rc<PyStr>>,
    name_map: HashMap<String, u32>,
    varnames: Vec<String>,
    cell_names: Vec<String>,
    ncellvars: usize,
    line: u32,
    fblocks: Vec<FBlock<'a>>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    name: String,
    qualname: String,
    firstline: u32,
    docstring: Option<Value>,
    max_stack: u32,
}

pub struct Compiler<'a> {
    st: SymTable,
    filename: Rc<str>,
    source: Rc<str>,
    line_starts: Vec<u32>,
    units: Vec<Unit<'a>>,
    errors: Vec<SyntaxError>,
    mode: Mode,
    name_ops: bool,
    interned: HashMap<String, Rc<PyStr>>,
    /// PyCF_ALLOW_TOP_LEVEL_AWAIT: `await`, `async for`/`with` and asynchronous
    /// comprehensions are allowed at module level, making the module code a coroutine.
    top_level_await: bool,
}

pub fn compile(module: &Module, filename: &str, source: &str, mode: Mode) -> Result<Rc<Code>, Vec<SyntaxError>> {
    compile_with_names(module, filename, source, mode, false)
}

/// Like `compile`; with `name_ops`, module-level names use LOAD_NAME/STORE_NAME (for
/// `exec`/`eval` with a separate locals mapping).
pub fn compile_with_names(module: &Module, filename: &str, source: &str, mode: Mode, name_ops: bool) -> Result<Rc<Code>, Vec<SyntaxError>> {
    compile_with_flags(module, filename, source, mode, name_ops, false)
}

/// Like `compile_with_names`; `top_level_await` is CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT.
pub fn compile_with_flags(
    module: &Module,
    filename: &str,
    source: &str,
    mode: Mode,
    name_ops: bool,
    top_level_await: bool,
) -> Result<Rc<Code>, Vec<SyntaxError>> {
    let st = symtable::build(module)?;
    let mut line_starts = vec![0u32];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i as u32 + 1);
        }
    }
    let mut c = Compiler {
        st,
        filename: filename.into(),
        source: source.into(),
        line_starts,
        units: vec![],
        errors: vec![],
        mode,
        name_ops,
        interned: HashMap::new(),
        top_level_await,
    };
    c.push_unit(0, "<module>", "<module>", 1);
    c.module_body(&module.body);
    let code = c.pop_unit();
    if !c.errors.is_empty() {
        c.errors.sort_by_key(|e| e.span.start);
        return Err(c.errors);
    }
    Ok(code)
}

fn syntax_error(msg: &str, span: Span) -> SyntaxError {
    SyntaxError {
        msg: msg.to_string(),
        span,
        kind: SyntaxErrorKind::Syntax,
    }
}

impl<'a> Compiler<'a> {
    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }
    fn scope_kind(&self) -> ScopeKind {
        self.st.scopes[self.units.last().unwrap().scope].kind
    }

    fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r = crate::vm::intern::intern(s);
        self.interned.insert(s.to_string(), r.clone());
        r
    }

    fn line_of(&self, off: u32) -> u32 {
        match self.line_starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    fn set_line(&mut self, span: Span) {
        let l = self.line_of(span.start);
        self.u().line = l;
    }

    fn push_unit(&mut self, scope: ScopeId, name: &str, qualname: &str, firstline: u32) {
        let sc = &self.st.scopes[scope];
        let mut cell_names = sc.cellvars.clone();
        let ncellvars = cell_names.len();
        cell_names.extend(sc.freevars.iter().cloned());
        let varnames = sc.varnames.clone();
        let mut flags = 0;
        if sc.is_function() {
            flags |= CO_NESTED;
        }
        if sc.is_generator && sc.is_coroutine {
            flags |= CO_ASYNC_GENERATOR;
        } else if sc.is_generator {
            flags |= CO_GENERATOR;
        } else if sc.is_coroutine || (sc.kind == ScopeKind::Module && sc.has_await && self.top_level_await) {
            flags |= CO_COROUTINE;
        }
        self.units.push(Unit {
            scope,
            instrs: vec![],
            lines: vec![],
            consts: vec![],
            names: vec![],
            name_map: HashMap::new(),
            varnames,
            cell_names,
            ncellvars,
            line: firstline,
            fblocks: vec![],
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags,
            name: name.to_string(),
            qualname: qualname.to_string(),
            firstline,
            docstring: None,
            max_stack: 0,
        });
    }

    fn pop_unit(&mut self) -> Rc<Code> {
        let u = self.units.pop().unwrap();
        let mut cell2arg = vec![];
        for (ci, cname) in u.cell_names.iter().take(u.ncellvars).enumerate() {
            if let Some(ai) = u.varnames.iter().position(|v| v == cname) {
                let nparams = u.argcount + u.kwonly + ((u.flags & CO_VARARGS != 0) as u32) + ((u.flags & CO_VARKEYWORDS != 0) as u32);
                if (ai as u32) < nparams {
                    cell2arg.push((ci as u32, ai as u32));
                }
            }
        }
        let stacksize = estimate_stack(&u.instrs);
        let nnames = u.names.len();
        let fast_call = u.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) == 0
            && u.kwonly == 0
            && u.cell_names.is_empty();
        let intern = |s: &String| crate::vm::intern::intern(s);
        Rc::new(Code {
            name: intern(&u.name),
            qualname: intern(&u.qualname),
            filename: self.filename.clone(),
            firstlineno: u.firstline,
            instrs: crate::compile::bytecode::fuse(u.instrs, &u.consts),
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames.iter().map(intern).collect(),
            cellvars: u.cell_names[..u.ncellvars].iter().map(intern).collect(),
            freevars: u.cell_names[u.ncellvars..].iter().map(intern).collect(),
            cell2arg,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            stacksize: stacksize.max(u.max_stack),
            docstring: u.docstring,
            source: Some(self.source.clone()),
            global_cache: std::cell::RefCell::new(vec![None; nnames]),
            method_cache: std::cell::RefCell::new(vec![[None, None]; nnames]),
            attr_cache: (0..nnames).map(|_| Default::default()).collect(),
            shape_cache: (0..nnames).map(|_| Default::default()).collect(),
            fast_call,
        })
    }

    // ---- emission helpers -------------------------------------------------------------

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.u();
        let line = u.line;
        u.instrs.push(i);
        u.lines.push(line);
        u.instrs.len() - 1
    }
    fn here(&mut self) -> usize {
        self.u().instrs.len()
    }
    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here() as u32;
        self.patch_to(at, target);
    }
    fn patch_to(&mut self, at: usize, target: u32) {
        let u = self.u();
        u.instrs[at] = match u.instrs[at] {
            Instr::Jump(_) => Instr::Jump(target),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
            Instr::ForIter(_) => Instr::ForIter(target),
            Instr::SetupExcept(_) => Instr::SetupExcept(target),
            Instr::SetupWith(_) => Instr::SetupWith(target),
            Instr::CompareJumpIfFalse(op, _) => Instr::CompareJumpIfFalse(op, target),
            Instr::EndAsyncFor(_) => Instr::EndAsyncFor(target),
            Instr::StarMatch(_) => Instr::StarMatch(target),
            other => other,
        };
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.u();
        for (i, c) in u.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Str(a), Value::Str(b)) => a.s == b.s,
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }
    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }
    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.u().name_map.get(name) {
            return i;
        }
        let s = self.intern(name);
        let u = self.u();
        u.names.push(s);
        let i = (u.names.len() - 1) as u32;
        u.name_map.insert(name.to_string(), i);
        i
    }
    fn str_const(&mut self, s: &str) -> Value {
        Value::Str(self.intern(s))
    }

    // ---- names --------------------------------------------------------------------------

    fn mangle(&self, name: &str) -> String {
        // Private name mangling inside classes: __x -> _Class__x.
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        let mut s = self.units.last().map(|u| u.scope);
        while let Some(id) = s {
            let sc = &self.st.scopes[id];
            if sc.kind == ScopeKind::Class {
                let cls = sc.name.trim_start_matches('_');
                if cls.is_empty() {
                    return name.to_string();
                }
                return format!("_{cls}{name}");
            }
            s = sc.parent;
        }
        name.to_string()
    }

    fn name_op(&mut self, name: &str, op: NameOp) {
        let name = self.mangle(name);
        let scope_id = self.units.last().unwrap().scope;
        let sc = &self.st.scopes[scope_id];
        let ns = sc.lookup(&name);
        let kind = sc.kind;
        match ns {
            NameScope::Local => {
                let i = self.units.last().unwrap().varnames.iter().position(|v| *v == name).unwrap_or(0) as u32;
                self.emit(match op {
                    NameOp::Load => Instr::LoadFast(i),
                    NameOp::Store => Instr::StoreFast(i),
                    NameOp::Delete => Instr::DeleteFast(i),
                });
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.units.last().unwrap().cell_names.iter().position(|v| *v == name).unwrap_or(0) as u32;
                if kind == ScopeKind::Class && op == NameOp::Load {
                    self.emit(Instr::LoadClassDeref(i));
                } else {
                    self.emit(match op {
                        NameOp::Load => Instr::LoadDeref(i),
                        NameOp::Store => Instr::StoreDeref(i),
                        NameOp::Delete => Instr::DeleteDeref(i),
                    });
                }
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                let i = self.name_idx(&name);
                self.emit(match op {
                    NameOp::Load => Instr::LoadGlobal(i),
                    NameOp::Store => Instr::StoreGlobal(i),
                    NameOp::Delete => Instr::DeleteGlobal(i),
                });
            }
            NameScope::Name => {
                let i = self.name_idx(&name);
                if kind == ScopeKind::Module && self.mode != Mode::Interactive && !self.name_ops {
                    self.emit(match op {
                        NameOp::Load => Instr::LoadGlobal(i),
                        NameOp::Store => Instr::StoreGlobal(i),
                        NameOp::Delete => Instr::DeleteGlobal(i),
                    });
                } else {
                    self.emit(match op {
                        NameOp::Load => Instr::LoadName(i),
                        NameOp::Store => Instr::StoreName(i),
                        NameOp::Delete => Instr::DeleteName(i),
                    });
                }
            }
        }
    }

    // ---- statements --------------------------------------------------------------------

    fn module_body(&mut self, body: &'a [Stmt]) {
        if self.mode == Mode::Eval {
            match body {
                [
                    Stmt {
                        kind: StmtKind::Expr(e), ..
                    },
                ] => {
                    self.expr(e);
                    self.emit(Instr::ReturnValue);
                }
                _ => {
                    let span = body.first().map(|s| s.span).unwrap_or_default();
                    self.errors.push(syntax_error("invalid syntax", span));
                }
            }
            return;
        }
        if let Some(doc) = docstring(body)
            && self.mode == Mode::Exec
        {
            let d = self.str_const(doc);
            self.load_const(d);
            let i = self.name_idx("__doc__");
            self.emit(Instr::StoreGlobal(i));
        }
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        for s in body {
            self.stmt(s);
        }
        self.load_const(Value::None);
        self.emit(Instr::ReturnValue);
    }

    fn body(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.mode == Mode::Interactive && self.units.len() == 1 {
                    self.expr(e);
                    self.emit(Instr::PrintExpr);
                } else if matches!(e.kind, ExprKind::Constant(_)) {
                    // Docstrings and other constant statements do nothing.
                } else {
                    self.expr(e);
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store(t);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v);
                    self.store(target);
                }
                if *simple && matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
                    if let ExprKind::Name(n) = &target.kind {
                        // __annotations__[name] = annotation
                        self.expr(annotation);
                        let i = self.name_idx("__annotations__");
                        self.emit(Instr::LoadName(i));
                        let k = self.str_const(&self.mangle(n));
                        self.load_const(k);
                        self.emit(Instr::StoreSubscr);
                    }
                } else if !simple {
                    // Evaluate the target's sub-expressions for their side effects.
                    if value.is_none() {
                        match &target.kind {
                            ExprKind::Attribute { value, .. } => {
                                self.expr(value);
                                self.emit(Instr::PopTop);
                            }
                            ExprKind::Subscript { value, index } => {
                                self.expr(value);
                                self.emit(Instr::PopTop);
                                self.expr(index);
                                self.emit(Instr::PopTop);
                            }
                            _ => {}
                        }
                    }
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t);
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_continue(s, true),
            StmtKind::Continue => self.break_continue(s, false),
            StmtKind::Return(v) => {
                if !self.st.scopes[self.units.last().unwrap().scope].is_function() {
                    self.errors.push(syntax_error("'return' outside function", s.span));
                    return;
                }
                if self.u().fblocks.iter().any(|f| matches!(f, FBlock::StarHandler)) {
                    self.errors.push(syntax_error(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        s.span,
                    ));
                    return;
                }
                if let Some(v) = v {
                    if self.u().flags & CO_ASYNC_GENERATOR != 0 {
                        self.errors.push(syntax_error("'return' with value in async generator", s.span));
                    }
                    self.expr(v);
                } else {
                    self.load_const(Value::None);
                }
                self.unwind_all(true);
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e);
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c);
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                let j = self.emit(Instr::PopJumpIfTrue(0));
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m);
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch(j);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let i = self.name_idx(&a.name);
                    self.emit(Instr::ImportName(i));
                    match &a.asname {
                        Some(asname) => {
                            // import a.b.c as d: bind the submodule.
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for p in &parts[1..] {
                                let i = self.name_idx(p);
                                self.emit(Instr::ImportFrom(i));
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::PopTop);
                            }
                            self.name_op(asname, NameOp::Store);
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or("");
                            self.name_op(first, NameOp::Store);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.load_const(Value::Int(*level as i64));
                let fromlist: Vec<Value> = names.iter().map(|a| self.str_const(&a.name)).collect();
                self.load_const(Value::tuple(fromlist));
                let m = module.clone().unwrap_or_default();
                let i = self.name_idx(&m);
                self.emit(Instr::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in names {
                        let i = self.name_idx(&a.name);
                        self.emit(Instr::ImportFrom(i));
                        let bound = a.asname.as_deref().unwrap_or(&a.name);
                        self.name_op(bound, NameOp::Store);
                    }
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::If { test, body, orelse } => {
                let jf = self.cond_jump(test, false);
                self.body(body);
                if orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let je = self.emit(Instr::Jump(0));
                    self.patch(jf);
                    self.body(orelse);
                    self.patch(je);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                let jf = self.cond_jump(test, false);
                self.u().fblocks.push(FBlock::Loop {
                    start,
                    breaks: vec![],
                    is_for: false,
                });
                self.body(body);
                self.emit(Instr::Jump(start as u32));
                let fb = self.u().fblocks.pop();
                self.patch(jf);
                self.body(orelse);
                if let Some(FBlock::Loop { breaks, .. }) = fb {
                    for b in breaks {
                        self.patch(b);
                    }
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(target, iter, body, orelse, s.span);
                    return;
                }
                self.expr(iter);
                self.emit(Instr::GetIter);
                let start = self.here();
                let fi = self.emit(Instr::ForIter(0));
                self.store(target);
                self.u().fblocks.push(FBlock::Loop {
                    start,
                    breaks: vec![],
                    is_for: true,
                });
                self.body(body);
                self.emit(Instr::Jump(start as u32));
                let fb = self.u().fblocks.pop();
                self.patch(fi);
                self.body(orelse);
                if let Some(FBlock::Loop { breaks, .. }) = fb {
                    for b in breaks {
                        self.patch(b);
                    }
                }
            }
            StmtKind::With { items, body, is_async } => self.with(items, body, *is_async, s.span),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star);
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star);
                }
            }
            StmtKind::FunctionDef(f) => self.function_def(f),
            StmtKind::ClassDef(c) => self.class_def(c),
        }
    }

    fn break_continue(&mut self, s: &Stmt, is_break: bool) {
        // Find the innermost loop, unwinding blocks on the way.
        let fblocks = self.u().fblocks.clone();
        let loop_pos = fblocks.iter().rposition(|f| matches!(f, FBlock::Loop { .. }));
        if fblocks
            .iter()
            .skip(loop_pos.map(|p| p + 1).unwrap_or(0))
            .any(|f| matches!(f, FBlock::StarHandler))
        {
            self.errors.push(syntax_error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                s.span,
            ));
            return;
        }
        let Some(pos) = fblocks.iter().rposition(|f| matches!(f, FBlock::Loop { .. })) else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            self.errors.push(syntax_error(msg, s.span));
            return;
        };
        for i in (pos + 1..fblocks.len()).rev() {
            self.unwind_block(&fblocks[i], false, i);
        }
        match &fblocks[pos] {
            FBlock::Loop { start, is_for, .. } => {
                if is_break {
                    if *is_for {
                        self.emit(Instr::PopTop);
                    }
                    let j = self.emit(Instr::Jump(0));
                    if let Some(FBlock::Loop { breaks, .. }) = self.u().fblocks.get_mut(pos) {
                        breaks.push(j);
                    }
                } else {
                    self.emit(Instr::Jump(*start as u32));
                }
            }
            _ => unreachable!(),
        }
    }

    /// Emits the exit actions of every enclosing block (for `return`).
    fn unwind_all(&mut self, preserve_tos: bool) {
        let fblocks = self.u().fblocks.clone();
        for i in (0..fblocks.len()).rev() {
            self.unwind_block(&fblocks[i], preserve_tos, i);
        }
    }

    fn unwind_block(&mut self, fb: &FBlock<'a>, preserve_tos: bool, depth: usize) {
        match fb {
            FBlock::Loop { is_for, .. } => {
                if *is_for && preserve_tos {
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::PopTop);
                }
            }
            FBlock::StarHandler => {}
            FBlock::TryExcept | FBlock::HandlerCleanup => {
                self.emit(Instr::PopBlock);
            }
            FBlock::TryFinally(body) => {
                self.emit(Instr::PopBlock);
                // Run the finally body with the enclosing blocks only, so a `return` inside it
                // does not run it again.
                let saved = self.u().fblocks.split_off(depth);
                self.body(body);
                let mut saved = saved;
                self.u().fblocks.append(&mut saved);
            }
            FBlock::FinallyHandler => {
                // stack: prev_exc, exc [, value]
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::PopTop);
                    self.emit(Instr::Swap(2));
                } else {
                    self.emit(Instr::PopTop);
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::Handler(name) => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.name_op(n, NameOp::Store);
                    self.name_op(n, NameOp::Delete);
                }
            }
            FBlock::With { is_async } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.load_const(Value::None);
                self.load_const(Value::None);
                self.load_const(Value::None);
                self.emit(Instr::Call(3));
                if *is_async {
                    self.await_tos_from(2);
                }
                self.emit(Instr::PopTop);
            }
        }
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], is_star: bool) {
        if is_star {
            self.try_except_star(body, handlers, orelse);
            return;
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.u().fblocks.push(FBlock::TryExcept);
        self.body(body);
        self.u().fblocks.pop();
        self.emit(Instr::PopBlock);
        let to_else = self.emit(Instr::Jump(0));
        self.patch(setup);
        // Handler entry: stack has prev_exc, exc.
        let mut ends = vec![];
        for h in handlers {
            self.set_line(h.span);
            let next = match &h.typ {
                Some(t) => {
                    self.expr(t);
                    self.emit(Instr::CheckExcMatch);
                    Some(self.emit(Instr::PopJumpIfFalse(0)))
                }
                None => None,
            };
            let _ = is_star;
            match &h.name {
                Some(name) => {
                    self.name_op(name, NameOp::Store);
                    let cleanup = self.emit(Instr::SetupExcept(0));
                    self.u().fblocks.push(FBlock::Handler(Some(name)));
                    self.u().fblocks.push(FBlock::HandlerCleanup);
                    self.body(&h.body);
                    self.u().fblocks.pop();
                    self.u().fblocks.pop();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.load_const(Value::None);
                    self.name_op(name, NameOp::Store);
                    self.name_op(name, NameOp::Delete);
                    ends.push(self.emit(Instr::Jump(0)));
                    // Cleanup when the handler body raises: clear the name and re-raise.
                    self.patch(cleanup);
                    self.load_const(Value::None);
                    self.name_op(name, NameOp::Store);
                    self.name_op(name, NameOp::Delete);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.u().fblocks.push(FBlock::Handler(None));
                    self.body(&h.body);
                    self.u().fblocks.pop();
                    self.emit(Instr::PopExcept);
                    ends.push(self.emit(Instr::Jump(0)));
                }
            }
            if let Some(n) = next {
                self.patch(n);
            }
        }
        // No handler matched.
        self.emit(Instr::Reraise);
        self.patch(to_else);
        self.body(orelse);
        for e in ends {
            self.patch(e);
        }
    }

    /// `try ... except* T as e:`: each handler takes the part of the exception group that
    /// matches its type; what no handler took, and what the handlers raised, is re-raised.
    fn try_except_star(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) {
        let setup = self.emit(Instr::SetupExcept(0));
        self.u().fblocks.push(FBlock::TryExcept);
        self.body(body);
        self.u().fblocks.pop();
        self.emit(Instr::PopBlock);
        let to_else = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.emit(Instr::PrepStar);
        for h in handlers {
            self.set_line(h.span);
            let Some(t) = &h.typ else {
                self.errors.push(syntax_error("expected one or more exception types", h.span));
                continue;
            };
            self.expr(t);
            let no_match = self.emit(Instr::StarMatch(0));
            match &h.name {
                Some(n) => self.name_op(n, NameOp::Store),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            let herr = self.emit(Instr::SetupExcept(0));
            self.u().fblocks.push(FBlock::StarHandler);
            self.body(&h.body);
            self.u().fblocks.pop();
            self.emit(Instr::PopBlock);
            let clear_name = |c: &mut Self| {
                if let Some(n) = &h.name {
                    c.load_const(Value::None);
                    c.name_op(n, NameOp::Store);
                    c.name_op(n, NameOp::Delete);
                }
            };
            clear_name(self);
            let done = self.emit(Instr::Jump(0));
            // The handler raised: keep the exception for the final re-raise.
            self.patch(herr);
            self.emit(Instr::ListAppend(2));
            self.emit(Instr::PopExcept);
            clear_name(self);
            self.patch(done);
            self.patch(no_match);
        }
        self.emit(Instr::StarReraise);
        self.emit(Instr::PopExcept);
        let end = self.emit(Instr::Jump(0));
        self.patch(to_else);
        self.body(orelse);
        self.patch(end);
    }

    fn try_finally(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], finalbody: &'a [Stmt], is_star: bool) {
        let setup = self.emit(Instr::SetupExcept(0));
        self.u().fblocks.push(FBlock::TryFinally(finalbody));
        if handlers.is_empty() {
            self.body(body);
        } else {
            self.try_except(body, handlers, orelse, is_star);
        }
        self.u().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(finalbody);
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.u().fblocks.push(FBlock::FinallyHandler);
        self.body(finalbody);
        self.u().fblocks.pop();
        self.emit(Instr::Reraise);
        self.patch(end);
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool, span: Span) {
        if is_async && !self.in_async_function() && !self.top_level_await_ok() {
            self.errors.push(syntax_error("'async with' outside async function", span));
        }
        let Some((first, rest)) = items.split_first() else {
            self.body(body);
            return;
        };
        self.expr(&first.context);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_tos_from(1);
        } else {
            self.emit(Instr::BeforeWith);
        }
        let setup = self.emit(Instr::SetupWith(0));
        match &first.target {
            Some(t) => self.store(t),
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.u().fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.body(body);
        } else {
            self.with(rest, body, is_async, span);
        }
        self.u().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Instr::Call(3));
        if is_async {
            self.await_tos_from(2);
        }
        self.emit(Instr::PopTop);
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        // stack: exit, prev_exc, exc
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.await_tos_from(2);
        }
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.patch(end);
    }

    fn await_tos(&mut self) {
        self.await_tos_from(0);
    }

    /// `where`: 0 an `await`, 1 the result of `__aenter__`, 2 of `__aexit__` (for the
    /// error message when it is not awaitable, as CPython's GET_AWAITABLE operand).
    fn await_tos_from(&mut self, r#where: u32) {
        self.emit(Instr::GetAwaitable(r#where));
        self.load_const(Value::None);
        self.emit(Instr::YieldFrom);
    }

    fn in_async_function(&self) -> bool {
        let sc = &self.st.scopes[self.units.last().unwrap().scope];
        sc.is_coroutine
    }

    fn async_for(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt], span: Span) {
        if !self.in_async_function() && !self.top_level_await_ok() {
            self.errors.push(syntax_error("'async for' outside async function", span));
        }
        self.expr(iter);
        self.emit(Instr::GetAiter);
        let start = self.here();
        let setup = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::GetAnext);
        self.load_const(Value::None);
        self.emit(Instr::YieldFrom);
        self.emit(Instr::PopBlock);
        self.store(target);
        self.u().fblocks.push(FBlock::Loop {
            start,
            breaks: vec![],
            is_for: true,
        });
        self.body(body);
        self.emit(Instr::Jump(start as u32));
        let fb = self.u().fblocks.pop();
        self.patch(setup);
        // Handler: stack has iter, prev_exc, exc. StopAsyncIteration ends the loop.
        let e = self.emit(Instr::EndAsyncFor(0));
        self.patch(e);
        self.body(orelse);
        if let Some(FBlock::Loop { breaks, .. }) = fb {
            for b in breaks {
                self.patch(b);
            }
        }
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) {
        match &target.kind {
            ExprKind::Name(n) => {
                self.name_op(n, NameOp::Load);
                self.expr(value);
                self.emit(Instr::Inplace(op));
                self.name_op(n, NameOp::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj);
                self.emit(Instr::Copy(1));
                let i = self.name_idx(&self.mangle(attr));
                self.emit(Instr::LoadAttr(i));
                self.expr(value);
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj);
                self.expr(index);
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(value);
                self.emit(Instr::Inplace(op));
                // stack: obj, idx, result -> result, obj, idx
                self.emit(Instr::RotN(3));
                self.emit(Instr::StoreSubscr);
            }
            _ => self.errors.push(syntax_error(
                "'expression' is an illegal expression for augmented assignment",
                target.span,
            )),
        }
    }

    /// Stores TOS into an assignment target.
    fn store(&mut self, t: &'a Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, NameOp::Store),
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                let i = self.name_idx(&self.mangle(attr));
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items.iter().position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(si) => {
                        if items.iter().filter(|e| matches!(e.kind, ExprKind::Starred(_))).count() > 1 {
                            self.errors.push(syntax_error("multiple starred expressions in assignment", t.span));
                            return;
                        }
                        let after = items.len() - si - 1;
                        self.emit(Instr::UnpackEx(si as u32 | ((after as u32) << 16)));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(items.len() as u32));
                    }
                }
                for it in items {
                    match &it.kind {
                        ExprKind::Starred(inner) => self.store(inner),
                        _ => self.store(it),
                    }
                }
            }
            ExprKind::Starred(_) => self
                .errors
                .push(syntax_error("starred assignment target must be in a list or tuple", t.span)),
            _ => self.errors.push(syntax_error(&format!("cannot assign to {}", describe(t)), t.span)),
        }
    }

    fn delete(&mut self, t: &'a Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, NameOp::Delete),
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                let i = self.name_idx(&self.mangle(attr));
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i);
                }
            }
            _ => self.errors.push(syntax_error(&format!("cannot delete {}", describe(t)), t.span)),
        }
    }

    // ---- functions and classes -----------------------------------------------------------

    fn function_def(&mut self, f: &'a FunctionDef) {
        for d in &f.decorators {
            self.expr(d);
        }
        let scope = self.st.by_node[&(f as *const FunctionDef as usize)];
        // co_firstlineno is the line of the first decorator, as in CPython
        let mut span = f.span;
        if let Some(d) = f.decorators.first() {
            span.start = span.start.min(d.span.start);
        }
        self.make_function(scope, &f.name, &f.params, FuncBody::Stmts(&f.body), span, f.returns.as_ref());
        for _ in &f.decorators {
            self.emit(Instr::Call(1));
        }
        self.set_line(f.span);
        self.name_op(&f.name, NameOp::Store);
    }

    fn make_function(&mut self, scope: ScopeId, name: &str, params: &'a Params, body: FuncBody<'a>, span: Span, returns: Option<&'a Expr>) {
        // Defaults are evaluated in the enclosing scope.
        let mut flags = 0;
        let positional: Vec<&Param> = params.posonly.iter().chain(params.args.iter()).collect();
        let ndefaults = positional.iter().filter(|p| p.default.is_some()).count();
        if ndefaults > 0 {
            for p in &positional {
                if let Some(d) = &p.default {
                    self.expr(d);
                }
            }
            self.emit(Instr::BuildTuple(ndefaults as u32));
            flags |= 1;
        }
        let kwdefs: Vec<&Param> = params.kwonly.iter().filter(|p| p.default.is_some()).collect();
        if !kwdefs.is_empty() {
            for p in &kwdefs {
                let k = self.str_const(&p.name);
                self.load_const(k);
                if let Some(d) = &p.default {
                    self.expr(d);
                }
            }
            self.emit(Instr::BuildMap(kwdefs.len() as u32));
            flags |= 2;
        }
        // Annotations: a dict of name -> value, evaluated here like CPython.
        let annotated: Vec<&Param> = positional
            .iter()
            .copied()
            .chain(params.vararg.iter())
            .chain(params.kwonly.iter())
            .chain(params.kwarg.iter())
            .filter(|p| p.annotation.is_some())
            .collect();
        if !annotated.is_empty() || returns.is_some() {
            for p in &annotated {
                let k = self.str_const(&p.name);
                self.load_const(k);
                if let Some(a) = &p.annotation {
                    self.expr(a);
                }
            }
            if let Some(r) = returns {
                let k = self.str_const("return");
                self.load_const(k);
                self.expr(r);
            }
            self.emit(Instr::BuildMap(annotated.len() as u32 + returns.is_some() as u32));
            flags |= 4;
        }
        let qualname = self.st.scopes[scope].qualname.clone();
        let firstline = self.line_of(span.start);
        self.push_unit(scope, name, &qualname, firstline);
        {
            let u = self.u();
            u.argcount = (params.posonly.len() + params.args.len()) as u32;
            u.posonly = params.posonly.len() as u32;
            u.kwonly = params.kwonly.len() as u32;
            if params.vararg.is_some() {
                u.flags |= CO_VARARGS;
            }
            if params.kwarg.is_some() {
                u.flags |= CO_VARKEYWORDS;
            }
        }
        // Parameter order in varnames must be: positional, kwonly, *args, **kwargs.
        {
            let mut order: Vec<String> = vec![];
            for p in params.posonly.iter().chain(params.args.iter()).chain(params.kwonly.iter()) {
                order.push(p.name.clone());
            }
            if let Some(v) = &params.vararg {
                order.push(v.name.clone());
            }
            if let Some(k) = &params.kwarg {
                order.push(k.name.clone());
            }
            let u = self.u();
            let rest: Vec<String> = u.varnames.iter().filter(|v| !order.contains(v)).cloned().collect();
            order.extend(rest);
            u.varnames = order;
        }
        match body {
            FuncBody::Stmts(stmts) => {
                if let Some(doc) = docstring(stmts) {
                    let d = self.str_const(doc);
                    self.u().docstring = Some(d);
                }
                self.body(stmts);
                if !matches!(stmts.last().map(|s| &s.kind), Some(StmtKind::Return(_))) {
                    self.load_const(Value::None);
                    self.emit(Instr::ReturnValue);
                }
            }
            FuncBody::Expr(e) => {
                self.expr(e);
                if self.u().flags & CO_GENERATOR != 0 {
                    self.emit(Instr::PopTop);
                    self.load_const(Value::None);
                }
                self.emit(Instr::ReturnValue);
            }
        }
        let code = self.pop_unit();
        self.finish_closure(&code, flags);
    }

    fn finish_closure(&mut self, code: &Rc<Code>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let u = self.units.last().unwrap();
                let i = u.cell_names.iter().position(|c| c.as_str() == fv.as_str()).unwrap_or(0) as u32;
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Value::Code(code.clone()));
        self.emit(Instr::MakeFunction(flags));
    }

    fn class_def(&mut self, c: &'a ClassDef) {
        for d in &c.decorators {
            self.expr(d);
        }
        let scope = self.st.by_node[&(c as *const ClassDef as usize)];
        self.emit(Instr::LoadBuildClass);
        let qualname = self.st.scopes[scope].qualname.clone();
        let first = c.decorators.first().map_or(c.span.start, |d| d.span.start.min(c.span.start));
        let firstline = self.line_of(first);
        self.push_unit(scope, &c.name, &qualname, firstline);
        self.u().flags &= !CO_NESTED;
        // __module__ and __qualname__
        let i = self.name_idx("__name__");
        self.emit(Instr::LoadGlobal(i));
        let i = self.name_idx("__module__");
        self.emit(Instr::StoreName(i));
        let q = self.str_const(&qualname);
        self.load_const(q);
        let i = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(i));
        if let Some(doc) = docstring(&c.body) {
            let d = self.str_const(doc);
            self.load_const(d);
            let i = self.name_idx("__doc__");
            self.emit(Instr::StoreName(i));
        }
        if has_annotations(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        self.body(&c.body);
        // Hand the __class__ cell to __build_class__.
        let cell = self.u().cell_names.iter().position(|n| n == "__class__");
        match cell {
            Some(ci) if ci < self.u().ncellvars => {
                self.emit(Instr::LoadClosure(ci as u32));
                let i = self.name_idx("__classcell__");
                self.emit(Instr::StoreName(i));
            }
            _ => {}
        }
        self.load_const(Value::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.finish_closure(&code, 0);
        let n = self.str_const(&c.name);
        self.load_const(n);
        let args: Vec<Arg> = c
            .bases
            .iter()
            .cloned()
            .map(Arg::Positional)
            .chain(c.keywords.iter().cloned().map(Arg::Keyword))
            .collect();
        // Leak-free: args are cloned AST nodes; compile them through a boxed slice we keep.
        let args: &'a [Arg] = Box::leak(args.into_boxed_slice());
        self.call_args(args, 2);
        for _ in &c.decorators {
            self.emit(Instr::Call(1));
        }
        self.set_line(c.span);
        self.name_op(&c.name, NameOp::Store);
    }

    // ---- expressions ----------------------------------------------------------------------

    /// Compiles a condition and emits a jump taken when its truth equals `when`.
    fn cond_jump(&mut self, test: &'a Expr, when: bool) -> usize {
        if let ExprKind::Compare { left, ops } = &test.kind
            && ops.len() == 1
            && !when
        {
            let (op, right) = &ops[0];
            if matches!(op, CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE | CmpOp::Eq | CmpOp::NotEq) {
                self.expr(left);
                self.expr(right);
                return self.emit(Instr::CompareJumpIfFalse(*op, 0));
            }
        }
        if let ExprKind::UnaryOp { op: UnaryOp::Not, operand } = &test.kind {
            return self.cond_jump(operand, !when);
        }
        self.expr(test);
        if when {
            self.emit(Instr::PopJumpIfTrue(0))
        } else {
            self.emit(Instr::PopJumpIfFalse(0))
        }
    }

    fn expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.name_op(n, NameOp::Load),
            ExprKind::Constant(c) => {
                let v = self.constant(c);
                self.load_const(v);
            }
            ExprKind::JoinedStr(parts) => self.fstring(parts),
            ExprKind::Tuple(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.starred_list(items);
                    self.emit(Instr::ListToTuple);
                } else if let Some(v) = self.const_tuple(items) {
                    self.load_const(v);
                } else {
                    for i in items {
                        self.expr(i);
                    }
                    self.emit(Instr::BuildTuple(items.len() as u32));
                }
            }
            ExprKind::List(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.starred_list(items);
                } else {
                    for i in items {
                        self.expr(i);
                    }
                    self.emit(Instr::BuildList(items.len() as u32));
                }
            }
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for i in items {
                        match &i.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner);
                                self.emit(Instr::SetUpdate(1));
                            }
                            _ => {
                                self.expr(i);
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for i in items {
                        self.expr(i);
                    }
                    self.emit(Instr::BuildSet(items.len() as u32));
                }
            }
            ExprKind::Dict(items) => {
                let mut pending = 0;
                let mut built = false;
                for it in items {
                    match it {
                        DictItem::Pair(k, v) => {
                            self.expr(k);
                            self.expr(v);
                            pending += 1;
                        }
                        DictItem::Unpack(m) => {
                            if !built || pending > 0 {
                                self.emit(Instr::BuildMap(pending));
                                if built {
                                    self.emit(Instr::DictUpdate(1));
                                }
                                built = true;
                                pending = 0;
                            }
                            self.expr(m);
                            self.emit(Instr::DictUpdate(1));
                        }
                    }
                }
                if !built {
                    self.emit(Instr::BuildMap(pending));
                } else if pending > 0 {
                    self.emit(Instr::BuildMap(pending));
                    self.emit(Instr::DictUpdate(1));
                }
            }
            ExprKind::Starred(_) => self.errors.push(syntax_error("can't use starred expression here", e.span)),
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                let i = self.name_idx(&self.mangle(attr));
                self.set_line(e.span);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x),
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s);
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            ExprKind::Call { func, args } => {
                let line = self.line_of(e.span.start);
                if let ExprKind::Attribute { value, attr } = &func.kind
                    && args.iter().all(|a| matches!(a, Arg::Positional(_)))
                {
                    self.expr(value);
                    let i = self.name_idx(&self.mangle(attr));
                    self.emit(Instr::LoadMethod(i));
                    for a in args {
                        if let Arg::Positional(x) = a {
                            self.expr(x);
                        }
                    }
                    self.u().line = line;
                    self.emit(Instr::CallMethod(args.len() as u32));
                    return;
                }
                self.expr(func);
                self.u().line = line;
                if args.is_empty() && self.zero_arg_super(func) {
                    self.emit(Instr::Call(2));
                    return;
                }
                self.call_args(args, 0);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left);
                self.expr(right);
                self.set_line(e.span);
                self.emit(Instr::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand);
                self.emit(match op {
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::USub => Instr::UnaryNeg,
                    UnaryOp::UAdd => Instr::UnaryPos,
                    UnaryOp::Invert => Instr::UnaryInvert,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = vec![];
                for (i, v) in values.iter().enumerate() {
                    self.expr(v);
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::Compare { left, ops } => {
                self.expr(left);
                if ops.len() == 1 {
                    self.expr(&ops[0].1);
                    self.emit(Instr::Compare(ops[0].0));
                } else {
                    let mut cleanup = vec![];
                    for (i, (op, right)) in ops.iter().enumerate() {
                        self.expr(right);
                        if i + 1 < ops.len() {
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::Copy(2));
                            self.emit(Instr::Compare(*op));
                            cleanup.push(self.emit(Instr::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(Instr::Compare(*op));
                        }
                    }
                    let end = self.emit(Instr::Jump(0));
                    for c in cleanup {
                        self.patch(c);
                    }
                    // stack: leftover operand, False -> False
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::PopTop);
                    self.patch(end);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                let jf = self.cond_jump(test, false);
                self.expr(body);
                let end = self.emit(Instr::Jump(0));
                self.patch(jf);
                self.expr(orelse);
                self.patch(end);
            }
            ExprKind::Lambda { params, body } => {
                let scope = self.st.by_node[&(e as *const Expr as usize)];
                self.make_function(scope, "<lambda>", params, FuncBody::Expr(body), e.span, None);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.emit(Instr::Copy(1));
                self.name_op(target, NameOp::Store);
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, CompKind::List, elt, None, generators),
            ExprKind::SetComp { elt, generators } => self.comprehension(e, CompKind::Set, elt, None, generators),
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, CompKind::Dict, key, Some(value), generators),
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, CompKind::Gen, elt, None, generators),
            ExprKind::Await(x) => {
                if !self.top_level_await_ok() {
                    let sc = &self.st.scopes[self.units.last().unwrap().scope];
                    if !sc.is_function() {
                        self.errors.push(syntax_error("'await' outside function", e.span));
                    } else if !(sc.kind == ScopeKind::Function && sc.is_coroutine) && sc.kind != ScopeKind::Comprehension {
                        self.errors.push(syntax_error("'await' outside async function", e.span));
                    }
                }
                self.expr(x);
                self.await_tos();
            }
            ExprKind::Yield(v) => {
                if !self.st.scopes[self.units.last().unwrap().scope].is_function() {
                    self.errors.push(syntax_error("'yield' outside function", e.span));
                }
                match v {
                    Some(v) => self.expr(v),
                    None => self.load_const(Value::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(x) => {
                let sc = &self.st.scopes[self.units.last().unwrap().scope];
                if !sc.is_function() {
                    self.errors.push(syntax_error("'yield' outside function", e.span));
                } else if sc.is_coroutine {
                    self.errors.push(syntax_error("'yield from' inside async function", e.span));
                }
                self.expr(x);
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Value::None);
                self.emit(Instr::YieldFrom);
            }
        }
    }

    /// `super()` in a method: pushes `__class__` and the first argument so the call
    /// becomes `super(__class__, self)` (CPython finds both through the frame instead).
    fn zero_arg_super(&mut self, func: &Expr) -> bool {
        if !matches!(&func.kind, ExprKind::Name(n) if n == "super") {
            return false;
        }
        let u = self.units.last().unwrap();
        let Some(ci) = u.cell_names.iter().position(|c| c == "__class__") else {
            return false;
        };
        let Some(first) = u.varnames.first().cloned() else {
            return false;
        };
        if u.argcount == 0 {
            return false;
        }
        self.emit(Instr::LoadDeref(ci as u32));
        match u_cell_index(self.units.last().unwrap(), &first) {
            Some(i) => self.emit(Instr::LoadDeref(i)),
            None => self.emit(Instr::LoadFast(0)),
        };
        true
    }

    fn top_level_await_ok(&self) -> bool {
        self.top_level_await && self.scope_kind() == ScopeKind::Module
    }

    fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(i) => match i.to_i64() {
                Some(v) => Value::Int(v),
                None => Value::BigInt(Rc::new(i.clone())),
            },
            Constant::Float(f) => Value::Float(*f),
            Constant::Imag(f) => crate::runtime::complex::new_complex(0.0, *f),
            Constant::Str(s) => self.str_const(s),
            Constant::Bytes(b) => Value::Bytes(Rc::new(b.clone())),
        }
    }

    fn const_tuple(&mut self, items: &[Expr]) -> Option<Value> {
        if items.is_empty() {
            return Some(Value::tuple(vec![]));
        }
        let mut out = vec![];
        for i in items {
            match &i.kind {
                ExprKind::Constant(c) => out.push(self.constant(c)),
                _ => return None,
            }
        }
        Some(Value::tuple(out))
    }

    fn starred_list(&mut self, items: &'a [Expr]) {
        self.emit(Instr::BuildList(0));
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner);
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(i);
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
    }

    /// Compiles call arguments for the callable (and `extra` already-pushed positional
    /// arguments) on the stack, then the call.
    fn call_args(&mut self, args: &'a [Arg], extra: u32) {
        let simple = args.iter().all(|a| matches!(a, Arg::Positional(_) | Arg::Keyword(_)));
        if simple {
            let mut kwnames = vec![];
            let mut n = extra;
            let mut seen_kw = false;
            for a in args {
                match a {
                    Arg::Positional(x) => {
                        if seen_kw {
                            self.errors
                                .push(syntax_error("positional argument follows keyword argument", x.span));
                        }
                        self.expr(x);
                        n += 1;
                    }
                    Arg::Keyword(k) => {
                        seen_kw = true;
                        if kwnames.iter().any(|s: &Value| s.as_str() == Some(&k.name)) {
                            self.errors
                                .push(syntax_error(&format!("keyword argument repeated: {}", k.name), k.span));
                        }
                        self.expr(&k.value);
                        kwnames.push(self.str_const(&k.name));
                        n += 1;
                    }
                    _ => {}
                }
            }
            if kwnames.is_empty() {
                self.emit(Instr::Call(n));
            } else {
                self.load_const(Value::tuple(kwnames));
                self.emit(Instr::CallKw(n));
            }
            return;
        }
        // General form: build a tuple of positional args and a dict of keywords.
        self.emit(Instr::BuildList(extra));
        for a in args {
            match a {
                Arg::Positional(x) => {
                    self.expr(x);
                    self.emit(Instr::ListAppend(1));
                }
                Arg::Starred(x) => {
                    self.expr(x);
                    // Bit 16 marks a call's `*args` (the function is below the list).
                    self.emit(Instr::ListExtend(1 | (1 << 16)));
                }
                _ => {}
            }
        }
        self.emit(Instr::ListToTuple);
        let has_kw = args.iter().any(|a| matches!(a, Arg::Keyword(_) | Arg::DoubleStarred(_)));
        if has_kw {
            self.emit(Instr::BuildMap(0));
            for a in args {
                match a {
                    Arg::Keyword(k) => {
                        let name = self.str_const(&k.name);
                        self.load_const(name);
                        self.expr(&k.value);
                        self.emit(Instr::BuildMap(1));
                        self.emit(Instr::DictMerge(1));
                    }
                    Arg::DoubleStarred(x) => {
                        self.expr(x);
                        self.emit(Instr::DictMerge(1));
                    }
                    _ => {}
                }
            }
        }
        self.emit(Instr::CallEx(has_kw as u32));
    }

    fn fstring(&mut self, parts: &'a [FPart]) {
        let mut n = 0;
        for p in parts {
            match p {
                FPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    let v = self.str_const(s);
                    self.load_const(v);
                    n += 1;
                }
                FPart::Expr {
                    value,
                    conversion,
                    format_spec,
                } => {
                    self.expr(value);
                    let conv = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    let mut flags = conv;
                    if let Some(spec) = format_spec {
                        self.fstring(spec);
                        flags |= 4;
                    }
                    self.emit(Instr::FormatValue(flags));
                    n += 1;
                }
            }
        }
        if n != 1 {
            self.emit(Instr::BuildString(n));
        } else if let Some(FPart::Literal(_)) = parts.iter().find(|p| !matches!(p, FPart::Literal(s) if s.is_empty())) {
            // A single literal is already a str.
        }
    }

    fn comprehension(&mut self, e: &'a Expr, kind: CompKind, elt: &'a Expr, value: Option<&'a Expr>, generators: &'a [Comprehension]) {
        let scope = self.st.by_node[&(e as *const Expr as usize)];
        if self.st.scopes[scope].is_coroutine && kind != CompKind::Gen {
            let outer = &self.st.scopes[self.units.last().unwrap().scope];
            let ok = (outer.kind == ScopeKind::Function && outer.is_coroutine)
                || outer.kind == ScopeKind::Comprehension
                || self.top_level_await_ok();
            if !ok {
                self.errors.push(syntax_error(
                    "asynchronous comprehension outside of an asynchronous function",
                    e.span,
                ));
            }
        }
        let name = self.st.scopes[scope].name.clone();
        let qualname = self.st.scopes[scope].qualname.clone();
        let line = self.line_of(e.span.start);
        self.push_unit(scope, &name, &qualname, line);
        self.u().argcount = 1;
        match kind {
            CompKind::List => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen => {}
        }
        self.comp_loop(kind, elt, value, generators, 0);
        if kind == CompKind::Gen {
            self.load_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.finish_closure(&code, 0);
        self.expr(&generators[0].iter);
        if generators[0].is_async {
            self.emit(Instr::GetAiter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if code.flags & CO_COROUTINE != 0 && kind != CompKind::Gen {
            self.await_tos();
        }
    }

    fn comp_loop(&mut self, kind: CompKind, elt: &'a Expr, value: Option<&'a Expr>, generators: &'a [Comprehension], depth: usize) {
        let g = &generators[depth];
        if depth == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter);
            self.emit(if g.is_async { Instr::GetAiter } else { Instr::GetIter });
        }
        let start = self.here();
        let (exit, setup) = if g.is_async {
            let setup = self.emit(Instr::SetupExcept(0));
            self.emit(Instr::GetAnext);
            self.load_const(Value::None);
            self.emit(Instr::YieldFrom);
            self.emit(Instr::PopBlock);
            (None, Some(setup))
        } else {
            (Some(self.emit(Instr::ForIter(0))), None)
        };
        self.store(&g.target);
        let mut skips = vec![];
        for cond in &g.ifs {
            skips.push(self.cond_jump(cond, false));
        }
        if depth + 1 < generators.len() {
            self.comp_loop(kind, elt, value, generators, depth + 1);
        } else {
            let d = (depth + 2) as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt);
                    self.emit(Instr::ListAppend(d));
                }
                CompKind::Set => {
                    self.expr(elt);
                    self.emit(Instr::SetAdd(d));
                }
                CompKind::Dict => {
                    self.expr(elt);
                    if let Some(v) = value {
                        self.expr(v);
                    }
                    self.emit(Instr::MapAdd(d));
                }
                CompKind::Gen => {
                    self.expr(elt);
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
            }
        }
        for s in skips {
            self.patch_to(s, start as u32);
        }
        self.emit(Instr::Jump(start as u32));
        if let Some(x) = exit {
            self.patch(x);
        }
        if let Some(s) = setup {
            self.patch(s);
            let e = self.emit(Instr::EndAsyncFor(0));
            self.patch(e);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameOp {
    Load,
    Store,
    Delete,
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| matches!(s.kind, StmtKind::AnnAssign { simple: true, .. }))
}

fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) | ExprKind::JoinedStr(_) => "literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        _ => "expression",
    }
}

/// A conservative upper bound of the stack depth (frames reserve this much).
fn estimate_stack(instrs: &[Instr]) -> u32 {
    // Simple linear scan of pushes; generous but bounded.
    let mut depth: i64 = 0;
    let mut max: i64 = 0;
    for i in instrs {
        let d: i64 = match i {
            Instr::LoadConst(_)
            | Instr::LoadFast(_)
            | Instr::LoadDeref(_)
            | Instr::LoadClosure(_)
            | Instr::LoadClassDeref(_)
            | Instr::LoadName(_)
            | Instr::LoadGlobal(_)
            | Instr::Copy(_)
            | Instr::LoadBuildClass
            | Instr::LoadAssertionError
            | Instr::LoadLocals => 1,
            Instr::LoadMethod(_) | Instr::BeforeWith | Instr::BeforeAsyncWith => 2,
            Instr::SetupExcept(_) | Instr::SetupWith(_) => 3,
            _ => 0,
        };
        depth += d;
        max = max.max(depth);
    }
    (max as u32).saturating_add(8)
}

/// Index of `name` among a unit's cell variables (a parameter captured by a closure).
fn u_cell_index(u: &Unit, name: &str) -> Option<u32> {
    u.cell_names[..u.ncellvars].iter().position(|c| c == name).map(|i| i as u32)
}
