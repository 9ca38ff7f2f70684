//! The instruction set and code objects.

use std::rc::Rc;

use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::value::{PyStr, Value};

/// One instruction: an opcode with an inline operand (8 bytes).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    PopTop,
    /// Push a copy of the n-th item from the top (1 = TOS).
    Copy(u32),
    /// Swap TOS with the n-th item (2 = the one below TOS).
    Swap(u32),
    /// Rotate the top n items: TOS moves down to position n.
    RotN(u32),

    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells and free variables: index into the frame's cell array.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure).
    LoadClosure(u32),
    /// In a class body: look in the class namespace first, then the cell.
    LoadClassDeref(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),

    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Push (method, self) or (NULL, attr) for a following CallMethod.
    LoadMethod(u32),
    CallMethod(u32),

    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BuildSlice(u32),

    Binary(BinOp),
    Inplace(BinOp),
    Compare(CmpOp),
    UnaryNot,
    UnaryNeg,
    UnaryPos,
    UnaryInvert,

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// Fused `Compare` + `PopJumpIfFalse` for the common `<`, `>`, ... in loop tests.
    CompareJumpIfFalse(CmpOp, u32),

    GetIter,
    /// TOS is an iterator: push its next value, or pop it and jump when exhausted.
    ForIter(u32),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// n key/value pairs.
    BuildMap(u32),
    BuildString(u32),
    /// Append TOS to the list n items down (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like DictUpdate but rejects duplicate keys (for `**` in calls).
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// Starred unpacking: operand = before | (after << 16).
    UnpackEx(u32),
    /// Operand: conversion (0 none, 1 s, 2 r, 3 a) | 4 if a format spec is on the stack.
    FormatValue(u32),

    /// Operand flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations, 8 closure tuple.
    /// TOS is the code object, then the qualname constant index is in the code itself.
    MakeFunction(u32),
    Call(u32),
    /// TOS is a tuple of keyword names; operand = total argument count.
    CallKw(u32),
    /// Operand 1 when a kwargs dict is present; args tuple below it.
    CallEx(u32),
    ReturnValue,

    YieldValue,
    /// Make TOS an iterator for `yield from` (generators stay as is).
    GetYieldFromIter,
    /// TOS is the value to send, TOS1 the sub-iterator.
    YieldFrom,
    /// Operand: 0 `await`, 1 after `__aenter__`, 2 after `__aexit__` (for error messages).
    GetAwaitable(u32),
    GetAiter,
    GetAnext,
    /// For `async for`: end the loop on StopAsyncIteration.
    EndAsyncFor(u32),
    /// `except*` entry: stack prev, exc -> prev, exc, rest (a group), raised (a list).
    PrepStar,
    /// `except* T`: pops T; splits `rest` (3rd from top after the pop) into the part
    /// matching T, which is pushed, and the remainder; jumps to the operand when nothing
    /// matches.
    StarMatch(u32),
    /// End of `except*` handlers: stack prev, exc, rest, raised -> prev when everything was
    /// handled; otherwise raises what is left (and what the handlers raised).
    StarReraise,

    /// Push an exception-handler block jumping to the operand.
    SetupExcept(u32),
    /// SetupExcept for a `with` block, right after BEFORE_WITH: the handler's stack level
    /// leaves out the `__enter__` result on top (stored or popped next), so unwinding
    /// finds `__exit__` on top of the stack.
    SetupWith(u32),
    PopBlock,
    /// Leave an except handler: restore the previously handled exception.
    PopExcept,
    /// Re-raise TOS (an exception), keeping its traceback.
    Reraise,
    /// 0: bare raise, 1: raise TOS, 2: raise TOS1 from TOS.
    Raise(u32),
    /// TOS is a type (or tuple), TOS1 the exception: replace TOS with the match result.
    CheckExcMatch,
    /// TOS context manager -> push bound __exit__, then the result of __enter__().
    BeforeWith,
    BeforeAsyncWith,
    /// Stack: exit, prev_exc, exc -> call exit(type, exc, tb), push the result.
    WithExceptStart,

    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    LoadBuildClass,
    LoadAssertionError,
    SetupAnnotations,
    /// REPL: print TOS if not None and bind `_`.
    PrintExpr,
    /// Push the namespace dict of a class body.
    LoadLocals,

    // Structural pattern matching (the `match` statement).
    /// Push whether TOS is a sequence pattern subject (not str/bytes/bytearray).
    MatchSequence,
    /// Push whether TOS is a mapping pattern subject.
    MatchMapping,
    /// Push len(TOS), keeping TOS.
    GetLen,
    /// Stack: subject, keys tuple -> subject, keys, tuple of values (or None if a key is missing).
    MatchKeys,
    /// Stack: subject, class, tuple of keyword names -> tuple of attributes, or None when the
    /// subject does not match. The argument is the number of positional sub-patterns.
    MatchClass(u32),
    /// Stack: subject, keys tuple -> subject, dict of the subject's other items.
    CopyDictWithoutKeys,

    // Superinstructions, made by `fuse` from the instructions that follow them (which stay
    // in place as jump targets). Each runs its whole sequence when the operands allow the
    // inline fast path, and otherwise runs as its first instruction only.
    /// LoadFast(a) LoadFast(b).
    LoadFastLoadFast(u16, u16),
    /// LoadFast(l) LoadConst(c) Binary(op), c an int.
    FastConstBinary(u16, u16, BinOp),
    /// LoadFast(l) LoadConst(c) Inplace(op), c an int.
    FastConstInplace(u16, u16, BinOp),
    /// LoadConst(c) Binary(op), c an int.
    ConstBinary(u16, BinOp),
    /// LoadFast(l) LoadConst(c) CompareJumpIfFalse(op, target), c an int.
    FastConstCompareJump(u16, u16, CmpOp),
    /// LoadFast(l) LoadAttr(n): `self.x`, the instance never pushed.
    LoadFastAttr(u16, u16),
    /// LoadFast(l) StoreAttr(n): `self.x = ...`.
    StoreFastAttr(u16, u16),
}

