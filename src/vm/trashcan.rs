//! Dropping deeply nested containers without deep Rust recursion (CPython's "trashcan").
//!
//! A list of a list of ... a million levels deep would drop recursively, one Rust frame
//! per level, and overflow the stack. Containers hand their items to [`dispose`]; past a
//! nesting depth the items wait in a per-thread queue that the outermost drop empties in
//! a loop.

use std::cell::{Cell, RefCell};

use super::value::Value;

/// Nested drops allowed before items are deferred.
const MAX_DEPTH: u32 = 64;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<Vec<Value>>> = const { RefCell::new(Vec::new()) };
}

/// Values whose drop cannot recurse into further containers.
#[inline]
pub fn is_leaf(v: &Value) -> bool {
    matches!(
        v,
        Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::BigInt(_)
    )
}

/// Drops a container's items, deferring them when drops are already deeply nested.
pub fn dispose(items: Vec<Value>) {
    // Leaves need no care: ints, strings and the like end the recursion at once.
    if items.iter().all(is_leaf) {
        drop(items);
        return;
    }
    let Ok(depth) = DEPTH.try_with(|d| d.get()) else {
        // Thread teardown: no bookkeeping left; drop as is.
        drop(items);
        return;
    };
    if depth >= MAX_DEPTH {
        // (Should the queue be gone, at thread exit, the items drop with the closure.)
        let _ = DEFERRED.try_with(|q| q.borrow_mut().push(items));
        return;
    }
    let _ = DEPTH.try_with(|d| d.set(depth + 1));
    drop(items);
    if depth == 0 {
        // The outermost drop empties the queue (items dropped here may defer more).
        while let Some(batch) = DEFERRED.try_with(|q| q.borrow_mut().pop()).ok().flatten() {
            drop(batch);
        }
    }
    let _ = DEPTH.try_with(|d| d.set(depth));
}
