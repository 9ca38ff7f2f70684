//! Code generation for the `match` statement.
//!
//! The scheme follows CPython's compiler: a pattern is compiled with its subject on top of
//! the stack and consumes it. Captured values are not stored while matching (a pattern that
//! fails half-way must bind nothing): each one is rotated underneath the items still in use
//! (`on_top`) and the earlier captures, and all of them are stored once the whole pattern
//! has matched. A failing check jumps to a "fail pop" label that pops exactly what the
//! pattern left on the stack at that point.
use super::*;

struct PatternCtx {
    /// Names captured so far, in the order they will be popped and stored.
    stores: Vec<String>,
    /// Stack items above the captures that a failure must also pop.
    on_top: usize,
    /// `fail_pops[n]`: the jumps to patch to the label that pops n items.
    fail_pops: Vec<Vec<usize>>,
}

impl PatternCtx {
    fn new() -> Self {
        PatternCtx {
            stores: vec![],
            on_top: 0,
            fail_pops: vec![],
        }
    }
}

fn is_irrefutable(p: &Pattern) -> bool {
    match &p.kind {
        PatternKind::As { pattern: None, .. } => true,
        PatternKind::As { pattern: Some(p), .. } => is_irrefutable(p),
        PatternKind::Or(alts) => alts.iter().any(is_irrefutable),
        _ => false,
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::As { pattern: None, name: None }) || matches!(p.kind, PatternKind::Star(None))
}

