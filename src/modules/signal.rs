//! `_signal`: the native half of the `signal` module (stdlib/signal.py adds the enums).
//! Handlers are recorded per signal; the process-level handler and the safe-point
//! machinery live in runtime/signals.rs.

use std::rc::Rc;

use super::add_fn;
use crate::runtime::signals::{self, Disposition};
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGSYS", libc::SIGSYS),
];

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_signal");
    {
        let mut d = m.dict.d.borrow_mut();
        for (name, n) in SIGNALS {
            d.set_str(name, Value::Int(*n as i64));
        }
        d.set_str("SIG_DFL", Value::Int(SIG_DFL));
        d.set_str("SIG_IGN", Value::Int(SIG_IGN));
        d.set_str("NSIG", Value::Int(signals::NSIG as i64));
    }
    add_fn(vm, &m, "default_int_handler", |vm, _, _| {
        Err(vm.new_exception(&vm.types.keyboard_interrupt.clone(), vec![]))
    });
    add_fn(vm, &m, "getsignal", |vm, a, _| {
        let sig = sig_arg(vm, a, "getsignal", 1)?;
        current_handler(vm, sig)
    });
    add_fn(vm, &m, "signal", |vm, a, _| {
        // Signal dispositions belong to the host process.
        vm.require(crate::vm::caps::Capability::Process, "signal.signal")?;
        let sig = sig_arg(vm, a, "signal", 2)?;
        let handler = a[1].clone();
        let disp = match &handler {
            Value::Int(SIG_DFL) => Disposition::Default,
            Value::Int(SIG_IGN) => Disposition::Ignore,
            h if crate::runtime::builtins::is_callable(vm, h) => Disposition::Python,
            _ => {
                return Err(vm.type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
            }
        };
        if sig == libc::SIGKILL || sig == libc::SIGSTOP {
            return Err(super::aspic_loop::errno_error(vm, libc::EINVAL));
        }
        let old = current_handler(vm, sig)?;
        signals::set_disposition(sig, disp).map_err(|e| super::aspic_loop::io_error(vm, &e))?;
        signals::set_python_handler(sig, Some(handler));
        Ok(old)
    });
    add_fn(vm, &m, "raise_signal", |vm, a, _| {
        vm.require(crate::vm::caps::Capability::Process, "signal.raise_signal")?;
        let sig = sig_arg(vm, a, "raise_signal", 1)?;
        // SAFETY: raise(3) with a valid signal number.
        if unsafe { libc::raise(sig) } != 0 {
            return Err(super::aspic_loop::io_error(vm, &std::io::Error::last_os_error()));
        }
        vm.check_signals()?;
        Ok(Value::None)
    });
    m
}

fn sig_arg(vm: &mut Vm, a: &[Value], name: &str, n: usize) -> PyResult<i32> {
    if a.len() != n {
        return Err(vm.type_error(format!(
            "{name} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    let sig = match &a[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        v => {
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
        }
    };
    if sig < 1 || sig >= signals::NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(sig as i32)
}

/// The Python-level handler for `sig`: the recorded one, else what the OS disposition
/// means (default_int_handler for our SIGINT handler, SIG_IGN, SIG_DFL).
fn current_handler(vm: &mut Vm, sig: i32) -> PyResult<Value> {
    if let Some(h) = signals::python_handler(sig) {
        return Ok(h);
    }
    Ok(match signals::disposition(sig) {
        Disposition::Ignore => Value::Int(SIG_IGN),
        Disposition::Python if sig == libc::SIGINT => {
            let m = vm.import_module("_signal")?;
            vm.get_attr_str(&m, "default_int_handler")?
        }
        _ => Value::Int(SIG_DFL),
    })
}