/// Replaces common instruction sequences by superinstructions (see `Instr::LoadFastLoadFast`).
/// Only the first instruction of a sequence is replaced, so jump targets stay valid.
pub fn fuse(mut instrs: Vec<Instr>, consts: &[Value]) -> Vec<Instr> {
    let orig = instrs.clone();
    let small = |x: u32| u16::try_from(x).ok();
    let int_const = |c: u32| matches!(consts.get(c as usize), Some(Value::Int(_))).then(|| small(c)).flatten();
    for i in 0..orig.len() {
        let next = |k: usize| orig.get(i + k).copied();
        let fused = match (orig[i], next(1), next(2)) {
            (Instr::LoadFast(l), Some(Instr::LoadConst(c)), Some(third)) => match (small(l), int_const(c), third) {
                (Some(l), Some(c), Instr::Binary(op)) => Some(Instr::FastConstBinary(l, c, op)),
                (Some(l), Some(c), Instr::Inplace(op)) => Some(Instr::FastConstInplace(l, c, op)),
                (Some(l), Some(c), Instr::CompareJumpIfFalse(op, _))
                    if !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) =>
                {
                    Some(Instr::FastConstCompareJump(l, c, op))
                }
                _ => None,
            },
            (Instr::LoadFast(a), Some(Instr::LoadFast(b)), _) => match (small(a), small(b)) {
                (Some(a), Some(b)) => Some(Instr::LoadFastLoadFast(a, b)),
                _ => None,
            },
            (Instr::LoadFast(l), Some(Instr::LoadAttr(n)), _) => match (small(l), small(n)) {
                (Some(l), Some(n)) => Some(Instr::LoadFastAttr(l, n)),
                _ => None,
            },
            (Instr::LoadFast(l), Some(Instr::StoreAttr(n)), _) => match (small(l), small(n)) {
                (Some(l), Some(n)) => Some(Instr::StoreFastAttr(l, n)),
                _ => None,
            },
            (Instr::LoadConst(c), Some(Instr::Binary(op)), _) => int_const(c).map(|c| Instr::ConstBinary(c, op)),
            // `while True:`: the test always passes.
            (Instr::LoadConst(c), Some(Instr::PopJumpIfFalse(_)), _) if matches!(consts.get(c as usize), Some(Value::Bool(true))) => {
                Some(Instr::Jump(i as u32 + 2))
            }
            _ => None,
        };
        if let Some(f) = fused {
            instrs[i] = f;
        }
    }
    instrs
}

