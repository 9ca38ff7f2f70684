//! The `time` module.

use std::rc::Rc;

use super::add_fn;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::time::Duration;

use crate::vm::clock::{ns_to_secs, secs_to_ns};
use crate::vm::{PyResult, Vm};

/// The wall clock, for the functions that read it when given no time.
fn now(vm: &Vm, what: &str) -> PyResult<f64> {
    Ok(ns_to_secs(wall_ns(vm, what)?))
}

/// Only the wall clock is a capability: monotonic clocks reveal no date.
fn wall_ns(vm: &Vm, what: &str) -> PyResult<i128> {
    vm.require(crate::vm::caps::Capability::Clock, what)?;
    Ok(vm.clock.wall_ns())
}

fn int_ns(ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::BigInt(Rc::new(num_bigint::BigInt::from(ns))),
    }
}

/// Sleeps up to `d`, returning early when a signal arrives (the signal handler writes to
/// the wakeup pipe this waits on) or the VM is interrupted (its own wakeup pipe).
fn sleep_interruptibly(vm: &Vm, d: std::time::Duration) {
    if vm.wake_pending() {
        return;
    }
    let fds: Vec<i32> = [crate::runtime::signals::wake_fd(), vm.limits.interrupt_fd()]
        .into_iter()
        .flatten()
        .collect();
    if fds.is_empty() {
        std::thread::sleep(d);
        return;
    }
    let mut p: Vec<libc::pollfd> = fds
        .iter()
        .map(|&fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        })
        .collect();
    let ms = d.as_millis().min(i32::MAX as u128) as i32;
    // Round up so the sleep is never shorter than asked.
    let ms = if Duration::from_millis(ms as u64) < d {
        ms.saturating_add(1)
    } else {
        ms
    };
    // SAFETY: a valid array of pollfds of the given length.
    let n = unsafe { libc::poll(p.as_mut_ptr(), p.len() as libc::nfds_t, ms) };
    // A byte left over from a signal or interrupt already handled must not cut later
    // sleeps short.
    if n > 0 {
        let sig = crate::runtime::signals::wake_fd();
        if p.iter().any(|x| Some(x.fd) == sig && x.revents != 0) && !crate::runtime::signals::pending() {
            crate::runtime::signals::drain_wake_pipe();
        }
        vm.limits.clear_stale_wakeup();
    }
}

