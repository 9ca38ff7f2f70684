//! The interpreter loop. Python-to-Python calls, generator resumption (including whole
//! `yield from` chains) and returns switch frames inside this loop without recursing on the
//! Rust stack; only native code calling back into Python enters it recursively.

use std::rc::Rc;

use super::frame::{Block, BlockKind, Frame, Resumer};
use super::object::*;
use super::value::{Value, discard};
use super::{PyErr, PyResult, Vm};
use crate::compile::Instr;
use crate::syntax::ast::{BinOp, CmpOp};

pub enum Exit {
    Return(Value),
    Yield(Value),
}

macro_rules! tri {
    ($l:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $l e,
        }
    };
}

/// The LOAD_FAST body: push local slot `$i`, or leave the instruction (through the block
/// labelled `$l`) with UnboundLocalError. Superinstructions whose fast path does not apply
/// run as the LoadFast they replace with it.
macro_rules! load_fast {
    ($vm:expr, $f:expr, $l:lifetime, $i:expr) => {{
        let i = $i as usize;
        let v = &$f.stack[i];
        if v.is_null() {
            break $l $vm.unbound_local(&$f, i);
        }
        let v = v.clone();
        $f.stack.push(v);
    }};
}

/// What the loop does after a frame leaves (return, yield, or uncaught exception).
enum Flow {
    Continue,
    Exit(PyResult<Exit>),
    Raise(PyErr),
}

impl Vm {
    /// Runs `frame` (resumer Native) until it returns or yields back to Rust, optionally
    /// raising `exc` in it first (generator `throw`).
    pub fn execute(&mut self, frame: Box<Frame>, exc: Option<PyErr>) -> PyResult<Exit> {
        self.note_caps();
        if self.native_depth > self.recursion_limit + 50 || self.stack_exhausted() {
            let e = self.new_error(&self.types.recursion_error.clone(), "maximum recursion depth exceeded");
            self.drop_frame_for_error(frame);
            return Err(e);
        }
        // Entering the interpreter from native code is a call: charged, and where an
        // abort stops native code resuming generators or calling back into Python.
        if let Err(e) = self.charge_fuel(1) {
            self.drop_frame_for_error(frame);
            return Err(e);
        }
        self.native_depth += 1;
        let r = self.run(frame, exc);
        self.native_depth -= 1;
        match r {
            // Native code on the way may have replaced the abort with an error of its
            // own: the host must see the abort.
            Err(e) if self.limits.aborting.is_some() => Err(self.abort_error_for(e)),
            r => r,
        }
    }

    /// Runs a hosted fiber's frame (see vm::fiber): like `run`, and it may park.
    pub(super) fn run_hosted(&mut self, frame: Box<Frame>, exc: Option<PyErr>) -> PyResult<Exit> {
        self.note_caps();
        self.run(frame, exc)
    }

    fn drop_frame_for_error(&mut self, mut frame: Box<Frame>) {
        if let Some(g) = frame.owner.take() {
            g.running.set(false);
            *g.frame.borrow_mut() = Some(frame);
            for c in std::mem::take(&mut frame_chain_placeholder()) {
                c.running.set(false);
            }
        }
    }

    fn depth(&self) -> usize {
        self.frames.len() + self.native_depth
    }

