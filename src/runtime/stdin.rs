//! Reading lines from standard input (`input()`), so that a thread waiting for input
//! blocks only itself: with other threads alive, the reader waits for fd 0 to be readable
//! in the scheduler (see vm::fiber) before reading what is there. The bytes read are kept
//! in one buffer, so a line split across reads comes out whole.

use std::cell::RefCell;

use crate::vm::fiber::WaitKind;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Default)]
struct StdinBuf {
    data: Vec<u8>,
    eof: bool,
}

thread_local! {
    static BUF: RefCell<StdinBuf> = RefCell::new(StdinBuf::default());
}

/// A whole line from the buffer (with its newline), or what is left at end of file.
fn take_line() -> Option<Vec<u8>> {
    BUF.with(|b| {
        let mut b = b.borrow_mut();
        if let Some(i) = b.data.iter().position(|&c| c == b'\n') {
            return Some(b.data.drain(..=i).collect());
        }
        if b.eof {
            return Some(std::mem::take(&mut b.data));
        }
        None
    })
}

/// One read(2) from fd 0 into the buffer. Err(()) on an interrupted read.
fn fill() -> Result<(), ()> {
    let mut chunk = [0u8; 4096];
    // SAFETY: reading into a valid buffer from fd 0.
    let n = unsafe { libc::read(0, chunk.as_mut_ptr().cast(), chunk.len()) };
    if n < 0 {
        let e = std::io::Error::last_os_error();
        if e.kind() == std::io::ErrorKind::Interrupted {
            return Err(());
        }
        BUF.with(|b| b.borrow_mut().eof = true);
        return Ok(());
    }
    BUF.with(|b| {
        let mut b = b.borrow_mut();
        if n == 0 {
            b.eof = true;
        } else {
            b.data.extend_from_slice(&chunk[..n as usize]);
        }
    });
    Ok(())
}

/// Can fd 0 be waited on (regular files and devices such as /dev/null are always ready,
/// and epoll refuses them)?
fn pollable() -> bool {
    // SAFETY: fstat on fd 0 into a zeroed stat buffer.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(0, &mut st) != 0 {
            return false;
        }
        match st.st_mode & libc::S_IFMT {
            libc::S_IFREG => false,
            // /dev/null and other devices epoll refuses; terminals it takes.
            libc::S_IFCHR => libc::isatty(0) == 1,
            _ => true,
        }
    }
}

/// Turns the raw line (newline kept; empty at end of file) into the caller's result.
pub type Finish = fn(&mut Vm, Value) -> PyResult<Value>;

/// Reads one line and gives it to `finish`. `parkable` is `Vm::can_park` read at the
/// entry of the calling native (a parked call delivers `finish`'s result later).
pub fn read_line(vm: &mut Vm, parkable: bool, finish: Finish) -> PyResult<Value> {
    // Standard input is the host's fd 0.
    vm.require(crate::vm::caps::Capability::Filesystem, "reading standard input")?;
    loop {
        if let Some(line) = take_line() {
            return finish(vm, Value::string(String::from_utf8_lossy(&line).into_owned()));
        }
        if vm.sched.threaded() && pollable() {
            // Wait for input in the scheduler; the rest of the line is read on resume.
            let resume: crate::vm::fiber::Resume = Box::new(move |vm: &mut Vm| {
                let _ = fill();
                read_line(vm, false, finish)
            });
            return vm.block(
                WaitKind::Fd {
                    fd: 0,
                    read: true,
                    write: false,
                },
                None,
                parkable,
                Some(resume),
            );
        }
        vm.flush_stdout();
        if fill().is_err() {
            vm.check_signals()?;
        }
    }
}
