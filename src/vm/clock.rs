//! The VM's clock: the real clocks, or one virtual clock for `--virtual-time` runs.
//!
//! Virtual time lets a program that sleeps (on `time.sleep` or on the event loop's
//! `Poller.wait` with nothing to wait for) finish at once with the output it would print
//! in real time. The virtual clock starts at the real wall and monotonic values and only
//! moves when the program would have slept. It is kept in integer nanoseconds so that
//! durations add up exactly, and its start values are rounded down to 1/512 s so that
//! `t1 - t0` computed on floats is exact for sleeps that are exact in binary (a
//! `time.sleep(100)` shows up as exactly `100.0`).

use std::cell::Cell;

pub const NS_PER_SEC: i128 = 1_000_000_000;

/// 1/512 s, the grid the virtual clock starts on (a power of two fraction of a second
/// that is a whole number of nanoseconds).
const START_GRID_NS: i128 = 1_953_125;
/// Where the virtual monotonic clock starts (1000 s).
const VIRTUAL_MONOTONIC_START_NS: i128 = 1_000_000_000_000;

pub struct Clock {
    virt: Option<VirtualClock>,
}

struct VirtualClock {
    wall_start_ns: i128,
    mono_start_ns: i128,
    elapsed_ns: Cell<i128>,
}

/// Real wall-clock time (`time.time_ns()`).
pub fn real_wall_ns() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Real monotonic time (CLOCK_MONOTONIC, as CPython's `time.monotonic()` and
/// `time.perf_counter()` read on Linux).
pub fn real_monotonic_ns() -> i128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid timespec to write to.
    let r = unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    if r != 0 {
        return 0;
    }
    ts.tv_sec as i128 * NS_PER_SEC + ts.tv_nsec as i128
}

/// Nanoseconds to float seconds, exact whenever the result is representable (whole
/// seconds and the fraction converted separately).
pub fn ns_to_secs(ns: i128) -> f64 {
    let whole = ns.div_euclid(NS_PER_SEC);
    let frac = ns.rem_euclid(NS_PER_SEC);
    whole as f64 + frac as f64 / 1e9
}

/// Float seconds to nanoseconds, rounded to the nearest (saturating; NaN gives 0).
pub fn secs_to_ns(s: f64) -> i128 {
    if s.is_nan() {
        return 0;
    }
    let ns = (s * 1e9).round();
    if ns >= i128::MAX as f64 / 4.0 {
        i128::MAX / 4
    } else if ns <= i128::MIN as f64 / 4.0 {
        i128::MIN / 4
    } else {
        ns as i128
    }
}

impl Clock {
    pub fn real() -> Clock {
        Clock { virt: None }
    }

    /// A virtual clock starting now (rounded down to the 1/512 s grid).
    pub fn new_virtual() -> Clock {
        let grid = |ns: i128| ns - ns.rem_euclid(START_GRID_NS);
        Clock {
            virt: Some(VirtualClock {
                wall_start_ns: grid(real_wall_ns()),
                // A fixed origin (not the machine's uptime): float sums of loop times
                // then round the same way on every run, so timers due at the same
                // instant (0.1 + 0.2 vs 0.3) always fire in the same order.
                mono_start_ns: VIRTUAL_MONOTONIC_START_NS,
                elapsed_ns: Cell::new(0),
            }),
        }
    }

    pub fn is_virtual(&self) -> bool {
        self.virt.is_some()
    }

    /// `time.time_ns()`
    pub fn wall_ns(&self) -> i128 {
        match &self.virt {
            Some(v) => v.wall_start_ns + v.elapsed_ns.get(),
            None => real_wall_ns(),
        }
    }

    /// `time.monotonic_ns()`, `time.perf_counter_ns()` and the event loop's clock.
    pub fn monotonic_ns(&self) -> i128 {
        match &self.virt {
            Some(v) => v.mono_start_ns + v.elapsed_ns.get(),
            None => real_monotonic_ns(),
        }
    }

    /// Moves a virtual clock forward (no effect on the real clock or for negative spans).
    pub fn advance_ns(&self, ns: i128) {
        if let Some(v) = &self.virt
            && ns > 0
        {
            v.elapsed_ns.set(v.elapsed_ns.get().saturating_add(ns));
        }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::real()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_durations_are_exact() {
        let c = Clock::new_virtual();
        let t0 = ns_to_secs(c.monotonic_ns());
        let w0 = ns_to_secs(c.wall_ns());
        c.advance_ns(secs_to_ns(100.0));
        assert_eq!(ns_to_secs(c.monotonic_ns()) - t0, 100.0);
        assert_eq!(ns_to_secs(c.wall_ns()) - w0, 100.0);
        for _ in 0..10 {
            c.advance_ns(secs_to_ns(0.1));
        }
        assert_eq!(c.monotonic_ns() - secs_to_ns(t0), 101 * NS_PER_SEC);
    }

    #[test]
    fn real_clock_ignores_advance() {
        let c = Clock::real();
        let a = c.monotonic_ns();
        c.advance_ns(NS_PER_SEC * 1000);
        assert!(c.monotonic_ns() - a < NS_PER_SEC * 100);
    }
}