    fn run(&mut self, mut f: Box<Frame>, pending: Option<PyErr>) -> PyResult<Exit> {
        // An exception to raise in `f`, and whether it gets a traceback entry there. The
        // dispatch loop itself never looks at it: errors leave the loop and come back here.
        let mut pending: Option<(PyErr, bool)> = pending.map(|e| (e, true));
        loop {
            if let Some((mut err, mut add_tb)) = pending.take() {
                if self.sched.park_pending {
                    // Not an exception: the fiber parks (see vm::fiber); its host resumes it.
                    self.sched.park_pending = false;
                    self.sched.parked_top = Some(f);
                    return Ok(Exit::Return(Value::Null));
                }
                loop {
                    match self.raise_in_frame(&mut f, err, add_tb) {
                        Ok(()) => break,
                        Err(e) => match self.frame_unwound(&mut f, e) {
                            Flow::Continue => break,
                            Flow::Exit(r) => {
                                self.recycle(f);
                                return r;
                            }
                            Flow::Raise(e) => {
                                err = e;
                                add_tb = true;
                            }
                        },
                    }
                }
            }
            'dispatch: loop {
                let err: PyErr = 'op: {
                    let instr = f.code.instrs[f.ip];
                    f.ip += 1;
                    match instr {
                        Instr::LoadFast(i) => load_fast!(self, f, 'op, i),
                        Instr::StoreFast(i) => {
                            let v = f.pop();
                            discard(std::mem::replace(&mut f.stack[i as usize], v));
                        }
                        Instr::LoadConst(i) => {
                            let v = f.code.consts[i as usize].clone();
                            f.stack.push(v);
                        }
                        Instr::PopTop => {
                            // Popping a generator (`break` out of a `for`) may abandon it
                            // inside a try block: run its finally blocks now.
                            if let Some(Value::Generator(g)) = f.stack.pop() {
                                drop(g);
                                if super::finalize_pending() {
                                    self.flush_async_finalizers(Some(&f));
                                }
                                if super::ABANDONED.with(|a| !a.borrow().is_empty()) {
                                    self.run_pending_finalizers();
                                }
                            }
                        }
                        Instr::Binary(op) => {
                            let b = f.pop();
                            let a = f.pop();
                            if let (Value::Int(x), Value::Int(y)) = (&a, &b)
                                && let Some(z) = int_op(op, *x, *y)
                            {
                                f.stack.push(Value::Int(z));
                                continue 'dispatch;
                            }
                            let r = tri!('op, self.binary_op(&a, &b, op));
                            discard(a);
                            discard(b);
                            f.stack.push(r);
                        }
                        Instr::Inplace(op) => {
                            let b = f.pop();
                            let a = f.pop();
                            if let (Value::Int(x), Value::Int(y)) = (&a, &b)
                                && let Some(z) = int_op(op, *x, *y)
                            {
                                f.stack.push(Value::Int(z));
                                continue 'dispatch;
                            }
                            let r = tri!('op, self.inplace_op(&a, &b, op));
                            discard(a);
                            discard(b);
                            f.stack.push(r);
                        }
                        Instr::FastConstBinary(l, c, op) | Instr::FastConstInplace(l, c, op) => {
                            if let Value::Int(x) = &f.stack[l as usize]
                                && let Value::Int(y) = &f.code.consts[c as usize]
                                && let Some(z) = int_op(op, *x, *y)
                            {
                                f.stack.push(Value::Int(z));
                                f.ip += 2;
                                continue 'dispatch;
                            }
                            // Run as the LoadFast it replaces.
                            load_fast!(self, f, 'op, l);
                        }
                        Instr::ConstBinary(c, op) => {
                            if let Some(Value::Int(x)) = f.stack.last_mut()
                                && let Value::Int(y) = &f.code.consts[c as usize]
                                && let Some(z) = int_op(op, *x, *y)
                            {
                                *x = z;
                                f.ip += 1;
                                continue 'dispatch;
                            }
                            let v = f.code.consts[c as usize].clone();
                            f.stack.push(v);
                        }
                        Instr::FastConstCompareJump(l, c, op) => {
                            if let Value::Int(x) = &f.stack[l as usize]
                                && let Value::Int(y) = &f.code.consts[c as usize]
                            {
                                let truth = int_cmp(op, *x, *y);
                                if truth {
                                    f.ip += 2;
                                } else if let Instr::CompareJumpIfFalse(_, target) = f.code.instrs[f.ip + 1] {
                                    f.ip = target as usize;
                                }
                                continue 'dispatch;
                            }
                            // Run as the LoadFast it replaces.
                            load_fast!(self, f, 'op, l);
                        }
                        Instr::LoadFastLoadFast(a, b) => {
                            let (va, vb) = (&f.stack[a as usize], &f.stack[b as usize]);
                            if !va.is_null() && !vb.is_null() {
                                let (va, vb) = (va.clone(), vb.clone());
                                f.stack.push(va);
                                f.stack.push(vb);
                                f.ip += 1;
                                continue 'dispatch;
                            }
                            // Run as the LoadFast it replaces.
                            load_fast!(self, f, 'op, a);
                        }
                        Instr::CompareJumpIfFalse(op, target) => {
                            let b = f.pop();
                            let a = f.pop();
                            let truth = match (&a, &b) {
                                (Value::Int(x), Value::Int(y)) => int_cmp(op, *x, *y),
                                _ => {
                                    let r = tri!('op, self.compare(&a, &b, op));
                                    let t = tri!('op, self.truthy(&r));
                                    discard(r);
                                    t
                                }
                            };
                            discard(a);
                            discard(b);
                            if !truth {
                                f.ip = target as usize;
                            }
                        }
                        Instr::Compare(op) => {
                            let b = f.pop();
                            let a = f.pop();
                            let r = match (&a, &b) {
                                _ if matches!(op, CmpOp::Is) => Value::Bool(is_fast(&a, &b)),
                                _ if matches!(op, CmpOp::IsNot) => Value::Bool(!is_fast(&a, &b)),
                                (Value::Int(x), Value::Int(y)) if !matches!(op, CmpOp::In | CmpOp::NotIn | CmpOp::Is | CmpOp::IsNot) => {
                                    Value::Bool(match op {
                                        CmpOp::Lt => x < y,
                                        CmpOp::LtE => x <= y,
                                        CmpOp::Gt => x > y,
                                        CmpOp::GtE => x >= y,
                                        CmpOp::Eq => x == y,
                                        _ => x != y,
                                    })
                                }
                                _ => tri!('op, self.compare(&a, &b, op)),
                            };
                            discard(a);
                            discard(b);
                            f.stack.push(r);
                        }
                        Instr::Jump(t) => {
                            // A backward jump closes a loop: a safe point, so a loop
                            // without calls still sees Ctrl-C, and where the loop body's
                            // fuel (the jump distance) is charged.
                            if (t as usize) < f.ip {
                                self.limits.fuel -= (f.ip - t as usize) as i64;
                                if (self.limits.fuel < 0 || super::finalize_pending())
                                    && let Err(e) = self.loop_safe_point()
                                {
                                    if self.sched.park_pending {
                                        // Parked: resume at the loop's head.
                                        f.ip = t as usize;
                                    }
                                    break 'op e;
                                }
                            }
                            f.ip = t as usize;
                        }
                        Instr::PopJumpIfFalse(t) => {
                            let v = f.pop();
                            let b = match v {
                                Value::Bool(b) => b,
                                _ => tri!('op, self.truthy(&v)),
                            };
                            discard(v);
                            if !b {
                                f.ip = t as usize;
                            }
                        }
                        Instr::PopJumpIfTrue(t) => {
                            let v = f.pop();
                            let b = match v {
                                Value::Bool(b) => b,
                                _ => tri!('op, self.truthy(&v)),
                            };
                            discard(v);
                            if b {
                                f.ip = t as usize;
                            }
                        }
                        Instr::JumpIfFalseOrPop(t) => {
                            let b = tri!('op, self.truthy(f.top()));
                            if !b {
                                f.ip = t as usize;
                            } else {
                                f.stack.pop();
                            }
                        }
                        Instr::JumpIfTrueOrPop(t) => {
                            let b = tri!('op, self.truthy(f.top()));
                            if b {
                                f.ip = t as usize;
                            } else {
                                f.stack.pop();
                            }
                        }
                        Instr::LoadGlobal(i) => {
                            let i = i as usize;
                            let gptr = Rc::as_ptr(&f.globals) as usize;
                            let gd = f.globals.d.borrow();
                            let bd = self.builtins.d.borrow();
                            let (gver, bver) = (gd.version(), bd.version());
                            let cached = match f.code.global_cache.borrow().get(i) {
                                Some(Some(c)) if c.globals == gptr && c.globals_version == gver && c.builtins_version == bver => {
                                    let d = if c.in_builtins { &bd } else { &gd };
                                    d.entry_at(c.index).map(|e| e.value.clone())
                                }
                                _ => None,
                            };
                            let v = match cached {
                                Some(v) => v,
                                None => {
                                    let name = &f.code.names[i];
                                    let (in_builtins, index) = match gd.find_str_index(name) {
                                        Some(ix) => (false, ix),
                                        None => match bd.find_str_index(name) {
                                            Some(ix) => (true, ix),
                                            None => {
                                                let name = name.clone();
                                                drop(gd);
                                                drop(bd);
                                                break 'op self.name_error(name.as_str());
                                            }
                                        },
                                    };
                                    if let Some(slot) = f.code.global_cache.borrow_mut().get_mut(i) {
                                        *slot = Some(crate::compile::bytecode::GlobalCache {
                                            globals: gptr,
                                            globals_version: gver,
                                            builtins_version: bver,
                                            in_builtins,
                                            index,
                                        });
                                    }
                                    let d = if in_builtins { &bd } else { &gd };
                                    d.entry_at(index).map(|e| e.value.clone()).unwrap_or(Value::None)
                                }
                            };
                            drop(gd);
                            drop(bd);
                            f.stack.push(v);
                        }
                        Instr::StoreGlobal(i) => {
                            let v = f.pop();
                            let name = f.code.names[i as usize].clone();
                            f.globals.d.borrow_mut().set_pystr(name, v);
                        }
                        Instr::DeleteGlobal(i) => {
                            let name = f.code.names[i as usize].clone();
                            if f.globals.d.borrow_mut().remove_str(&name).is_none() {
                                break 'op self.name_error(name.as_str());
                            }
                            if super::finalize_pending() {
                                self.flush_async_finalizers(Some(&f));
                            }
                        }
                        Instr::LoadName(i) => {
                            let name = f.code.names[i as usize].clone();
                            let mut found = None;
                            if let Some(l) = &f.locals {
                                found = l.d.borrow().get_str(&name).cloned();
                            }
                            if found.is_none() {
                                found = f.globals.d.borrow().get_str(&name).cloned();
                            }
                            if found.is_none() {
                                found = self.builtins.d.borrow().get_str(&name).cloned();
                            }
                            match found {
                                Some(v) => f.stack.push(v),
                                None => break 'op self.name_error(name.as_str()),
                            }
                        }
                        Instr::StoreName(i) => {
                            let v = f.pop();
                            let name = f.code.names[i as usize].clone();
                            match &f.locals {
                                Some(l) => l.d.borrow_mut().set_pystr(name, v),
                                None => f.globals.d.borrow_mut().set_pystr(name, v),
                            }
                        }
                        Instr::DeleteName(i) => {
                            let name = f.code.names[i as usize].clone();
                            let removed = match &f.locals {
                                Some(l) => l.d.borrow_mut().remove_str(&name),
                                None => f.globals.d.borrow_mut().remove_str(&name),
                            };
                            if removed.is_none() {
                                break 'op self.name_error(name.as_str());
                            }
                            drop(removed);
                            if super::finalize_pending() {
                                self.flush_async_finalizers(Some(&f));
                            }
                        }
                        Instr::DeleteFast(i) => {
                            if f.stack[i as usize].is_null() {
                                let name = f.code.varnames[i as usize].clone();
                                break 'op self.new_error(
                                    &self.types.unbound_local_error.clone(),
                                    format!(
                                        "cannot access local variable '{}' where it is not associated with a value",
                                        name.as_str()
                                    ),
                                );
                            }
                            f.stack[i as usize] = Value::Null;
                            if super::finalize_pending() {
                                self.flush_async_finalizers(Some(&f));
                            }
                        }
                        Instr::LoadDeref(i) => {
                            let v = f.cells[i as usize].v.borrow().clone();
                            if v.is_null() {
                                break 'op self.unbound_deref(&f, i as usize);
                            }
                            f.stack.push(v);
                        }
                        Instr::LoadClassDeref(i) => {
                            let name = cell_name(&f, i as usize);
                            let local = f.locals.as_ref().and_then(|l| l.d.borrow().get_str(&name).cloned());
                            match local {
                                Some(v) => f.stack.push(v),
                                None => {
                                    let v = f.cells[i as usize].v.borrow().clone();
                                    if v.is_null() {
                                        break 'op self.unbound_deref(&f, i as usize);
                                    }
                                    f.stack.push(v);
                                }
                            }
                        }
                        Instr::StoreDeref(i) => {
                            let v = f.pop();
                            *f.cells[i as usize].v.borrow_mut() = v;
                        }
                        Instr::DeleteDeref(i) => {
                            let old = std::mem::replace(&mut *f.cells[i as usize].v.borrow_mut(), Value::Null);
                            if old.is_null() {
                                break 'op self.unbound_deref(&f, i as usize);
                            }
                        }
                        Instr::LoadClosure(i) => {
                            let c = f.cells[i as usize].clone();
                            f.stack.push(Value::Cell(c));
                        }
                        Instr::LoadFastAttr(l, i) => {
                            if let Value::Instance(inst) = &f.stack[l as usize]
                                && let Some(v) = self.cached_instance_attr(&f.code, i as usize, inst)
                            {
                                f.stack.push(v);
                                f.ip += 1;
                                continue 'dispatch;
                            }
                            // Run as the LoadFast it replaces.
                            load_fast!(self, f, 'op, l);
                        }
                        Instr::StoreFastAttr(l, i) => {
                            let i = i as usize;
                            let v = f.pop();
                            let v = match &f.stack[l as usize] {
                                Value::Instance(inst) if inst.exc.is_none() && self.plain_attr_cached(&f.code, i, inst) => {
                                    let idx = f.code.shape_cache.get(i).map_or(0, |c| c.get());
                                    match inst.set_attr_at(&f.code.names[i], idx, v) {
                                        Ok(()) => {
                                            f.ip += 1;
                                            continue 'dispatch;
                                        }
                                        Err(v) => v,
                                    }
                                }
                                _ => v,
                            };
                            // Run as the LoadFast it replaces (StoreAttr takes the slow way).
                            f.stack.push(v);
                            load_fast!(self, f, 'op, l);
                        }
                        Instr::LoadAttr(i) => {
                            let i = i as usize;
                            let obj = f.pop();
                            if let Value::Instance(inst) = &obj
                                && self.plain_attr_cached(&f.code, i, inst)
                            {
                                let name = &f.code.names[i];
                                let idx = f.code.shape_cache.get(i).map_or(0, |c| c.get());
                                if let Some(v) = inst.get_attr_at(name, idx) {
                                    f.stack.push(v);
                                    discard(obj);
                                    continue 'dispatch;
                                }
                                if let Some(idx) = inst.attr_slot(name) {
                                    if let Some(slot) = f.code.shape_cache.get(i) {
                                        slot.set(idx);
                                    }
                                    if let Some(v) = inst.get_attr_at(name, idx) {
                                        f.stack.push(v);
                                        continue 'dispatch;
                                    }
                                }
                                if let Some(v) = inst.get_attr(&f.code.names[i]) {
                                    f.stack.push(v);
                                    continue 'dispatch;
                                }
                            }
                            let name = f.code.names[i].clone();
                            let v = tri!('op, self.get_attr(&obj, &name));
                            if let Value::Instance(inst) = &obj {
                                self.fill_plain_attr_cache(&f.code, i, inst);
                            }
                            f.stack.push(v);
                        }
                        Instr::StoreAttr(i) => {
                            let i = i as usize;
                            let obj = f.pop();
                            let v = f.pop();
                            if let Value::Instance(inst) = &obj
                                && inst.exc.is_none()
                                && self.plain_attr_cached(&f.code, i, inst)
                            {
                                let name = &f.code.names[i];
                                let idx = f.code.shape_cache.get(i).map_or(0, |c| c.get());
                                let v = match inst.set_attr_at(name, idx, v) {
                                    Ok(()) => {
                                        discard(obj);
                                        continue 'dispatch;
                                    }
                                    Err(v) => v,
                                };
                                let v = match inst.attr_slot(name) {
                                    Some(idx) => {
                                        if let Some(slot) = f.code.shape_cache.get(i) {
                                            slot.set(idx);
                                        }
                                        match inst.set_attr_at(name, idx, v) {
                                            Ok(()) => continue 'dispatch,
                                            Err(v) => v,
                                        }
                                    }
                                    None => v,
                                };
                                inst.set_attr(f.code.names[i].clone(), v);
                                continue 'dispatch;
                            }
                            let name = f.code.names[i].clone();
                            tri!('op, self.set_attr(&obj, &name, v));
                            if let Value::Instance(inst) = &obj {
                                self.fill_plain_attr_cache(&f.code, i, inst);
                            }
                        }
                        Instr::DeleteAttr(i) => {
                            let name = f.code.names[i as usize].clone();
                            let obj = f.pop();
                            tri!('op, self.del_attr(&obj, &name));
                        }
                        Instr::LoadMethod(i) => {
                            let i = i as usize;
                            let obj = f.pop();
                            // Inline cache: the method found on this class last time, valid
                            // while no class has changed (and, for instances, when the
                            // instance dict does not shadow it).
                            // The class's uid, 0 for objects whose attributes are not their
                            // class's methods (no cache). Native objects' methods are their
                            // class's: per-object attributes (`__getattr__`) come after them.
                            let cls_uid = match &obj {
                                Value::Instance(inst) => inst.class_uid(),
                                Value::Object(o) => o.class.uid,
                                Value::Module(_) | Value::Class(_) | Value::Super(_) => 0,
                                _ => self.class_of(&obj).uid,
                            };
                            if cls_uid != 0 {
                                let epoch = CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
                                let hit = match f.code.method_cache.borrow().get(i) {
                                    Some(entries) => entries.iter().find_map(|e| match e {
                                        Some((uid, ep, m, known)) if *uid == cls_uid && *ep == epoch => {
                                            // Not shadowed by the instance: shapes never change
                                            // (nor go away), so one found without the name is
                                            // remembered.
                                            let shadowed = match &obj {
                                                Value::Instance(inst) => {
                                                    let shape = inst.shape_addr();
                                                    if shape != 0 && shape == known.get() {
                                                        false
                                                    } else {
                                                        let s = inst.has_attr(&f.code.names[i]);
                                                        if !s && shape != 0 {
                                                            known.set(shape);
                                                        }
                                                        s
                                                    }
                                                }
                                                _ => false,
                                            };
                                            (!shadowed).then(|| m.clone())
                                        }
                                        _ => None,
                                    }),
                                    None => None,
                                };
                                if let Some(m) = hit {
                                    f.stack.push(m);
                                    f.stack.push(obj);
                                    continue 'dispatch;
                                }
                            }
                            if let Value::Super(s) = &obj
                                && let Some(m) = self.super_method(s, &f.code.names[i])
                            {
                                let inst = s.obj.clone();
                                f.stack.push(m);
                                f.stack.push(inst);
                                continue 'dispatch;
                            }
                            let name = f.code.names[i].clone();
                            let found = tri!('op, self.lookup_method(&obj, &name));
                            if let Some(m) = &found
                                && cls_uid != 0
                                && let Some(slot) = f.code.method_cache.borrow_mut().get_mut(i)
                            {
                                slot[1] = slot[0].take();
                                slot[0] = Some((
                                    cls_uid,
                                    CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed),
                                    m.clone(),
                                    std::cell::Cell::new(0),
                                ));
                            }
                            match found {
                                Some(m) => {
                                    f.stack.push(m);
                                    f.stack.push(obj);
                                }
                                None => {
                                    let v = tri!('op, self.get_attr(&obj, &name));
                                    f.stack.push(Value::Null);
                                    f.stack.push(v);
                                }
                            }
                        }
                        Instr::CallMethod(n) => {
                            let n = n as usize;
                            let base = f.stack.len() - n - 2;
                            if f.stack[base].is_null() {
                                // Plain attribute: drop the NULL marker and call it with n args.
                                f.stack.remove(base);
                                if self.fast_call(&mut f, base, n) {
                                    continue 'dispatch;
                                }
                                tri!('op, self.call_from_frame(&mut f, base, n, None));
                            } else {
                                if self.fast_call(&mut f, base, n + 1) {
                                    continue 'dispatch;
                                }
                                tri!('op, self.call_from_frame(&mut f, base, n + 1, None));
                            }
                        }
                        Instr::Call(n) => {
                            let n = n as usize;
                            let base = f.stack.len() - n - 1;
                            if self.fast_call(&mut f, base, n) {
                                continue 'dispatch;
                            }
                            tri!('op, self.call_from_frame(&mut f, base, n, None));
                        }
                        Instr::CallKw(n) => {
                            let names = f.pop();
                            let base = f.stack.len() - n as usize - 1;
                            tri!('op, self.call_from_frame(&mut f, base, n as usize, Some(names)));
                        }
                        Instr::CallEx(has_kw) => {
                            let kw = if has_kw != 0 { Some(f.pop()) } else { None };
                            let args = f.pop();
                            let func = f.pop();
                            let args = match args {
                                Value::Tuple(t) => t,
                                _ => Rc::new(crate::vm::value::Tuple::default()),
                            };
                            let kwpairs: Vec<(Rc<super::value::PyStr>, Value)> = match kw {
                                Some(Value::Dict(d)) => {
                                    d.d.borrow()
                                        .iter()
                                        .map(|e| {
                                            (
                                                match &e.key {
                                                    Value::Str(s) => s.clone(),
                                                    _ => super::intern::intern("?"),
                                                },
                                                e.value.clone(),
                                            )
                                        })
                                        .collect()
                                }
                                _ => vec![],
                            };
                            // Push as a normal call so Python functions run inline.
                            f.stack.push(func);
                            let base = f.stack.len() - 1;
                            f.stack.extend(args.iter().cloned());
                            if kwpairs.is_empty() {
                                tri!('op, self.call_from_frame(&mut f, base, args.len(), None));
                            } else {
                                let names: Vec<Value> = kwpairs.iter().map(|(k, _)| Value::Str(k.clone())).collect();
                                for (_, v) in &kwpairs {
                                    f.stack.push(v.clone());
                                }
                                tri!('op, self.call_from_frame(&mut f, base, args.len() + kwpairs.len(), Some(Value::tuple(names))));
                            }
                        }
                        Instr::ReturnValue => {
                            let v = f.pop();
                            if f.owner.is_none()
                                && matches!(f.resumer, Resumer::Call)
                                && let Some(caller) = self.frames.pop()
                            {
                                let done = std::mem::replace(&mut f, caller);
                                self.recycle(done);
                                f.stack.push(v);
                                // A return is a clean point for a thread switch.
                                if super::finalize_pending() {
                                    tri!('op, self.safe_point_clean());
                                }
                                continue 'dispatch;
                            }
                            match self.frame_return(&mut f, v) {
                                Flow::Continue => {}
                                Flow::Exit(r) => {
                                    self.recycle(f);
                                    return r;
                                }
                                Flow::Raise(e) => break 'op e,
                            }
                        }
                        Instr::BinarySubscr => {
                            let idx = f.pop();
                            let obj = f.pop();
                            let r = match (&obj, &idx) {
                                (Value::List(l), Value::Int(i)) => {
                                    let v = l.v.borrow();
                                    let n = v.len() as i64;
                                    let j = if *i < 0 { *i + n } else { *i };
                                    if j < 0 || j >= n {
                                        drop(v);
                                        break 'op self.index_error("list index out of range");
                                    }
                                    v[j as usize].clone()
                                }
                                _ => tri!('op, self.get_item(&obj, &idx)),
                            };
                            f.stack.push(r);
                        }
                        Instr::StoreSubscr => {
                            let idx = f.pop();
                            let obj = f.pop();
                            let v = f.pop();
                            if let (Value::List(l), Value::Int(i)) = (&obj, &idx) {
                                let mut lv = l.v.borrow_mut();
                                let n = lv.len() as i64;
                                let j = if *i < 0 { *i + n } else { *i };
                                if j >= 0 && j < n {
                                    lv[j as usize] = v;
                                    continue 'dispatch;
                                }
                            }
                            tri!('op, self.set_item(&obj, &idx, v));
                        }
                        Instr::DeleteSubscr => {
                            let idx = f.pop();
                            let obj = f.pop();
                            tri!('op, self.del_item(&obj, &idx));
                        }
                        Instr::BuildSlice(n) => {
                            let step = if n == 3 { f.pop() } else { Value::None };
                            let stop = f.pop();
                            let start = f.pop();
                            f.stack.push(Value::Slice(Rc::new(SliceObj { start, stop, step })));
                        }
                        Instr::UnaryNot => {
                            let v = f.pop();
                            let b = tri!('op, self.truthy(&v));
                            f.stack.push(Value::Bool(!b));
                        }
                        Instr::UnaryNeg => {
                            let v = f.pop();
                            let r = tri!('op, self.unary_neg(&v));
                            f.stack.push(r);
                        }
                        Instr::UnaryPos => {
                            let v = f.pop();
                            let r = tri!('op, self.unary_pos(&v));
                            f.stack.push(r);
                        }
                        Instr::UnaryInvert => {
                            let v = f.pop();
                            let r = tri!('op, self.unary_invert(&v));
                            f.stack.push(r);
                        }
                        Instr::Nop => {}
                        Instr::Copy(n) => {
                            let v = f.stack[f.stack.len() - n as usize].clone();
                            f.stack.push(v);
                        }
                        Instr::Swap(n) => {
                            let len = f.stack.len();
                            f.stack.swap(len - 1, len - n as usize);
                        }
                        Instr::RotN(n) => {
                            let len = f.stack.len();
                            let v = f.stack.pop().unwrap();
                            f.stack.insert(len - n as usize, v);
                        }
                        Instr::GetIter => {
                            let v = f.pop();
                            let it = tri!('op, self.get_iter(&v));
                            f.stack.push(it);
                        }
                        Instr::ForIter(exit) => {
                            // Fast paths for the common built-in iterators, without touching
                            // the iterator's reference count: Some(item), or Some(None) when
                            // exhausted.
                            let fast = match f.stack.last() {
                                Some(Value::Iter(ni)) => {
                                    let mut st = ni.state.borrow_mut();
                                    match &mut *st {
                                        IterState::Range { cur, stop, step } => {
                                            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                                                let v = *cur;
                                                *cur += *step;
                                                Some(Some(Value::Int(v)))
                                            } else {
                                                Some(None)
                                            }
                                        }
                                        IterState::Seq { seq: Value::List(l), idx } => {
                                            let lv = l.v.borrow();
                                            if *idx < lv.len() {
                                                let v = lv[*idx].clone();
                                                *idx += 1;
                                                Some(Some(v))
                                            } else {
                                                drop(lv);
                                                *st = IterState::Exhausted;
                                                Some(None)
                                            }
                                        }
                                        _ => None,
                                    }
                                }
                                _ => None,
                            };
                            match fast {
                                Some(Some(v)) => {
                                    f.stack.push(v);
                                    continue 'dispatch;
                                }
                                Some(None) => {
                                    f.stack.pop();
                                    f.ip = exit as usize;
                                    continue 'dispatch;
                                }
                                None => {}
                            }
                            if let Some(Value::Generator(g)) = f.stack.last()
                                && g.kind == GenKind::Generator
                            {
                                let g = g.clone();
                                if !tri!('op, self.resume_inline(&mut f, &g, Value::None, Resumer::ForIter(exit))) {
                                    f.stack.pop();
                                    f.ip = exit as usize;
                                }
                                continue 'dispatch;
                            }
                            let it = f.top().clone();
                            match &it {
                                Value::Iter(_) => match tri!('op, self.iter_next(&it)) {
                                    Some(v) => f.stack.push(v),
                                    None => {
                                        f.stack.pop();
                                        f.ip = exit as usize;
                                    }
                                },
                                Value::Instance(inst)
                                    if let Some(Value::Function(next)) = inst.class().lookup(&self.names.next)
                                        && next.code.argcount == 1
                                        && !next.code.is_generator_like()
                                        && self.depth() < self.recursion_limit =>
                                {
                                    // A Python `__next__` runs inline, so blocking inside it
                                    // can park the thread.
                                    let mut frame = tri!('op, self.make_frame(&next, std::slice::from_ref(&it), &[]));
                                    frame.resumer = Resumer::IterNext(exit);
                                    let caller = std::mem::replace(&mut f, frame);
                                    self.frames.push(caller);
                                }
                                _ => match tri!('op, self.iter_next(&it)) {
                                    Some(v) => f.stack.push(v),
                                    None => {
                                        f.stack.pop();
                                        f.ip = exit as usize;
                                    }
                                },
                            }
                        }
                        Instr::BuildTuple(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            f.stack.push(Value::tuple(items));
                        }
                        Instr::BuildList(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            f.stack.push(Value::list(items));
                        }
                        Instr::BuildSet(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            let s = tri!('op, self.new_set(items, false));
                            f.stack.push(s);
                        }
                        Instr::BuildMap(n) => {
                            let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                            let d = DictObj::new_rc(super::dict::Dict::with_capacity(n as usize));
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!('op, self.dict_set(&d, k, v));
                            }
                            f.stack.push(Value::Dict(d));
                        }
                        Instr::BuildString(n) => {
                            let start = f.stack.len() - n as usize;
                            let (mut len, mut nchars) = (0, 0);
                            for it in &f.stack[start..] {
                                if let Value::Str(p) = it {
                                    len += p.s.len();
                                    nchars += p.nchars;
                                }
                            }
                            let mut s = String::with_capacity(len);
                            for it in &f.stack[start..] {
                                if let Value::Str(p) = it {
                                    s.push_str(p.as_str());
                                }
                            }
                            f.stack.truncate(start);
                            f.stack.push(Value::Str(Rc::new(super::value::PyStr::with_nchars(s, nchars))));
                        }
                        Instr::ListAppend(n) => {
                            let v = f.pop();
                            let idx = f.stack.len() - n as usize;
                            if let Value::List(l) = &f.stack[idx] {
                                l.v.borrow_mut().push(v);
                            }
                        }
                        Instr::SetAdd(n) => {
                            let v = f.pop();
                            let s = f.stack[f.stack.len() - n as usize].clone();
                            if let Value::Set(s) = &s {
                                tri!('op, self.set_add(s, v));
                            }
                        }
                        Instr::MapAdd(n) => {
                            let v = f.pop();
                            let k = f.pop();
                            let d = f.stack[f.stack.len() - n as usize].clone();
                            if let Value::Dict(d) = &d {
                                tri!('op, self.dict_set(d, k, v));
                            }
                        }
                        Instr::ListExtend(n) => {
                            let v = f.pop();
                            let depth = (n & 0xffff) as usize;
                            let l = f.stack[f.stack.len() - depth].clone();
                            let items = match self.iterate(&v) {
                                Ok(items) => items,
                                Err(e) => {
                                    let func = if n >> 16 != 0 {
                                        f.stack.len().checked_sub(depth + 1).map(|i| f.stack[i].clone())
                                    } else {
                                        None
                                    };
                                    break 'op self.star_arg_error(e, &v, func.as_ref(), &l);
                                }
                            };
                            if let Value::List(l) = &l {
                                l.v.borrow_mut().extend(items);
                            }
                        }
                        Instr::SetUpdate(n) => {
                            let v = f.pop();
                            let s = f.stack[f.stack.len() - n as usize].clone();
                            let items = tri!('op, self.iterate(&v));
                            if let Value::Set(s) = &s {
                                for it in items {
                                    tri!('op, self.set_add(s, it));
                                }
                            }
                        }
                        Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                            let v = f.pop();
                            let d = f.stack[f.stack.len() - n as usize].clone();
                            if let Value::Dict(d) = &d {
                                let merge = matches!(instr, Instr::DictMerge(_));
                                if let Err(e) = self.dict_update_from(d, &v, merge) {
                                    let func = if merge {
                                        f.stack.len().checked_sub(n as usize + 2).map(|i| f.stack[i].clone())
                                    } else {
                                        None
                                    };
                                    break 'op self.kwargs_merge_error(e, func.as_ref());
                                }
                            }
                        }
                        Instr::ListToTuple => {
                            let v = f.pop();
                            if let Value::List(l) = v {
                                let items = l.v.borrow().clone();
                                f.stack.push(Value::tuple(items));
                            }
                        }
                        Instr::UnpackSequence(n) => {
                            let v = f.pop();
                            // Tuples and lists push their items straight from their storage.
                            match &v {
                                Value::Tuple(t) if t.len() == n as usize => {
                                    for it in t.iter().rev() {
                                        f.stack.push(it.clone());
                                    }
                                }
                                Value::List(l) if l.v.borrow().len() == n as usize => {
                                    for it in l.v.borrow().iter().rev() {
                                        f.stack.push(it.clone());
                                    }
                                }
                                _ => {
                                    let items = tri!('op, self.unpack(&v, n as usize));
                                    for it in items.into_iter().rev() {
                                        f.stack.push(it);
                                    }
                                }
                            }
                            discard(v);
                        }
                        Instr::UnpackEx(arg) => {
                            let before = (arg & 0xffff) as usize;
                            let after = (arg >> 16) as usize;
                            let v = f.pop();
                            let items = tri!('op, self.iterate(&v));
                            if items.len() < before + after {
                                break 'op self.value_error(format!(
                                    "not enough values to unpack (expected at least {}, got {})",
                                    before + after,
                                    items.len()
                                ));
                            }
                            let mid_end = items.len() - after;
                            let mut out: Vec<Value> = items[..before].to_vec();
                            out.push(Value::list(items[before..mid_end].to_vec()));
                            out.extend_from_slice(&items[mid_end..]);
                            for it in out.into_iter().rev() {
                                f.stack.push(it);
                            }
                        }
                        Instr::FormatValue(flags) => {
                            let spec = if flags & 4 != 0 { Some(f.pop()) } else { None };
                            let v = f.pop();
                            let v = match flags & 3 {
                                1 => Value::Str(tri!('op, self.str(&v))),
                                2 => Value::Str(tri!('op, self.repr(&v))),
                                3 => Value::string(tri!('op, self.ascii(&v))),
                                _ => v,
                            };
                            let s = match (&v, &spec) {
                                (Value::Str(_), None) => v,
                                _ => {
                                    let spec_s = match &spec {
                                        Some(Value::Str(s)) => s.clone(),
                                        _ => super::intern::intern(""),
                                    };
                                    Value::Str(tri!('op, self.format(&v, spec_s.as_str())))
                                }
                            };
                            f.stack.push(s);
                        }
                        Instr::MakeFunction(flags) => {
                            let code = match f.pop() {
                                Value::Code(c) => c,
                                _ => break 'op self.runtime_error("bad code object"),
                            };
                            let closure = if flags & 8 != 0 {
                                match f.pop() {
                                    Value::Tuple(t) => t
                                        .iter()
                                        .filter_map(|c| match c {
                                            Value::Cell(c) => Some(c.clone()),
                                            _ => None,
                                        })
                                        .collect(),
                                    _ => vec![],
                                }
                            } else {
                                vec![]
                            };
                            let annotations = if flags & 4 != 0 { f.pop() } else { Value::None };
                            let kwdefaults = if flags & 2 != 0 {
                                match f.pop() {
                                    Value::Dict(d) => Some(d),
                                    _ => None,
                                }
                            } else {
                                None
                            };
                            let defaults = if flags & 1 != 0 {
                                match f.pop() {
                                    Value::Tuple(t) => (*t).clone(),
                                    _ => vec![],
                                }
                            } else {
                                vec![]
                            };
                            let module = f.globals.d.borrow().get_by_str("__name__").cloned().unwrap_or(Value::None);
                            let func = Function {
                                name: std::cell::RefCell::new(code.name.clone()),
                                qualname: std::cell::RefCell::new(code.qualname.clone()),
                                doc: std::cell::RefCell::new(code.docstring.clone().unwrap_or(Value::None)),
                                globals: f.globals.clone(),
                                defaults: std::cell::RefCell::new(defaults),
                                kwdefaults: std::cell::RefCell::new(kwdefaults),
                                closure,
                                module: std::cell::RefCell::new(module),
                                dict: std::cell::RefCell::new(None),
                                annotations: std::cell::RefCell::new(annotations),
                                code,
                            };
                            let func = Rc::new(func);
                            super::gc::track_function(&func);
                            f.stack.push(Value::Function(func));
                        }
                        Instr::YieldValue => {
                            let mut v = f.pop();
                            if f.code.flags & CO_ASYNC_GENERATOR != 0 {
                                // An async generator's own yield, told apart from awaits.
                                v = crate::runtime::async_objects::wrap_yield(v);
                            }
                            match self.frame_yield(&mut f, v) {
                                Flow::Continue => {}
                                Flow::Exit(r) => {
                                    self.recycle(f);
                                    return r;
                                }
                                Flow::Raise(e) => break 'op e,
                            }
                        }
                        Instr::GetYieldFromIter => {
                            let v = f.pop();
                            let it = match &v {
                                Value::Generator(g)
                                    if g.kind == GenKind::Coroutine && f.code.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE) == 0 =>
                                {
                                    break 'op self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
                                }
                                Value::Generator(_) => v,
                                _ => tri!('op, self.get_iter(&v)),
                            };
                            f.stack.push(it);
                        }
                        Instr::GetAwaitable(r#where) => {
                            let v = f.pop();
                            let it = tri!('op, self.get_awaitable_from(&v, r#where));
                            f.stack.push(it);
                        }
                        Instr::YieldFrom => {
                            let v = f.pop();
                            let sub = f.top().clone();
                            if let Value::Generator(g) = &sub
                                && f.owner.is_some()
                            {
                                let g = g.clone();
                                if g.running.get() {
                                    break 'op self.value_error(format!("{} already executing", gen_kind_name(g.kind)));
                                }
                                if g.finished.get() {
                                    f.stack.pop();
                                    f.stack.push(Value::None);
                                    continue 'dispatch;
                                }
                                tri!('op, self.delegate_to(&mut f, &g, v));
                                continue 'dispatch;
                            }
                            match tri!('op, self.iter_send(&sub, v)) {
                                IterStep::Yield(y) => {
                                    f.ip -= 1;
                                    match self.frame_yield(&mut f, y) {
                                        Flow::Continue => {}
                                        Flow::Exit(r) => {
                                            self.recycle(f);
                                            return r;
                                        }
                                        Flow::Raise(e) => break 'op e,
                                    }
                                }
                                IterStep::Return(r) => {
                                    f.stack.pop();
                                    f.stack.push(r);
                                }
                            }
                        }
                        Instr::GetAiter => {
                            let v = f.pop();
                            let it = tri!('op, self.get_aiter(&v));
                            f.stack.push(it);
                        }
                        Instr::GetAnext => {
                            let it = f.top().clone();
                            let aw = tri!('op, self.get_anext_awaitable(&it));
                            f.stack.push(aw);
                        }
                        Instr::EndAsyncFor(_) => {
                            // Handler entry: stack has iter, prev_exc, exc.
                            let exc = f.pop();
                            let is_stop = match &exc {
                                Value::Instance(i) => i.class().is_subclass(&self.types.stop_async_iteration),
                                _ => false,
                            };
                            if !is_stop && let Value::Instance(i) = exc {
                                break 'op PyErr(i);
                            }
                            // Pop the handler (restoring the previous exception) and the iterator.
                            self.pop_except(&mut f);
                            f.stack.pop();
                        }
                        Instr::PrepStar => {
                            let exc = f.top().clone();
                            let rest = tri!('op, crate::runtime::exception_group::as_group(self, &exc));
                            f.stack.push(rest);
                            f.stack.push(Value::list(vec![]));
                        }
                        Instr::StarMatch(target) => {
                            let typ = f.pop();
                            let len = f.stack.len();
                            let rest = f.stack[len - 2].clone();
                            if rest.is_none() {
                                f.ip = target as usize;
                                continue 'dispatch;
                            }
                            if let Value::Class(c) = &typ
                                && c.is_subclass(&self.types.by_name["BaseExceptionGroup"].clone())
                            {
                                break 'op self.type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
                            }
                            let (m, r) = tri!('op, crate::runtime::exception_group::split(self, &rest, &typ));
                            f.stack[len - 2] = r;
                            if m.is_none() {
                                f.ip = target as usize;
                            } else {
                                f.stack.push(m);
                            }
                        }
                        Instr::StarReraise => {
                            let raised = f.pop();
                            let rest = f.pop();
                            let orig = f.pop();
                            let raised = match raised {
                                Value::List(l) => l.v.borrow().clone(),
                                _ => vec![],
                            };
                            if let Some(e) = tri!('op, crate::runtime::exception_group::reraise(self, &orig, &rest, raised)) {
                                // Re-raised as is: the traceback it already has is kept.
                                pending = Some((e, false));
                                break 'dispatch;
                            }
                        }
                        Instr::SetupExcept(t) => {
                            let level = f.stack.len() as u32;
                            f.blocks.push(Block {
                                kind: BlockKind::Except,
                                handler: t,
                                level,
                            });
                        }
                        Instr::SetupWith(t) => {
                            let level = f.stack.len() as u32 - 1;
                            f.blocks.push(Block {
                                kind: BlockKind::Except,
                                handler: t,
                                level,
                            });
                        }
                        Instr::PopBlock => {
                            f.blocks.pop();
                        }
                        Instr::PopExcept => {
                            self.pop_except(&mut f);
                        }
                        Instr::Reraise => {
                            let v = f.pop();
                            if let Value::Instance(i) = v {
                                pending = Some((PyErr(i), false));
                                break 'dispatch;
                            }
                            break 'op self.runtime_error("reraise of a non-exception");
                        }
                        Instr::Raise(n) => {
                            let e = tri!('op, self.do_raise(&mut f, n));
                            break 'op e;
                        }
                        Instr::CheckExcMatch => {
                            let typ = f.pop();
                            let exc = f.top().clone();
                            let m = tri!('op, self.exception_matches(&exc, &typ));
                            f.stack.push(Value::Bool(m));
                        }
                        Instr::BeforeWith => {
                            let cm = f.pop();
                            let enter = tri!('op, self.special_method(&cm, "__enter__", "the context manager protocol"));
                            let exit = tri!('op, self.special_method(&cm, "__exit__", "the context manager protocol"));
                            // A Python __enter__ runs inline (its return value lands above
                            // `exit`), so a blocking call inside it can park the thread.
                            if let Value::BoundMethod(m) = &enter
                                && let Value::Function(func) = &m.func
                                && !func.code.is_generator_like()
                                && self.depth() < self.recursion_limit
                            {
                                let func = func.clone();
                                let mut frame = tri!('op, self.make_frame(&func, std::slice::from_ref(&m.self_), &[]));
                                f.stack.push(exit);
                                frame.resumer = Resumer::Call;
                                let caller = std::mem::replace(&mut f, frame);
                                self.frames.push(caller);
                                continue 'dispatch;
                            }
                            self.park_entry = self.native_entries.wrapping_add(1);
                            let r = tri!('op, self.call(&enter, &[]));
                            f.stack.push(exit);
                            f.stack.push(r);
                            if self.sched.park_pending {
                                break 'op self.park_sentinel();
                            }
                        }
                        Instr::BeforeAsyncWith => {
                            let cm = f.pop();
                            let enter = tri!('op, self.special_method(&cm, "__aenter__", "the asynchronous context manager protocol"));
                            let exit = tri!('op, self.special_method(&cm, "__aexit__", "the asynchronous context manager protocol"));
                            let r = tri!('op, self.call(&enter, &[]));
                            f.stack.push(exit);
                            f.stack.push(r);
                        }
                        Instr::WithExceptStart => {
                            let exc = f.stack[f.stack.len() - 1].clone();
                            let exit = f.stack[f.stack.len() - 3].clone();
                            let typ = Value::Class(self.class_of(&exc));
                            let tb = Value::None;
                            let r = tri!('op, self.call(&exit, &[typ, exc, tb]));
                            f.stack.push(r);
                        }
                        Instr::ImportName(i) => {
                            let name = f.code.names[i as usize].clone();
                            let fromlist = f.pop();
                            let level = f.pop();
                            let globals = f.globals.clone();
                            let m = tri!('op, self.import_name(name.as_str(), &fromlist, &level, &globals));
                            f.stack.push(m);
                        }
                        Instr::ImportFrom(i) => {
                            let name = f.code.names[i as usize].clone();
                            let m = f.top().clone();
                            let v = tri!('op, self.import_from(&m, &name));
                            f.stack.push(v);
                        }
                        Instr::ImportStar => {
                            let m = f.pop();
                            let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            tri!('op, self.import_star(&m, &target));
                        }
                        Instr::LoadBuildClass => {
                            let v = self
                                .builtins
                                .d
                                .borrow()
                                .get_by_str("__build_class__")
                                .cloned()
                                .unwrap_or(Value::None);
                            f.stack.push(v);
                        }
                        Instr::LoadAssertionError => {
                            f.stack.push(Value::Class(self.types.assertion_error.clone()));
                        }
                        Instr::SetupAnnotations => {
                            let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            if target.d.borrow().get_by_str("__annotations__").is_none() {
                                target
                                    .d
                                    .borrow_mut()
                                    .set_str("__annotations__", Value::dict(super::dict::Dict::new()));
                            }
                        }
                        Instr::PrintExpr => {
                            let v = f.pop();
                            if !v.is_none() {
                                let r = tri!('op, self.repr(&v));
                                self.write_stdout(&format!("{}\n", r.as_str()));
                                self.builtins.d.borrow_mut().set_str("_", v);
                            }
                        }
                        Instr::LoadLocals => {
                            let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            f.stack.push(Value::Dict(l));
                        }
                        Instr::MatchSequence => {
                            let r = self.is_match_sequence(f.top());
                            f.stack.push(Value::Bool(r));
                        }
                        Instr::MatchMapping => {
                            let r = self.is_match_mapping(f.top());
                            f.stack.push(Value::Bool(r));
                        }
                        Instr::GetLen => {
                            let v = f.top().clone();
                            let n = tri!('op, self.len_of(&v));
                            f.stack.push(Value::Int(n as i64));
                        }
                        Instr::MatchKeys => {
                            let n = f.stack.len();
                            let (subject, keys) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                            let r = tri!('op, self.match_keys(&subject, &keys));
                            f.stack.push(r);
                        }
                        Instr::MatchClass(nargs) => {
                            let names = f.pop();
                            let cls = f.pop();
                            let subject = f.pop();
                            let r = tri!('op, self.match_class(&subject, &cls, nargs as usize, &names));
                            f.stack.push(r);
                        }
                        Instr::CopyDictWithoutKeys => {
                            let keys = f.pop();
                            let r = tri!('op, self.dict_without_keys(f.top(), &keys));
                            f.stack.push(r);
                        }
                    }
                    continue 'dispatch;
                };
                // An exception was raised by the instruction at f.ip - 1.
                pending = Some((err, true));
                break 'dispatch;
            }
        }
    }

    /// The slow path of a backward jump: fuel ran out or the safe-point flag is up.
    #[cold]
    fn loop_safe_point(&mut self) -> PyResult<()> {
        if self.limits.fuel < 0 {
            self.fuel_exhausted()?;
        }
        if super::finalize_pending() {
            self.safe_point_clean()?;
        }
        Ok(())
    }

    /// Is attribute `names[i]` of instances of this class known to be plain: no class
    /// attribute or descriptor of that name and no attribute hooks, so it lives in the
    /// instance dict?
    #[inline(always)]
    fn plain_attr_cached(&self, code: &crate::compile::Code, i: usize, inst: &Instance) -> bool {
        let uid = inst.class_uid();
        let epoch = CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
        match code.attr_cache.get(i).map(|c| c.get()) {
            Some([a, b]) => (a.0 == uid && a.1 == epoch) || (b.0 == uid && b.1 == epoch),
            None => false,
        }
    }

    /// `inst.<names[i]>` when the inline caches say it is a plain instance attribute at the
    /// remembered slot; None sends the caller down the general path.
    #[inline(always)]
    fn cached_instance_attr(&self, code: &crate::compile::Code, i: usize, inst: &Instance) -> Option<Value> {
        if !self.plain_attr_cached(code, i, inst) {
            return None;
        }
        let idx = code.shape_cache.get(i).map_or(0, |c| c.get());
        inst.get_attr_at(&code.names[i], idx)
    }

    fn fill_plain_attr_cache(&self, code: &crate::compile::Code, i: usize, inst: &Instance) {
        let name = &code.names[i];
        if name.as_str().starts_with("__") {
            return;
        }
        let cls = inst.class();
        if cls.flags.get() & CF_FLAGS_VALID == 0 {
            super::attr::compute_flags(&cls);
        }
        if cls.flags.get() & (CF_GETATTRIBUTE | CF_SETATTR | CF_SLOTS) != 0 || cls.lookup(name).is_some() {
            return;
        }
        if let Some(slot) = code.attr_cache.get(i) {
            // Two entries: code shared by a class and its subclasses stays cached.
            let [a, _] = slot.get();
            slot.set([(cls.uid, CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed)), a]);
        }
    }

    /// The common call, inline: a plain Python function called with exactly its positional
    /// parameters. The arguments move into the new frame's first local slots and the new
    /// frame replaces `f` (the caller is pushed). False when the call needs the general path.
    #[inline(always)]
    fn fast_call(&mut self, f: &mut Box<Frame>, base: usize, n: usize) -> bool {
        let Value::Function(func) = &f.stack[base] else {
            return false;
        };
        if !func.code.fast_call || func.code.argcount as usize != n || self.depth() >= self.recursion_limit {
            return false;
        }
        // Out of fuel: the general path charges again and runs the hook or aborts.
        if self.limits.fuel < 1 {
            return false;
        }
        self.limits.fuel -= 1;
        let Value::Function(func) = std::mem::take(&mut f.stack[base]) else {
            unreachable!()
        };
        let mut frame = self.alloc_frame_empty(&func.code, &func.globals);
        for i in 0..n {
            frame.stack.push(std::mem::take(&mut f.stack[base + 1 + i]));
        }
        for _ in n..func.code.nlocals() {
            frame.stack.push(Value::Null);
        }
        debug_assert_eq!(f.stack.len(), base + 1 + n);
        // SAFETY: every slot from `base` up was taken above and holds Null, which owns
        // nothing, so forgetting them leaks nothing.
        unsafe { f.stack.set_len(base) };
        let caller = std::mem::replace(f, frame);
        self.frames.push(caller);
        true
    }

    #[cold]
    fn unbound_local(&self, f: &Frame, i: usize) -> PyErr {
        let name = f.code.varnames[i].clone();
        self.new_error(
            &self.types.unbound_local_error.clone(),
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name.as_str()
            ),
        )
    }

    fn unbound_deref(&self, f: &Frame, i: usize) -> PyErr {
        let name = cell_name(f, i);
        if i < f.code.cellvars.len() {
            self.new_error(
                &self.types.unbound_local_error,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name.as_str()
                ),
            )
        } else {
            self.new_error(
                &self.types.name_error,
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    name.as_str()
                ),
            )
        }
    }

    fn pop_except(&mut self, f: &mut Frame) {
        if let Some(b) = f.blocks.pop() {
            debug_assert_eq!(b.kind, BlockKind::HandlerActive);
        }
        let prev = f.pop();
        f.handled_exc = prev;
    }

    /// Records the traceback entry and looks for a handler in `f`. Ok: jumped to a handler.
    fn raise_in_frame(&mut self, f: &mut Frame, e: PyErr, add_tb: bool) -> Result<(), PyErr> {
        if let Some(exc) = &e.0.exc {
            let mut ed = exc.borrow_mut();
            if add_tb {
                ed.traceback.push(TbEntry {
                    code: f.code.clone(),
                    line: f.line(),
                });
            }
            // Implicit chaining: the exception being handled becomes the context.
            if ed.context.is_none() {
                let handled = self.current_handled(f);
                if let Value::Instance(h) = &handled
                    && !Rc::ptr_eq(h, &e.0)
                {
                    ed.context = handled.clone();
                }
            }
        }
        while let Some(b) = f.blocks.pop() {
            match b.kind {
                // An abort runs no handler: not `except`, `finally` nor `with` exits.
                BlockKind::Except if self.limits.aborting.is_some() => f.stack.truncate(b.level as usize),
                BlockKind::Except => {
                    f.stack.truncate(b.level as usize);
                    let prev = std::mem::replace(&mut f.handled_exc, Value::Instance(e.0.clone()));
                    let level = f.stack.len() as u32;
                    f.stack.push(prev);
                    f.stack.push(Value::Instance(e.0.clone()));
                    f.blocks.push(Block {
                        kind: BlockKind::HandlerActive,
                        handler: 0,
                        level,
                    });
                    f.ip = b.handler as usize;
                    return Ok(());
                }
                BlockKind::HandlerActive => {
                    let lvl = b.level as usize;
                    if lvl < f.stack.len() {
                        f.handled_exc = f.stack[lvl].clone();
                    }
                    f.stack.truncate(lvl);
                }
            }
        }
        Err(e)
    }

    /// The exception currently being handled, searching outward through the frames.
    pub fn current_handled(&self, f: &Frame) -> Value {
        if !f.handled_exc.is_none() {
            return f.handled_exc.clone();
        }
        for fr in self.frames.iter().rev() {
            if !fr.handled_exc.is_none() {
                return fr.handled_exc.clone();
            }
        }
        Value::None
    }

    fn do_raise(&mut self, f: &mut Frame, n: u32) -> PyResult<PyErr> {
        match n {
            0 => {
                let h = self.current_handled(f);
                match h {
                    Value::Instance(i) => Ok(PyErr(i)),
                    _ => Err(self.runtime_error("No active exception to reraise")),
                }
            }
            _ => {
                let cause = if n == 2 { Some(f.pop()) } else { None };
                let v = f.pop();
                let e = self.make_exception(&v)?;
                if let Some(c) = cause {
                    let c = match &c {
                        Value::None => Value::None,
                        Value::Class(_) => self.make_exception(&c)?.value(),
                        Value::Instance(i) if i.exc.is_some() => c.clone(),
                        _ => return Err(self.type_error("exception causes must derive from BaseException")),
                    };
                    if let Some(ed) = &e.0.exc {
                        let mut ed = ed.borrow_mut();
                        ed.cause = c;
                        ed.suppress_context = true;
                    }
                }
                Ok(e)
            }
        }
    }

    /// Turns a raised value (class or instance) into an exception.
    pub fn make_exception(&mut self, v: &Value) -> PyResult<PyErr> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i.clone())),
            Value::Class(c) if super::call::class_layout(c) == Layout::Exception => {
                let inst = self.call(v, &[])?;
                match inst {
                    Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i)),
                    _ => {
                        let r = self.repr_or(v);
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            r,
                            self.type_name(&inst)
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    // ---- calls ----------------------------------------------------------------------------

    /// Calls the callable at `f.stack[base]` with the `n` values above it (the last of
    /// which are keyword values when `kwnames` is given). Python functions get a new frame
    /// that replaces `f` (returns Ok(true)); other callables run now and their result
    /// replaces the call's stack items (Ok(false)).
    fn call_from_frame(&mut self, f: &mut Box<Frame>, base: usize, n: usize, kwnames: Option<Value>) -> PyResult<bool> {
        self.charge_fuel(1)?;
        // Safe point: finalizers (__del__, abandoned generators, weakref callbacks) and
        // signals (Ctrl-C).
        if super::finalize_pending() {
            self.flush_async_finalizers(Some(f));
            self.safe_point()?;
        }
        let func = std::mem::take(&mut f.stack[base]);
        match &func {
            Value::Function(func_rc)
                if kwnames.is_none()
                    && func_rc.code.argcount as usize == n
                    && func_rc.code.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) == 0
                    && func_rc.code.kwonlyargcount == 0
                    && func_rc.code.ncells() == 0 =>
            {
                // The common call: exact positional arguments, moved (not cloned) into the
                // new frame's first slots.
                if self.depth() >= self.recursion_limit {
                    return Err(self.new_error(&self.types.recursion_error.clone(), "maximum recursion depth exceeded"));
                }
                let code = &func_rc.code;
                let mut frame = self.alloc_frame_empty(code, &func_rc.globals);
                for i in 0..n {
                    frame.stack.push(std::mem::take(&mut f.stack[base + 1 + i]));
                }
                for _ in n..code.nlocals() {
                    frame.stack.push(Value::Null);
                }
                debug_assert_eq!(f.stack.len(), base + 1 + n);
                // SAFETY: the function and every argument were taken: the slots hold Null,
                // which owns nothing.
                unsafe { f.stack.set_len(base) };
                frame.resumer = Resumer::Call;
                let caller = std::mem::replace(f, frame);
                self.frames.push(caller);
                Ok(true)
            }
            Value::Function(func_rc) => {
                let func_rc = func_rc.clone();
                let frame = {
                    let args = &f.stack[base + 1..];
                    match &kwnames {
                        None => self.make_frame(&func_rc, args, &[]),
                        Some(Value::Tuple(names)) => {
                            let npos = n - names.len();
                            let kw = super::call::kwnames_to_pairs(names, &args[npos..]);
                            self.make_frame(&func_rc, &args[..npos], &kw)
                        }
                        _ => self.make_frame(&func_rc, args, &[]),
                    }
                };
                let mut frame = match frame {
                    Ok(fr) => fr,
                    Err(e) => {
                        f.stack.truncate(base);
                        return Err(e);
                    }
                };
                f.stack.truncate(base);
                if func_rc.code.is_generator_like() {
                    let g = self.make_generator(&func_rc, frame);
                    f.stack.push(g);
                    return Ok(false);
                }
                if self.depth() >= self.recursion_limit {
                    self.recycle(frame);
                    return Err(self.new_error(&self.types.recursion_error.clone(), "maximum recursion depth exceeded"));
                }
                frame.resumer = Resumer::Call;
                let caller = std::mem::replace(f, frame);
                self.frames.push(caller);
                Ok(true)
            }
            Value::Class(cls) if cls.builtin.is_none() && cls.metaclass.borrow().is_none() => {
                // Instantiation with a Python __init__ runs __init__ inline; its frame returns
                // the new instance (Resumer::Init).
                let default_new = match cls.lookup(&self.names.new) {
                    None => true,
                    Some(Value::Native(nf)) => nf.owner == Some("object"),
                    _ => false,
                };
                if default_new
                    && kwnames.is_none()
                    && let Some(Value::Function(init)) = cls.lookup(&self.names.init)
                    && init.code.fast_call
                    && init.code.argcount as usize == n + 1
                    && self.depth() < self.recursion_limit
                {
                    let cls = cls.clone();
                    let obj = self.new_instance(&cls);
                    let mut frame = self.alloc_frame_empty(&init.code, &init.globals);
                    frame.stack.push(obj.clone());
                    for i in 0..n {
                        frame.stack.push(std::mem::take(&mut f.stack[base + 1 + i]));
                    }
                    for _ in n + 1..init.code.nlocals() {
                        frame.stack.push(Value::Null);
                    }
                    f.stack.truncate(base);
                    frame.resumer = Resumer::Init(obj);
                    let caller = std::mem::replace(f, frame);
                    self.frames.push(caller);
                    return Ok(true);
                }
                // Any other Python __init__ (keywords, defaults, cells as with `super()`)
                // also runs inline: the new instance takes the class's stack slot, so the
                // slots from `base` are exactly __init__'s arguments.
                if default_new
                    && let Some(Value::Function(init)) = cls.lookup(&self.names.init)
                    && !init.code.is_generator_like()
                    && self.depth() < self.recursion_limit
                {
                    let cls = cls.clone();
                    let obj = self.new_instance(&cls);
                    f.stack[base] = obj.clone();
                    let frame = {
                        let args = &f.stack[base..];
                        match &kwnames {
                            Some(Value::Tuple(names)) => {
                                let npos = args.len() - names.len();
                                let kw = super::call::kwnames_to_pairs(names, &args[npos..]);
                                self.make_frame(&init, &args[..npos], &kw)
                            }
                            _ => self.make_frame(&init, args, &[]),
                        }
                    };
                    f.stack.truncate(base);
                    let mut frame = frame?;
                    frame.resumer = Resumer::Init(obj);
                    let caller = std::mem::replace(f, frame);
                    self.frames.push(caller);
                    return Ok(true);
                }
                f.stack[base] = func.clone();
                self.call_native_from_frame(f, base, n, kwnames)
            }
            Value::Instance(inst) if matches!(inst.class().lookup(&self.names.call), Some(Value::Function(_))) => {
                // A Python `__call__` runs inline, like a bound method.
                let call = inst.class().lookup(&self.names.call).unwrap_or(Value::None);
                f.stack[base] = call;
                f.stack.insert(base + 1, func.clone());
                self.call_from_frame(f, base, n + 1, kwnames)
            }
            Value::BoundMethod(m) if matches!(m.func, Value::Function(_)) => {
                // Insert self and retry as a function call.
                f.stack[base] = m.func.clone();
                f.stack.insert(base + 1, m.self_.clone());
                self.call_from_frame(f, base, n + 1, kwnames)
            }
            Value::Native(nf) if nf.special != Special::None && kwnames.is_none() => {
                // next(genr) / genr.send(v) resume the generator inline.
                let inline = matches!((nf.special, n), (Special::Next, 1) | (Special::Next, 2) | (Special::GenSend, 2))
                    && matches!(f.stack.get(base + 1), Some(Value::Generator(g)) if g.kind == GenKind::Generator);
                if inline {
                    debug_assert_eq!(f.stack.len(), base + 1 + n);
                    // The generator and the value are moved out of the caller's stack.
                    let Value::Generator(g) = std::mem::take(&mut f.stack[base + 1]) else {
                        unreachable!()
                    };
                    let (send, default) = match (nf.special, n) {
                        (Special::GenSend, _) => (std::mem::take(&mut f.stack[base + 2]), None),
                        (_, 2) => (Value::None, Some(std::mem::take(&mut f.stack[base + 2]))),
                        _ => (Value::None, None),
                    };
                    // SAFETY: the callee was taken on entry and its arguments just now: every
                    // slot from `base` holds Null, which owns nothing.
                    unsafe { f.stack.set_len(base) };
                    discard(func);
                    let switched = self.resume_inline(f, &g, send, Resumer::Send(default.clone()))?;
                    if !switched {
                        match default {
                            Some(d) => f.stack.push(d),
                            None => return Err(self.stop_iteration(Value::None)),
                        }
                    }
                    return Ok(switched);
                }
                f.stack[base] = func.clone();
                self.call_native_from_frame(f, base, n, kwnames)
            }
            _ => {
                discard(std::mem::replace(&mut f.stack[base], func));
                self.call_native_from_frame(f, base, n, kwnames)
            }
        }
    }

    fn call_native_from_frame(&mut self, f: &mut Box<Frame>, base: usize, n: usize, kwnames: Option<Value>) -> PyResult<bool> {
        let func = std::mem::take(&mut f.stack[base]);
        // Natives that look at the caller's namespace (globals(), exec, type(...)) find it here.
        if !matches!(&self.cur_globals, Some(g) if Rc::ptr_eq(g, &f.globals)) {
            self.cur_globals = Some(f.globals.clone());
        }
        let introspects = matches!(&func, Value::Native(nf) if nf.special == Special::Introspect);
        if introspects && matches!(&func, Value::Native(nf) if nf.name == "exc_info") {
            self.cur_handled = self.current_handled(f);
        }
        let wants_locals = introspects && matches!(&func, Value::Native(nf) if nf.name != "exc_info");
        if wants_locals {
            self.cur_locals = Some(self.frame_locals(f));
        } else if self.cur_locals.is_some() {
            self.cur_locals = None;
        }
        // The first native entered from here may park the thread (Vm::can_park).
        self.park_entry = self.native_entries.wrapping_add(1);
        // The arguments are passed as a slice of the caller's stack: no copy.
        let r = {
            let args = &f.stack[base + 1..];
            match kwnames {
                Some(Value::Tuple(names)) => {
                    let npos = n - names.len();
                    let kw = super::call::kwnames_to_pairs(&names, &args[npos..]);
                    self.call_kw(&func, &args[..npos], &kw)
                }
                _ => match &func {
                    Value::Native(nf) if nf.host.is_none() => {
                        self.native_entries = self.native_entries.wrapping_add(1);
                        (nf.func)(self, args, &[])
                    }
                    _ => self.call_kw(&func, args, &[]),
                },
            }
        };
        // Pop the arguments one by one: each drop is inline unless it frees something.
        while f.stack.len() > base {
            if let Some(a) = f.stack.pop() {
                discard(a);
            }
        }
        discard(func);
        let v = r?;
        f.stack.push(v);
        if super::finalize_pending() {
            if self.sched.park_pending {
                return Err(self.park_sentinel());
            }
            self.flush_async_finalizers(Some(f));
            self.safe_point_clean()?;
        }
        if super::gc::due() {
            self.gc_collect();
        }
        Ok(false)
    }

    /// The locals of a frame as a dict (a snapshot for function frames).
    pub fn frame_locals(&self, f: &Frame) -> Value {
        if let Some(l) = &f.locals {
            return Value::Dict(l.clone());
        }
        if f.code.flags & CO_NESTED == 0 {
            return Value::Dict(f.globals.clone());
        }
        let mut d = super::dict::Dict::new();
        for (i, name) in f.code.varnames.iter().enumerate() {
            let v = &f.stack[i];
            if !v.is_null() && !f.code.cellvars.iter().any(|c| c.as_str() == name.as_str()) {
                d.set_pystr(name.clone(), v.clone());
            }
        }
        for (i, name) in f.code.cellvars.iter().chain(f.code.freevars.iter()).enumerate() {
            if let Some(c) = f.cells.get(i) {
                let v = c.v.borrow().clone();
                if !v.is_null() {
                    d.set_pystr(name.clone(), v);
                }
            }
        }
        Value::dict(d)
    }

    // ---- frame exits ----------------------------------------------------------------------

    fn frame_return(&mut self, f: &mut Box<Frame>, v: Value) -> Flow {
        if let Some(g) = f.owner.take() {
            g.running.set(false);
            g.finished.set(true);
            *g.delegate.borrow_mut() = None;
            let v = if g.kind == GenKind::AsyncGenerator { Value::None } else { v };
            return self.generator_finished(f, Ok(v));
        }
        match std::mem::replace(&mut f.resumer, Resumer::Call) {
            Resumer::Call | Resumer::IterNext(_) => {
                let caller = self.frames.pop().expect("caller frame");
                let done = std::mem::replace(f, caller);
                self.recycle(done);
                f.stack.push(v);
                Flow::Continue
            }
            Resumer::Init(obj) => {
                let caller = self.frames.pop().expect("caller frame");
                let done = std::mem::replace(f, caller);
                self.recycle(done);
                if !v.is_none() {
                    return Flow::Raise(self.type_error(format!("__init__() should return None, not '{}'", self.type_name(&v))));
                }
                f.stack.push(obj);
                Flow::Continue
            }
            // The frame itself is recycled by whoever handles the exit.
            Resumer::Native => Flow::Exit(Ok(Exit::Return(v))),
            Resumer::ForIter(_) | Resumer::Send(_) => Flow::Raise(self.runtime_error("internal: function frame with generator resumer")),
        }
    }

    /// A generator's frame has finished with `result`: deliver it to whoever resumed it.
    fn generator_finished(&mut self, f: &mut Box<Frame>, result: Result<Value, PyErr>) -> Flow {
        let resumer = std::mem::replace(&mut f.resumer, Resumer::Call);
        let mut chain = std::mem::take(&mut f.chain);
        if let Some(parent) = chain.pop() {
            // Back into the delegating generator at its YIELD_FROM.
            let pf = parent.frame.borrow_mut().take();
            let Some(mut pf) = pf else {
                return Flow::Raise(self.runtime_error("internal: delegating generator lost its frame"));
            };
            *parent.delegate.borrow_mut() = None;
            pf.stack.pop();
            pf.owner = Some(parent);
            pf.chain = chain;
            pf.resumer = resumer;
            let done = std::mem::replace(f, pf);
            self.recycle(done);
            match result {
                Ok(v) => {
                    f.stack.push(v);
                    f.ip += 1;
                    return Flow::Continue;
                }
                Err(e) => {
                    f.ip += 1;
                    return Flow::Raise(e);
                }
            }
        }
        match resumer {
            Resumer::ForIter(exit) => {
                let caller = self.frames.pop().expect("caller frame");
                let done = std::mem::replace(f, caller);
                self.recycle(done);
                match result {
                    Ok(_) => {
                        f.stack.pop();
                        f.ip = exit as usize;
                        Flow::Continue
                    }
                    Err(e) => Flow::Raise(e),
                }
            }
            Resumer::Send(default) => {
                let caller = self.frames.pop().expect("caller frame");
                let done = std::mem::replace(f, caller);
                self.recycle(done);
                match result {
                    Ok(v) => match default {
                        Some(d) => {
                            f.stack.push(d);
                            Flow::Continue
                        }
                        None => Flow::Raise(self.stop_iteration(v)),
                    },
                    Err(e) => Flow::Raise(e),
                }
            }
            // The finished frame itself is recycled by whoever handles the exit.
            _ => Flow::Exit(result.map(Exit::Return)),
        }
    }

    fn frame_yield(&mut self, f: &mut Box<Frame>, v: Value) -> Flow {
        let Some(g) = f.owner.take() else {
            return Flow::Raise(self.runtime_error("internal: yield outside a generator frame"));
        };
        let chain = std::mem::take(&mut f.chain);
        for c in &chain {
            c.running.set(false);
        }
        g.running.set(false);
        let resumer = std::mem::replace(&mut f.resumer, Resumer::Call);
        let next = match &resumer {
            Resumer::ForIter(_) | Resumer::Send(_) => self.frames.pop().expect("caller frame"),
            _ => self.placeholder_frame(f),
        };
        let suspended = std::mem::replace(f, next);
        *g.frame.borrow_mut() = Some(suspended);
        match resumer {
            Resumer::ForIter(_) | Resumer::Send(_) => {
                f.stack.push(v);
                Flow::Continue
            }
            _ => Flow::Exit(Ok(Exit::Yield(v))),
        }
    }

    /// The frame had no handler for `e`: pass it to the frame's resumer.
    fn frame_unwound(&mut self, f: &mut Box<Frame>, e: PyErr) -> Flow {
        if let Some(g) = f.owner.take() {
            g.running.set(false);
            g.finished.set(true);
            *g.delegate.borrow_mut() = None;
            let e = self.convert_stop_iteration(&g, e);
            return self.generator_finished(f, Err(e));
        }
        match std::mem::replace(&mut f.resumer, Resumer::Call) {
            Resumer::Call | Resumer::Init(_) => {
                let caller = self.frames.pop().expect("caller frame");
                let done = std::mem::replace(f, caller);
                self.recycle(done);
                Flow::Raise(e)
            }
            Resumer::IterNext(exit) => {
                let caller = self.frames.pop().expect("caller frame");
                let done = std::mem::replace(f, caller);
                self.recycle(done);
                if e.is(&self.types.stop_iteration) {
                    // The loop ends: drop the iterator, continue after the loop.
                    f.stack.pop();
                    f.ip = exit as usize;
                    return Flow::Continue;
                }
                Flow::Raise(e)
            }
            // Native: the frame itself is recycled by whoever handles the exit.
            _ => Flow::Exit(Err(e)),
        }
    }

    /// PEP 479: StopIteration escaping a generator becomes RuntimeError.
    fn convert_stop_iteration(&mut self, g: &Rc<Generator>, e: PyErr) -> PyErr {
        let (cls, msg) = match g.kind {
            GenKind::Generator => (&self.types.stop_iteration, "generator raised StopIteration"),
            GenKind::Coroutine => (&self.types.stop_iteration, "coroutine raised StopIteration"),
            GenKind::AsyncGenerator => {
                if e.is(&self.types.stop_async_iteration) {
                    (&self.types.stop_async_iteration, "async generator raised StopAsyncIteration")
                } else {
                    (&self.types.stop_iteration, "async generator raised StopIteration")
                }
            }
        };
        if e.is(cls) {
            let new = self.runtime_error(msg);
            if let Some(ed) = &new.0.exc {
                let mut ed = ed.borrow_mut();
                ed.cause = e.value();
                ed.context = e.value();
                ed.suppress_context = true;
            }
            return new;
        }
        e
    }

    /// A frame to leave in `f`'s place when `f` goes elsewhere (a suspended generator) on
    /// the way out of the loop; it is recycled unrun.
    fn placeholder_frame(&mut self, f: &Frame) -> Box<Frame> {
        let code = f.code.clone();
        let g = f.globals.clone();
        self.alloc_frame_empty(&code, &g)
    }

    // ---- generators -----------------------------------------------------------------------

    /// Resumes `genr` from the loop: its innermost delegate's frame replaces `f` (which is
    /// pushed as the caller). Ok(false) when the generator is already finished.
    fn resume_inline(&mut self, f: &mut Box<Frame>, genr: &Rc<Generator>, send: Value, resumer: Resumer) -> PyResult<bool> {
        if genr.running.get() {
            return Err(self.value_error(format!("{} already executing", gen_kind_name(genr.kind))));
        }
        if genr.finished.get() {
            return Ok(false);
        }
        if self.depth() >= self.recursion_limit {
            return Err(self.new_error(&self.types.recursion_error.clone(), "maximum recursion depth exceeded"));
        }
        let mut leaf = self.take_leaf_frame(genr, send)?;
        leaf.resumer = resumer;
        let caller = std::mem::replace(f, leaf);
        self.frames.push(caller);
        Ok(true)
    }

    /// Walks the `yield from` chain of `genr` to its innermost generator and takes that
    /// frame out, ready to run (the sent value pushed), with the chain recorded in it.
    pub fn take_leaf_frame(&mut self, genr: &Rc<Generator>, send: Value) -> PyResult<Box<Frame>> {
        if genr.delegate.borrow().is_none() {
            // Not delegating: the generator's own frame resumes (the common case).
            let mut slot = genr.frame.borrow_mut();
            let Some(fr) = slot.as_mut() else {
                drop(slot);
                return Err(self.value_error(format!("{} already executing", gen_kind_name(genr.kind))));
            };
            if fr.started {
                fr.stack.push(send);
            } else if !send.is_none() {
                drop(slot);
                return Err(self.type_error(format!("can't send non-None value to a just-started {}", gen_kind_name(genr.kind))));
            } else {
                fr.started = true;
            }
            let Some(mut fr) = slot.take() else { unreachable!("checked above") };
            drop(slot);
            genr.running.set(true);
            fr.owner = Some(genr.clone());
            return Ok(fr);
        }
        let mut chain: Vec<Rc<Generator>> = vec![];
        let mut cur = genr.clone();
        loop {
            let next = cur.delegate.borrow().clone();
            match next {
                Some(d) if !d.finished.get() => {
                    chain.push(cur);
                    cur = d;
                }
                _ => break,
            }
        }
        let started = cur.frame.borrow().as_ref().map(|fr| fr.started).unwrap_or(true);
        if !started && !send.is_none() {
            return Err(self.type_error(format!("can't send non-None value to a just-started {}", gen_kind_name(cur.kind))));
        }
        let Some(mut fr) = cur.frame.borrow_mut().take() else {
            return Err(self.value_error(format!("{} already executing", gen_kind_name(cur.kind))));
        };
        if fr.started {
            fr.stack.push(send);
        }
        fr.started = true;
        for c in &chain {
            c.running.set(true);
        }
        cur.running.set(true);
        fr.owner = Some(cur);
        fr.chain = chain;
        Ok(fr)
    }

    /// `yield from` / `await` on a generator from a generator frame: suspend `f` in its
    /// generator and continue in the sub-generator, recording the chain.
    fn delegate_to(&mut self, f: &mut Box<Frame>, sub: &Rc<Generator>, v: Value) -> PyResult<()> {
        let started = sub.frame.borrow().as_ref().map(|fr| fr.started).unwrap_or(true);
        if !started && !v.is_none() {
            return Err(self.type_error(format!("can't send non-None value to a just-started {}", gen_kind_name(sub.kind))));
        }
        // Each level of delegation counts as a call, as in CPython (where every level is
        // a nested send).
        if self.depth() + f.chain.len() + 1 >= self.recursion_limit {
            return Err(self.new_error(&self.types.recursion_error.clone(), "maximum recursion depth exceeded"));
        }
        let Some(mut sf) = sub.frame.borrow_mut().take() else {
            return Err(self.value_error(format!("{} already executing", gen_kind_name(sub.kind))));
        };
        if sf.started {
            sf.stack.push(v);
        }
        sf.started = true;
        sub.running.set(true);
        f.ip -= 1;
        let my_gen = f.owner.take().expect("generator frame");
        *my_gen.delegate.borrow_mut() = Some(sub.clone());
        let mut chain = std::mem::take(&mut f.chain);
        chain.push(my_gen.clone());
        sf.resumer = std::mem::replace(&mut f.resumer, Resumer::Call);
        sf.owner = Some(sub.clone());
        sf.chain = chain;
        let suspended = std::mem::replace(f, sf);
        *my_gen.frame.borrow_mut() = Some(suspended);
        Ok(())
    }

    /// Resumes a generator from native code: send a value or throw an exception.
    pub fn gen_resume(&mut self, genr: &Rc<Generator>, send: Value, exc: Option<PyErr>) -> PyResult<Exit> {
        if genr.running.get() {
            return Err(self.value_error(format!("{} already executing", gen_kind_name(genr.kind))));
        }
        if genr.finished.get() {
            if let Some(e) = exc {
                if genr.kind == GenKind::Coroutine && !e.is(&self.types.generator_exit) {
                    let err = self.runtime_error("cannot reuse already awaited coroutine");
                    if let Some(ed) = &err.0.exc {
                        ed.borrow_mut().context = e.value();
                    }
                    return Err(err);
                }
                return Err(e);
            }
            if genr.kind == GenKind::Coroutine {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            if genr.kind == GenKind::AsyncGenerator {
                return Err(self.new_exception(&self.types.stop_async_iteration.clone(), vec![]));
            }
            return Ok(Exit::Return(Value::None));
        }
        if let Some(e) = exc {
            return self.gen_throw_inner(genr, e);
        }
        let mut fr = self.take_leaf_frame(genr, send)?;
        fr.resumer = Resumer::Native;
        self.execute(fr, None)
    }

    fn gen_throw_inner(&mut self, genr: &Rc<Generator>, e: PyErr) -> PyResult<Exit> {
        // The innermost generator receives the exception.
        let mut chain: Vec<Rc<Generator>> = vec![];
        let mut cur = genr.clone();
        loop {
            let next = cur.delegate.borrow().clone();
            match next {
                Some(d) if !d.finished.get() => {
                    chain.push(cur);
                    cur = d;
                }
                _ => break,
            }
        }
        let Some(mut fr) = cur.frame.borrow_mut().take() else {
            return Err(self.value_error(format!("{} already executing", gen_kind_name(cur.kind))));
        };
        let was_started = fr.started;
        fr.started = true;
        for c in &chain {
            c.running.set(true);
        }
        cur.running.set(true);
        fr.owner = Some(cur.clone());
        fr.chain = chain;
        fr.resumer = Resumer::Native;
        if !was_started {
            // Raised before the first instruction: point the traceback at the def line.
            fr.ip = 0;
        }
        // Suspended in `yield from` a non-generator iterator: delegate to its throw().
        if was_started && matches!(fr.code.instrs.get(fr.ip), Some(Instr::YieldFrom)) {
            let sub = fr.top().clone();
            if !matches!(sub, Value::Generator(_)) {
                let is_exit = e.is(&self.types.generator_exit);
                let res = if is_exit {
                    match self.get_attr_opt(&sub, "close")? {
                        Some(close) => self.call(&close, &[]).map(|_| None),
                        None => Ok(None),
                    }
                } else {
                    match self.get_attr_opt(&sub, "throw")? {
                        Some(throw) => match self.call(&throw, &[e.value()]) {
                            Ok(y) => Ok(Some(IterStep::Yield(y))),
                            Err(e2) if e2.is(&self.types.stop_iteration) => Ok(Some(IterStep::Return(stop_iteration_value(&e2)))),
                            Err(e2) => Err(e2),
                        },
                        None => Ok(None),
                    }
                };
                match res {
                    Ok(Some(IterStep::Yield(y))) => {
                        // Still suspended at the same YIELD_FROM.
                        let g = fr.owner.take().unwrap();
                        for c in &fr.chain {
                            c.running.set(false);
                        }
                        fr.chain.clear();
                        g.running.set(false);
                        *g.frame.borrow_mut() = Some(fr);
                        return Ok(Exit::Yield(y));
                    }
                    Ok(Some(IterStep::Return(v))) => {
                        fr.stack.pop();
                        fr.stack.push(v);
                        fr.ip += 1;
                        return self.execute(fr, None);
                    }
                    Ok(None) => {
                        fr.ip += 1;
                        return self.execute(fr, Some(e));
                    }
                    Err(e2) => {
                        fr.ip += 1;
                        return self.execute(fr, Some(e2));
                    }
                }
            }
        }
        self.execute(fr, Some(e))
    }
}

pub enum IterStep {
    Yield(Value),
    Return(Value),
}

pub fn stop_iteration_value(e: &PyErr) -> Value {
    if let Some(ed) = &e.0.exc
        && let Value::Tuple(t) = &ed.borrow().args
    {
        return t.first().cloned().unwrap_or(Value::None);
    }
    Value::None
}

pub fn gen_kind_name(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

fn cell_name(f: &Frame, i: usize) -> Rc<super::value::PyStr> {
    let nc = f.code.cellvars.len();
    if i < nc {
        f.code.cellvars[i].clone()
    } else {
        f.code.freevars[i - nc].clone()
    }
}

fn frame_chain_placeholder() -> Vec<Rc<Generator>> {
    vec![]
}

/// Int arithmetic the interpreter loop does inline; None when the result needs the general
/// path (overflow to big ints, division by a non-positive number, other operators).
#[inline(always)]
fn int_op(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        // For a positive divisor Python's floored division and modulo are the Euclidean ones.
        BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
        BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}

#[inline(always)]
fn int_cmp(op: CmpOp, x: i64, y: i64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        _ => false,
    }
}

/// `a is b`, with the common test against None inline.
#[inline(always)]
fn is_fast(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::None, _) | (_, Value::None) => false,
        _ => a.is(b),
    }
}
