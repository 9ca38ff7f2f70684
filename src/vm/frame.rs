//! Frames: the activation records the interpreter loop runs. They live on the VM's frame
//! stack (never on the Rust stack); a suspended generator owns its frame.

use std::rc::Rc;

use super::object::{CellObj, DictObj, Generator};
use super::value::Value;
use crate::compile::Code;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// An installed exception handler (try/except, try/finally, with).
    Except,
    /// A handler is running: the previously handled exception sits at `level` on the stack.
    HandlerActive,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Stack length when the block was set up.
    pub level: u32,
}

/// What happens when this frame returns or (for generators) yields.
#[derive(Clone, Debug)]
pub enum Resumer {
    /// An ordinary call from the frame below: push the return value there.
    Call,
    /// Started from Rust: leave the interpreter loop with the result.
    Native,
    /// A generator resumed by FOR_ITER in the frame below; exit jumps to the operand.
    ForIter(u32),
    /// A generator resumed by `next(g)` / `g.send(v)` called from the frame below: a
    /// return raises StopIteration there (or pushes the default of `next(g, default)`).
    Send(Option<Value>),
    /// `__init__` called by class instantiation from the frame below: its result must be
    /// None, and the instance is pushed instead.
    Init(Value),
    /// A Python `__next__` called by FOR_ITER in the frame below: a return pushes the item;
    /// StopIteration ends the loop (jump to the operand).
    IterNext(u32),
}

pub struct Frame {
    pub code: Rc<Code>,
    pub ip: usize,
    /// Local variable slots `[0, nlocals)` followed by the value stack.
    pub stack: Vec<Value>,
    pub cells: Vec<Rc<CellObj>>,
    pub blocks: Vec<Block>,
    pub globals: Rc<DictObj>,
    /// Namespace for LOAD_NAME/STORE_NAME (class bodies, exec with locals).
    pub locals: Option<Rc<DictObj>>,
    /// The exception being handled in this frame (for bare `raise` and chaining).
    pub handled_exc: Value,
    pub resumer: Resumer,
    /// For a generator frame: its generator while running, and the generators delegating to
    /// it with `yield from` (outermost first), which a yield skips over.
    pub owner: Option<Rc<Generator>>,
    pub chain: Vec<Rc<Generator>>,
    /// A generator frame that has been resumed at least once.
    pub started: bool,
}

impl Frame {
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }
    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        &self.stack[self.stack.len() - 1 - n]
    }
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}