/// CPython's wording for a pattern that leaves later alternatives or cases unreachable.
fn unreachable_msg(p: &Pattern) -> String {
    match &p.kind {
        PatternKind::As {
            pattern: None,
            name: Some(n),
        } => format!("name capture '{n}' makes remaining patterns unreachable"),
        _ => "wildcard makes remaining patterns unreachable".to_string(),
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) {
        self.expr(subject);
        let mut ends = vec![];
        let n = cases.len();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == n;
            if !last && case.guard.is_none() && is_irrefutable(&case.pattern) {
                self.errors.push(syntax_error(&unreachable_msg(&case.pattern), case.pattern.span));
            }
            self.set_line(case.pattern.span);
            // Every case but the last matches a copy; the last one consumes the subject.
            if !last {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatternCtx::new();
            self.pattern(&case.pattern, &mut pc);
            // Matched: bind the captures (TOS is stores[0]).
            let stores = std::mem::take(&mut pc.stores);
            for name in &stores {
                self.name_op(name, NameOp::Store);
            }
            let guard_jump = case.guard.as_ref().map(|g| self.cond_jump(g, false));
            if !last {
                self.emit(Instr::PopTop);
            }
            self.body(&case.body);
            ends.push(self.emit(Instr::Jump(0)));
            self.emit_fail_pops(&mut pc);
            if let Some(j) = guard_jump {
                self.patch(j);
            }
        }
        for j in ends {
            self.patch(j);
        }
    }

    /// Emits the pop chain for the recorded failure jumps; execution falls out of it with the
    /// pattern's stack effect undone.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let pops = std::mem::take(&mut pc.fail_pops);
        for n in (0..pops.len()).rev() {
            for &j in &pops[n] {
                self.patch(j);
            }
            if n > 0 {
                self.emit(Instr::PopTop);
            }
        }
    }

    fn fail_count(pc: &PatternCtx) -> usize {
        pc.on_top + pc.stores.len()
    }

    fn record_fail(pc: &mut PatternCtx, n: usize, j: usize) {
        if pc.fail_pops.len() <= n {
            pc.fail_pops.resize_with(n + 1, Vec::new);
        }
        pc.fail_pops[n].push(j);
    }

    /// Pops the boolean on TOS and fails the pattern when it is false.
    fn jump_if_fail(&mut self, pc: &mut PatternCtx) {
        let j = self.emit(Instr::PopJumpIfFalse(0));
        Self::record_fail(pc, Self::fail_count(pc), j);
    }

    /// Keeps the captured value on TOS for binding when the whole pattern matches.
    fn capture(&mut self, name: Option<&String>, span: Span, pc: &mut PatternCtx) {
        let Some(name) = name else {
            self.emit(Instr::PopTop);
            return;
        };
        if pc.stores.iter().any(|s| s == name) {
            self.errors
                .push(syntax_error(&format!("multiple assignments to name '{name}' in pattern"), span));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        if rotations > 1 {
            self.emit(Instr::RotN(rotations as u32));
        }
        pc.stores.push(name.clone());
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) {
        match &p.kind {
            PatternKind::Value(e) => {
                self.expr(e);
                self.emit(Instr::Compare(CmpOp::Eq));
                self.jump_if_fail(pc);
            }
            PatternKind::Singleton(c) => {
                let v = self.constant(c);
                self.load_const(v);
                self.emit(Instr::Compare(CmpOp::Is));
                self.jump_if_fail(pc);
            }
            PatternKind::As { pattern: None, name } => self.capture(name.as_ref(), p.span, pc),
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                pc.on_top += 1;
                self.emit(Instr::Copy(1));
                self.pattern(inner, pc);
                pc.on_top -= 1;
                self.capture(name.as_ref(), p.span, pc);
            }
            PatternKind::Star(name) => self.capture(name.as_ref(), p.span, pc),
            PatternKind::Sequence(items) => self.sequence_pattern(items, pc),
            PatternKind::Mapping { keys, patterns, rest } => self.mapping_pattern(p, keys, patterns, rest.as_ref(), pc),
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::Or(alts) => self.or_pattern(p, alts, pc),
        }
    }

    /// Matches the items on the stack (the first sub-pattern's subject on top).
    fn subpatterns(&mut self, pats: impl Iterator<Item = &'a Pattern>, pc: &mut PatternCtx) {
        for sub in pats {
            pc.on_top -= 1;
            self.pattern(sub, pc);
        }
    }

    fn sequence_pattern(&mut self, items: &'a [Pattern], pc: &mut PatternCtx) {
        let stars: Vec<usize> = (0..items.len())
            .filter(|&i| matches!(items[i].kind, PatternKind::Star(_)))
            .collect();
        if stars.len() > 1 {
            self.errors
                .push(syntax_error("multiple starred names in sequence pattern", items[stars[1]].span));
            return;
        }
        let star = stars.first().copied();
        let size = items.len();
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_if_fail(pc);
        match star {
            None => {
                self.emit(Instr::GetLen);
                self.load_const(Value::Int(size as i64));
                self.emit(Instr::Compare(CmpOp::Eq));
                self.jump_if_fail(pc);
            }
            Some(_) if size > 1 => {
                self.emit(Instr::GetLen);
                self.load_const(Value::Int(size as i64 - 1));
                self.emit(Instr::Compare(CmpOp::GtE));
                self.jump_if_fail(pc);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if items.iter().all(is_wildcard) {
            self.emit(Instr::PopTop);
            return;
        }
        match star {
            None => self.emit(Instr::UnpackSequence(size as u32)),
            Some(s) => self.emit(Instr::UnpackEx(s as u32 | (((size - s - 1) as u32) << 16))),
        };
        pc.on_top += size;
        self.subpatterns(items.iter(), pc);
    }

    fn mapping_pattern(&mut self, p: &'a Pattern, keys: &'a [Expr], patterns: &'a [Pattern], rest: Option<&String>, pc: &mut PatternCtx) {
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_if_fail(pc);
        if keys.is_empty() && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return;
        }
        if !keys.is_empty() {
            self.emit(Instr::GetLen);
            self.load_const(Value::Int(keys.len() as i64));
            self.emit(Instr::Compare(CmpOp::GtE));
            self.jump_if_fail(pc);
        }
        // Literal keys must be distinct; value-pattern keys are checked at run time.
        let mut seen: Vec<&Constant> = vec![];
        for k in keys {
            let c = match &k.kind {
                ExprKind::Constant(c) => Some(c),
                _ => None,
            };
            if let Some(c) = c {
                if seen.contains(&c) {
                    let shown = match c {
                        Constant::Str(s) => format!("'{s}'"),
                        Constant::Int(i) => i.to_string(),
                        Constant::None => "None".into(),
                        Constant::True => "True".into(),
                        Constant::False => "False".into(),
                        _ => String::new(),
                    };
                    self.errors
                        .push(syntax_error(&format!("mapping pattern checks duplicate key ({shown})"), p.span));
                }
                seen.push(c);
            }
            self.expr(k);
        }
        self.emit(Instr::BuildTuple(keys.len() as u32));
        self.emit(Instr::MatchKeys);
        // Stack: subject, keys, values-or-None.
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.load_const(Value::None);
        self.emit(Instr::Compare(CmpOp::IsNot));
        self.jump_if_fail(pc);
        self.emit(Instr::UnpackSequence(keys.len() as u32));
        pc.on_top += keys.len();
        pc.on_top -= 1;
        self.subpatterns(patterns.iter(), pc);
        // Stack: subject, keys.
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                self.emit(Instr::CopyDictWithoutKeys);
                // subject, rest: capture rest underneath the subject, then drop the subject.
                pc.on_top += 1;
                self.capture(Some(name), p.span, pc);
                pc.on_top -= 1;
                self.emit(Instr::PopTop);
            }
            None => {
                self.emit(Instr::PopTop);
                self.emit(Instr::PopTop);
            }
        }
    }

    fn class_pattern(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(a) {
                self.errors.push(syntax_error(
                    &format!("attribute name repeated in class pattern: {a}"),
                    kwd_patterns[i].span,
                ));
            }
        }
        let _ = p;
        self.expr(cls);
        let names: Vec<Value> = kwd_attrs.iter().map(|a| Value::str(a)).collect();
        self.load_const(Value::tuple(names));
        self.emit(Instr::MatchClass(patterns.len() as u32));
        pc.on_top += 1;
        self.emit(Instr::Copy(1));
        self.load_const(Value::None);
        self.emit(Instr::Compare(CmpOp::IsNot));
        self.jump_if_fail(pc);
        let n = patterns.len() + kwd_patterns.len();
        if patterns.iter().chain(kwd_patterns).all(is_wildcard) {
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return;
        }
        self.emit(Instr::UnpackSequence(n as u32));
        pc.on_top += n;
        pc.on_top -= 1;
        self.subpatterns(patterns.iter().chain(kwd_patterns), pc);
    }

    fn or_pattern(&mut self, p: &'a Pattern, alts: &'a [Pattern], pc: &mut PatternCtx) {
        let mut control: Option<Vec<String>> = None;
        let mut ends = vec![];
        for (i, alt) in alts.iter().enumerate() {
            if i + 1 < alts.len() && is_irrefutable(alt) {
                self.errors.push(syntax_error(&unreachable_msg(alt), alt.span));
            }
            // Each alternative matches a copy of the subject with a context of its own, so
            // a failure pops only what the alternative pushed.
            let mut sub = PatternCtx::new();
            self.emit(Instr::Copy(1));
            self.pattern(alt, &mut sub);
            let names = std::mem::take(&mut sub.stores);
            match &control {
                None => control = Some(names.clone()),
                Some(ctl) => {
                    let mut a = names.clone();
                    let mut b = ctl.clone();
                    a.sort();
                    b.sort();
                    if a != b {
                        self.errors.push(syntax_error("alternative patterns bind different names", p.span));
                    } else {
                        // Put this alternative's captures in the first one's order (TOS first).
                        let mut cur = names.clone();
                        let k = cur.len();
                        for d in (1..=k).rev() {
                            let want = &ctl[d - 1];
                            let pos = cur.iter().position(|c| c == want).unwrap_or(d - 1);
                            if pos != d - 1 {
                                if pos != 0 {
                                    self.emit(Instr::Swap(pos as u32 + 1));
                                    cur.swap(0, pos);
                                }
                                self.emit(Instr::Swap(d as u32));
                                cur.swap(0, d - 1);
                            }
                        }
                    }
                }
            }
            ends.push(self.emit(Instr::Jump(0)));
            self.emit_fail_pops(&mut sub);
        }
        // No alternative matched: drop the subject and fail.
        self.emit(Instr::PopTop);
        let j = self.emit(Instr::Jump(0));
        Self::record_fail(pc, Self::fail_count(pc), j);
        for j in ends {
            self.patch(j);
        }
        // Matched: the subject lies under the k captures; drop it, then file the captures
        // into the enclosing pattern's layout.
        let control = control.unwrap_or_default();
        let k = control.len();
        for _ in 0..k {
            self.emit(Instr::RotN(k as u32 + 1));
        }
        self.emit(Instr::PopTop);
        for (j, name) in control.iter().enumerate() {
            let saved = pc.on_top;
            pc.on_top += k - 1 - j;
            self.capture(Some(name), p.span, pc);
            pc.on_top = saved;
        }
    }
}