unsafe extern "C" {
    fn localtime_r(t: *const i64, tm: *mut Tm) -> *mut Tm;
    fn gmtime_r(t: *const i64, tm: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Tm {
    tm_sec: i32,
    tm_min: i32,
    tm_hour: i32,
    tm_mday: i32,
    tm_mon: i32,
    tm_year: i32,
    tm_wday: i32,
    tm_yday: i32,
    tm_isdst: i32,
    tm_gmtoff: i64,
    tm_zone: *const i8,
}

fn to_tm(t: f64, local: bool) -> Tm {
    let secs = t.floor() as i64;
    let mut tm = Tm::default_zeroed();
    unsafe {
        if local {
            localtime_r(&secs, &mut tm);
        } else {
            gmtime_r(&secs, &mut tm);
        }
    }
    tm
}

impl Tm {
    fn default_zeroed() -> Tm {
        Tm {
            tm_sec: 0,
            tm_min: 0,
            tm_hour: 0,
            tm_mday: 0,
            tm_mon: 0,
            tm_year: 0,
            tm_wday: 0,
            tm_yday: 0,
            tm_isdst: 0,
            tm_gmtoff: 0,
            tm_zone: std::ptr::null(),
        }
    }
}

fn struct_time(vm: &mut Vm, tm: &Tm) -> Value {
    let fields = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int(((tm.tm_wday + 6) % 7) as i64),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
    ];
    let _ = vm;
    Value::tuple(fields)
}

fn tm_from_value(vm: &mut Vm, v: &Value) -> PyResult<Tm> {
    let items = vm.iterate(v)?;
    if items.len() < 9 {
        return Err(vm.type_error("time.struct_time() takes a 9-sequence"));
    }
    let mut n = [0i64; 9];
    for (i, it) in items.iter().take(9).enumerate() {
        n[i] = vm.to_index(it)?;
    }
    let mut tm = Tm::default_zeroed();
    tm.tm_year = (n[0] - 1900) as i32;
    tm.tm_mon = (n[1] - 1) as i32;
    tm.tm_mday = n[2] as i32;
    tm.tm_hour = n[3] as i32;
    tm.tm_min = n[4] as i32;
    tm.tm_sec = n[5] as i32;
    tm.tm_wday = ((n[6] + 1) % 7) as i32;
    tm.tm_yday = (n[7] - 1) as i32;
    tm.tm_isdst = n[8] as i32;
    Ok(tm)
}

const DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn strftime(fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('Y') => out.push_str(&format!("{}", tm.tm_year + 1900)),
            Some('y') => out.push_str(&format!("{:02}", (tm.tm_year + 1900) % 100)),
            Some('m') => out.push_str(&format!("{:02}", tm.tm_mon + 1)),
            Some('d') => out.push_str(&format!("{:02}", tm.tm_mday)),
            Some('H') => out.push_str(&format!("{:02}", tm.tm_hour)),
            Some('I') => out.push_str(&format!("{:02}", if tm.tm_hour % 12 == 0 { 12 } else { tm.tm_hour % 12 })),
            Some('M') => out.push_str(&format!("{:02}", tm.tm_min)),
            Some('S') => out.push_str(&format!("{:02}", tm.tm_sec)),
            Some('p') => out.push_str(if tm.tm_hour < 12 { "AM" } else { "PM" }),
            Some('j') => out.push_str(&format!("{:03}", tm.tm_yday + 1)),
            Some('a') => out.push_str(&DAYS[tm.tm_wday.rem_euclid(7) as usize][..3]),
            Some('A') => out.push_str(DAYS[tm.tm_wday.rem_euclid(7) as usize]),
            Some('b') | Some('h') => out.push_str(&MONTHS[tm.tm_mon.rem_euclid(12) as usize][..3]),
            Some('B') => out.push_str(MONTHS[tm.tm_mon.rem_euclid(12) as usize]),
            Some('X') | Some('T') => out.push_str(&format!("{:02}:{:02}:{:02}", tm.tm_hour, tm.tm_min, tm.tm_sec)),
            Some('x') | Some('D') => out.push_str(&format!("{:02}/{:02}/{:02}", tm.tm_mon + 1, tm.tm_mday, (tm.tm_year + 1900) % 100)),
            Some('c') => out.push_str(&format!(
                "{} {} {:2} {:02}:{:02}:{:02} {}",
                &DAYS[tm.tm_wday.rem_euclid(7) as usize][..3],
                &MONTHS[tm.tm_mon.rem_euclid(12) as usize][..3],
                tm.tm_mday,
                tm.tm_hour,
                tm.tm_min,
                tm.tm_sec,
                tm.tm_year + 1900
            )),
            Some('w') => out.push_str(&format!("{}", tm.tm_wday)),
            Some('Z') => out.push_str("UTC"),
            Some('z') => out.push_str("+0000"),
            Some('%') => out.push('%'),
            Some(o) => {
                out.push('%');
                out.push(o);
            }
            None => out.push('%'),
        }
    }
    out
}

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("time");
    add_fn(vm, &m, "time", |vm, _, _| Ok(Value::Float(ns_to_secs(wall_ns(vm, "time.time")?))));
    add_fn(vm, &m, "time_ns", |vm, _, _| Ok(int_ns(wall_ns(vm, "time.time_ns")?)));
    add_fn(vm, &m, "perf_counter", |vm, _, _| {
        Ok(Value::Float(ns_to_secs(vm.clock.monotonic_ns())))
    });
    add_fn(vm, &m, "perf_counter_ns", |vm, _, _| Ok(int_ns(vm.clock.monotonic_ns())));
    add_fn(vm, &m, "monotonic", |vm, _, _| {
        Ok(Value::Float(ns_to_secs(vm.clock.monotonic_ns())))
    });
    add_fn(vm, &m, "monotonic_ns", |vm, _, _| Ok(int_ns(vm.clock.monotonic_ns())));
    add_fn(vm, &m, "process_time", |vm, _, _| {
        Ok(Value::Float(vm.start_time.elapsed().as_secs_f64()))
    });
    add_fn(vm, &m, "sleep", |vm, a, _| {
        let parkable = vm.can_park();
        let s = match a {
            [v] => match v {
                Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_) => vm.to_f64(v)?,
                _ => {
                    return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
                }
            },
            _ => return Err(vm.type_error(format!("time.sleep() takes exactly one argument ({} given)", a.len()))),
        };
        if s.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        if s < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        if s.is_infinite() || s > 9.2e9 {
            return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
        }
        vm.check_signals()?;
        if vm.sched.threaded() {
            // Only this thread sleeps (see vm::fiber).
            let deadline = vm.clock.monotonic_ns() + secs_to_ns(s);
            return vm.block(crate::vm::fiber::WaitKind::Sleep, Some(deadline), parkable, None);
        }
        if vm.clock.is_virtual() {
            vm.clock.advance_ns(secs_to_ns(s));
            return Ok(Value::None);
        }
        vm.flush_stdout();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(s);
        loop {
            let now = std::time::Instant::now();
            if now >= deadline {
                return Ok(Value::None);
            }
            sleep_interruptibly(vm, deadline - now);
            // A signal handler may raise (Ctrl-C); otherwise sleep on (PEP 475).
            vm.check_signals()?;
        }
    });
    add_fn(vm, &m, "localtime", |vm, a, _| {
        let t = match a.first() {
            Some(v) if !v.is_none() => vm.to_f64(v)?,
            _ => now(vm, "time.localtime")?,
        };
        Ok(struct_time(vm, &to_tm(t, true)))
    });
    add_fn(vm, &m, "mktime", |vm, a, _| {
        let v = a.first().cloned().unwrap_or(Value::None);
        let mut tm = tm_from_value(vm, &v)?;
        tm.tm_isdst = -1;
        // SAFETY: tm is a valid, initialised struct tm.
        let t = unsafe { mktime(&mut tm) };
        if t == -1 {
            return Err(vm.overflow_error("mktime argument out of range"));
        }
        Ok(Value::Float(t as f64))
    });
    add_fn(vm, &m, "gmtime", |vm, a, _| {
        let t = match a.first() {
            Some(v) if !v.is_none() => vm.to_f64(v)?,
            _ => now(vm, "time.gmtime")?,
        };
        Ok(struct_time(vm, &to_tm(t, false)))
    });
    add_fn(vm, &m, "strftime", |vm, a, _| {
        let fmt = match a.first() {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => return Err(vm.type_error("strftime() argument 1 must be str")),
        };
        let tm = match a.get(1) {
            Some(v) => tm_from_value(vm, v)?,
            None => to_tm(now(vm, "time.strftime")?, true),
        };
        Ok(Value::string(strftime(&fmt, &tm)))
    });
    m.dict.d.borrow_mut().set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    if let Err(e) = vm.run_source(TIME_PY, "<frozen time>", &m.dict, None, crate::compile::Mode::Exec) {
        let msg = vm.format_exception(&e);
        vm.write_stderr(&msg);
    }
    m
}

const TIME_PY: &str = r#"
from _aspic_structseq import structseq as _ss
struct_time = _ss('time', 'struct_time', ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min',
                                          'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'])
del _ss

def _wrap(f):
    def wrapper(secs=None):
        return struct_time(f(secs))
    wrapper.__name__ = f.__name__
    wrapper.__qualname__ = f.__name__
    wrapper.__module__ = 'time'
    return wrapper

gmtime = _wrap(gmtime)
localtime = _wrap(localtime)
del _wrap
"#;