/// A compiled function, module or class body.
pub struct Code {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction (parallel to `instrs`).
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    /// Local variable names: parameters first, in order.
    pub varnames: Vec<Rc<PyStr>>,
    pub cellvars: Vec<Rc<PyStr>>,
    pub freevars: Vec<Rc<PyStr>>,
    /// For each cell variable that is also a parameter: (cell index, parameter slot).
    pub cell2arg: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub docstring: Option<Value>,
    /// Source text for tracebacks (shared by all code objects of one file).
    pub source: Option<Rc<str>>,
    /// Plain positional parameters, no cells, not a generator: calls may take the fast path.
    pub fast_call: bool,
    /// LOAD_METHOD inline cache, per entry of `names` the two most recent (class uid, class
    /// epoch, the plain function found on the class, the address of an instance shape seen
    /// without the name, or 0).
    pub method_cache: std::cell::RefCell<Vec<[MethodCacheEntry; 2]>>,
    /// LOAD_ATTR/STORE_ATTR inline cache: the two most recent (class uid, class epoch) for
    /// which the name is a plain instance-dict attribute (uid 0: empty).
    /// Cells, not a RefCell: the interpreter loop probes them on every attribute access.
    pub attr_cache: Box<[std::cell::Cell<AttrCacheEntry>]>,
    /// Beside `attr_cache`: the value index where the attribute was last found in an
    /// instance's shared layout (checked against the layout's key there before use).
    pub shape_cache: Box<[std::cell::Cell<usize>]>,
    /// LOAD_GLOBAL inline cache, one slot per entry of `names`.
    pub global_cache: std::cell::RefCell<Vec<Option<GlobalCache>>>,
}

/// Two (class uid, class epoch) pairs; uid 0 is empty.
pub type AttrCacheEntry = [(u64, u64); 2];

pub type MethodCacheEntry = Option<(u64, u64, Value, std::cell::Cell<usize>)>;

/// A cached global (or builtin) lookup, valid while neither dict has changed. It records
/// where the value is, not the value, so the cache never keeps an object alive.
#[derive(Clone, Copy)]
pub struct GlobalCache {
    pub globals: usize,
    pub globals_version: u64,
    pub builtins_version: u64,
    pub in_builtins: bool,
    pub index: usize,
}

impl Code {
    /// A copy with other flags (`types.coroutine` marks generator code as an iterable
    /// coroutine); the inline caches start empty.
    pub fn with_flags(&self, flags: u32) -> Code {
        Code {
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            filename: self.filename.clone(),
            firstlineno: self.firstlineno,
            instrs: self.instrs.clone(),
            lines: self.lines.clone(),
            consts: self.consts.clone(),
            names: self.names.clone(),
            varnames: self.varnames.clone(),
            cellvars: self.cellvars.clone(),
            freevars: self.freevars.clone(),
            cell2arg: self.cell2arg.clone(),
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags,
            stacksize: self.stacksize,
            docstring: self.docstring.clone(),
            source: self.source.clone(),
            fast_call: self.fast_call,
            method_cache: std::cell::RefCell::new(vec![[None, None]; self.method_cache.borrow().len()]),
            attr_cache: (0..self.attr_cache.len()).map(|_| Default::default()).collect(),
            shape_cache: (0..self.shape_cache.len()).map(|_| Default::default()).collect(),
            global_cache: std::cell::RefCell::new(vec![None; self.global_cache.borrow().len()]),
        }
    }

    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.firstlineno)
    }
    pub fn is_generator_like(&self) -> bool {
        self.flags & (crate::vm::object::CO_GENERATOR | crate::vm::object::CO_COROUTINE | crate::vm::object::CO_ASYNC_GENERATOR) != 0
    }
}

/// A human-readable listing of a code object and the code objects nested in it.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    out.push_str(&format!("Disassembly of <code object {}>:\n", code.qualname.as_str()));
    let mut last_line = 0;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.line_at(i);
        let l = if line != last_line {
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        last_line = line;
        let extra = match ins {
            Instr::LoadConst(c) => format!(" ({})", const_text(&code.consts[*c as usize])),
            Instr::LoadFast(n) | Instr::StoreFast(n) | Instr::DeleteFast(n) => {
                format!(" ({})", code.varnames.get(*n as usize).map(|s| s.as_str()).unwrap_or("?"))
            }
            Instr::LoadGlobal(n)
            | Instr::StoreGlobal(n)
            | Instr::LoadName(n)
            | Instr::StoreName(n)
            | Instr::LoadAttr(n)
            | Instr::StoreAttr(n)
            | Instr::LoadMethod(n)
            | Instr::ImportName(n)
            | Instr::ImportFrom(n) => {
                format!(" ({})", code.names.get(*n as usize).map(|s| s.as_str()).unwrap_or("?"))
            }
            _ => String::new(),
        };
        out.push_str(&format!("{l} {i:>6} {ins:?}{extra}\n"));
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn const_text(v: &Value) -> String {
    match v {
        Value::Code(c) => format!("<code {}>", c.qualname.as_str()),
        Value::Str(s) => format!("{:?}", s.as_str()),
        other => format!("{other:?}"),
    }
}
