//! A global allocator that counts live bytes per OS thread, for embedders that want
//! memory limits on a VM (`Vm::limits.set_memory_limit`).
//!
//! The `aspic` binary does not install it: scripts run without the bookkeeping. A host
//! opts in with
//!
//! ```ignore
//! #[global_allocator]
//! static A: aspic::alloc::TrackingAllocator = aspic::alloc::TrackingAllocator;
//! ```
//!
//! Counting is per OS thread (a VM lives on one thread): an allocation adds to the count of
//! the thread that made it and a free subtracts from the thread that frees. Memory
//! allocated on one thread and freed on another therefore skews both counts (the first
//! stays too high, the second saturates at zero); VM values never cross threads, so this
//! only affects host-side data handed between threads.
//!
//! The allocator never refuses memory (a refusal aborts the process). Crossing the
//! thread's soft or hard threshold only records the event and raises the VM's safe-point
//! flag; the VM acts on it at its next safe point (see `vm::limits`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

static INSTALLED: AtomicBool = AtomicBool::new(false);

/// No threshold crossed (or the crossing was reported and usage fell back below soft).
const ARMED: u8 = 0;
/// Usage went past the soft limit; the VM has not reported it yet.
const SOFT_TRIPPED: u8 = 1;
/// MemoryError was raised; the next report is for the hard limit (or re-arming).
const SOFT_REPORTED: u8 = 2;
/// Usage went past the hard limit.
const HARD_TRIPPED: u8 = 3;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    /// Allocations that take usage above this take the slow path (usize::MAX: no limit).
    static HIGH: Cell<usize> = const { Cell::new(usize::MAX) };
    /// Frees that take usage below this take the slow path (re-arming the soft limit).
    static LOW: Cell<usize> = const { Cell::new(0) };
    static SOFT: Cell<usize> = const { Cell::new(usize::MAX) };
    static HARD: Cell<usize> = const { Cell::new(usize::MAX) };
    static STATE: Cell<u8> = const { Cell::new(ARMED) };
}

/// Counts live bytes per thread on top of the system allocator.
pub struct TrackingAllocator;

#[inline(always)]
fn added(n: usize) {
    if !INSTALLED.load(Ordering::Relaxed) {
        INSTALLED.store(true, Ordering::Relaxed);
    }
    // try_with: during thread teardown the slots may be gone; the count just stops.
    let _ = LIVE.try_with(|l| {
        let v = l.get().wrapping_add(n);
        l.set(v);
        if v > HIGH.with(|h| h.get()) {
            over_high(v);
        }
    });
}

#[inline(always)]
fn removed(n: usize) {
    let _ = LIVE.try_with(|l| {
        let v = l.get().saturating_sub(n);
        l.set(v);
        if v < LOW.with(|h| h.get()) {
            under_low(v);
        }
    });
}

#[cold]
fn over_high(v: usize) {
    if v > HARD.with(|h| h.get()) {
        STATE.with(|s| s.set(HARD_TRIPPED));
    } else {
        match STATE.with(|s| s.get()) {
            ARMED if v > SOFT.with(|s| s.get()) => STATE.with(|s| s.set(SOFT_TRIPPED)),
            SOFT_TRIPPED | HARD_TRIPPED => {}
            _ => return,
        }
    }
    // Raised on every allocation past the threshold until the VM takes the event:
    // another VM on another thread may have cleared the process-wide flag in between.
    crate::vm::set_finalize_pending(true);
}

/// Usage must fall this far below the soft limit before it is armed again, so that a
/// script hovering at the limit does not get MemoryError at every other allocation.
fn rearm_level(soft: usize) -> usize {
    soft - soft / 8
}

#[cold]
fn under_low(v: usize) {
    if STATE.with(|s| s.get()) == SOFT_REPORTED && v < rearm_level(SOFT.with(|s| s.get())) {
        STATE.with(|s| s.set(ARMED));
        LOW.with(|l| l.set(0));
        HIGH.with(|h| h.set(SOFT.with(|s| s.get())));
    }
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged; the
// bookkeeping only touches const-initialised thread-local cells (no allocation).
unsafe impl GlobalAlloc for TrackingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            added(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            added(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        removed(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                added(new_size - layout.size());
            } else {
                removed(layout.size() - new_size);
            }
        }
        p
    }
}

/// Has the tracking allocator served an allocation (is it the global allocator)?
pub fn installed() -> bool {
    INSTALLED.load(Ordering::Relaxed)
}

/// Live bytes allocated by the calling thread (0 when the allocator is not installed).
pub fn thread_allocated() -> usize {
    LIVE.with(|l| l.get())
}

/// A threshold crossing waiting for the VM.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MemoryEvent {
    Soft,
    Hard,
}

/// Sets the calling thread's absolute thresholds (usize::MAX: none) and re-arms them.
pub(crate) fn set_thread_limits(soft: usize, hard: usize) {
    SOFT.with(|s| s.set(soft));
    HARD.with(|h| h.set(hard));
    STATE.with(|s| s.set(ARMED));
    LOW.with(|l| l.set(0));
    HIGH.with(|h| h.set(soft.min(hard)));
}

/// Takes the crossing the allocator recorded on this thread, if any. A soft crossing is
/// reported once, then again only after usage has dropped well back below the soft limit
/// (see `rearm_level`).
pub(crate) fn take_event() -> Option<MemoryEvent> {
    match STATE.with(|s| s.get()) {
        SOFT_TRIPPED => {
            let (soft, hard) = (SOFT.with(|s| s.get()), HARD.with(|h| h.get()));
            if thread_allocated() < soft {
                // Already back below (a peak that has passed): nothing to report.
                set_thread_limits(soft, hard);
                return None;
            } else {
                STATE.with(|s| s.set(SOFT_REPORTED));
                LOW.with(|l| l.set(rearm_level(soft)));
                HIGH.with(|h| h.set(hard));
            }
            Some(MemoryEvent::Soft)
        }
        HARD_TRIPPED => {
            let (soft, hard) = (SOFT.with(|s| s.get()), HARD.with(|h| h.get()));
            if thread_allocated() >= hard {
                return Some(MemoryEvent::Hard);
            }
            // A passing peak (or memory freed since, after an abort): what is left is at
            // most a soft crossing.
            set_thread_limits(soft, hard);
            if thread_allocated() > soft {
                STATE.with(|s| s.set(SOFT_TRIPPED));
                return take_event();
            }
            None
        }
        _ => None,
    }
}

/// Would the calling thread's usage plus `extra` exceed its soft or hard threshold?
pub(crate) fn would_exceed(extra: usize) -> bool {
    let limit = SOFT.with(|s| s.get()).min(HARD.with(|h| h.get()));
    thread_allocated().saturating_add(extra) > limit
}
