//! Capabilities: which host resources a script may reach. An embedder denies some before
//! running untrusted code; every native that touches such a resource asks `Vm::require`
//! (or `Vm::check_fd` for raw descriptors) and the script sees `PermissionError`.
//!
//! The rules, per capability when denied:
//! - filesystem: no path operation (open, stat, listdir, mkdir, remove, rename, chmod,
//!   getcwd, chdir..., `_aspic_fs`, `importlib.reload` of a file), no import of `.py`
//!   files from disk (only native and embedded modules), no reading of standard input
//!   (`input()`, `sys.stdin`, the REPL's line editor: fd 0 is the host's),
//!   and raw-descriptor operations (`os.read/write/close/dup/dup2/fstat/lseek...`,
//!   `socket.socket(fileno=)`, `select`, epoll, the asyncio poller) only on descriptors the
//!   interpreter created for this script (pipes, sockets, socketpairs, epoll objects).
//!   `print` and `sys.stdout`/`sys.stderr` write through the VM's own output, not fds.
//!   `sys.executable` is empty. `os.path.exists` and friends, which swallow OSError,
//!   report False; `os.walk` yields nothing.
//! - network: no `socket()` of any family, no bind/connect/listen/accept/sendto, no name
//!   resolution (`getaddrinfo`, `gethostbyname`), and no raw-fd operation on a socket the
//!   interpreter did not create (a host's socket, even with filesystem access);
//!   `socketpair()` stays allowed (unnamed local IPC), as do send/recv on its ends.
//! - environment: `os.environ` reads as an empty mapping and `os.getenv` returns its
//!   default; setting or deleting a variable (`putenv`, `unsetenv`, item assignment)
//!   raises. Host identity (`socket.gethostname`) raises too. (aspic has no
//!   `os.environb`, `os.uname`, `os.getlogin` or `pwd`.)
//! - process: nothing that changes or ends the host process: `os._exit`, `os.kill`,
//!   `os.umask`, `os.chdir`, signal handlers and `raise_signal`,
//!   `_thread.interrupt_main`, `sys.setswitchinterval` (process-wide), raising
//!   `sys.setrecursionlimit` (more of the host thread's stack; lowering is allowed).
//!   `sys.exit` only raises `SystemExit`, as always.
//! - clock: no wall-clock reads (`time.time`, `time_ns`, `localtime()`/`gmtime()`/
//!   `strftime` without a time, hence `datetime.now/today/utcnow`, `date.today`).
//!   Monotonic clocks, `time.sleep`, timeouts and the asyncio loop (monotonic) still work.
//!   `os.stat`/`os.fstat` report timestamps as 0 (a new file's or pipe's tell the time).
//!
//! Interpreters sharing an OS thread share state (cached classes, asyncio's running
//! loop, async-generator hooks, pending finalizers), so one VM's code can end up running
//! inside another. Capabilities are therefore also capped per thread: once a restricted
//! VM has run code on a thread, every VM on that thread gets at most its capabilities
//! (`Vm::effective_caps`). A host runs each restricted VM on its own thread to keep
//! full-power VMs elsewhere unaffected.
//!
//! `PermissionError` carries errno EPERM. Set `Vm::caps` before running code (`os.environ`
//! checks on every read, but `sys.executable` is fixed when `sys` is first imported).

use std::cell::Cell;
use std::collections::HashSet;

use super::{PyResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capabilities {
    pub filesystem: bool,
    pub network: bool,
    pub environment: bool,
    pub process: bool,
    pub clock: bool,
}

impl Capabilities {
    pub const ALL: Capabilities = Capabilities {
        filesystem: true,
        network: true,
        environment: true,
        process: true,
        clock: true,
    };
    pub const NONE: Capabilities = Capabilities {
        filesystem: false,
        network: false,
        environment: false,
        process: false,
        clock: false,
    };

    /// What both allow.
    pub fn intersect(self, o: Capabilities) -> Capabilities {
        Capabilities {
            filesystem: self.filesystem && o.filesystem,
            network: self.network && o.network,
            environment: self.environment && o.environment,
            process: self.process && o.process,
            clock: self.clock && o.clock,
        }
    }

    pub fn allows(&self, cap: Capability) -> bool {
        match cap {
            Capability::Filesystem => self.filesystem,
            Capability::Network => self.network,
            Capability::Environment => self.environment,
            Capability::Process => self.process,
            Capability::Clock => self.clock,
        }
    }

    /// These capabilities with `cap` taken away.
    pub fn without(mut self, cap: Capability) -> Capabilities {
        match cap {
            Capability::Filesystem => self.filesystem = false,
            Capability::Network => self.network = false,
            Capability::Environment => self.environment = false,
            Capability::Process => self.process = false,
            Capability::Clock => self.clock = false,
        }
        self
    }
}

impl Default for Capabilities {
    fn default() -> Self {
        Capabilities::ALL
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Capability {
    Filesystem,
    Network,
    Environment,
    Process,
    Clock,
}

impl Capability {
    pub const EVERY: [Capability; 5] = [
        Capability::Filesystem,
        Capability::Network,
        Capability::Environment,
        Capability::Process,
        Capability::Clock,
    ];

    fn describe(self) -> &'static str {
        match self {
            Capability::Filesystem => "filesystem access",
            Capability::Network => "network access",
            Capability::Environment => "environment access",
            Capability::Process => "process control",
            Capability::Clock => "wall-clock access",
        }
    }
}

fn is_socket(fd: i32) -> bool {
    // SAFETY: a zeroed stat is a valid out-buffer; fstat only writes into it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: fstat on an integer descriptor into st.
    unsafe { libc::fstat(fd, &mut st) == 0 && st.st_mode & libc::S_IFMT == libc::S_IFSOCK }
}

thread_local! {
    /// The capabilities of every restricted VM that ran code on this thread, intersected.
    static THREAD_CEILING: Cell<Capabilities> = const { Cell::new(Capabilities::ALL) };
}

/// Descriptors the interpreter created for the script. When the filesystem is denied,
/// raw-fd operations are allowed only on these: any other number may be one of the
/// host's (its stdio, its sockets, its files).
#[derive(Default)]
pub struct OwnedFds(std::cell::RefCell<HashSet<i32>>);

impl Vm {
    /// This VM's capabilities as enforced: its own, within the thread's ceiling.
    pub fn effective_caps(&self) -> Capabilities {
        self.caps.intersect(THREAD_CEILING.with(|c| c.get()))
    }

    /// Called whenever the VM starts running code: a restricted VM lowers the ceiling of
    /// its thread before any of its code can run.
    pub(crate) fn note_caps(&self) {
        if self.caps != Capabilities::ALL {
            THREAD_CEILING.with(|c| c.set(c.get().intersect(self.caps)));
        }
    }

    /// Ok when `cap` is granted; otherwise the `PermissionError` a denied script sees.
    /// `what` names the operation (`open`, `socket.connect`).
    pub fn require(&self, cap: Capability, what: &str) -> PyResult<()> {
        let eff = self.effective_caps();
        if eff.allows(cap) {
            return Ok(());
        }
        let mut e = self.permission_error(cap, what);
        if self.caps.allows(cap) {
            e = self.denied(format!(
                "{what}: {} is disabled on this thread (a restricted interpreter ran on it)",
                cap.describe()
            ));
        }
        Err(e)
    }

    pub fn permission_error(&self, cap: Capability, what: &str) -> super::PyErr {
        self.denied(format!("{what}: {} is disabled in this interpreter", cap.describe()))
    }

    /// `PermissionError(EPERM, msg)`: errno and strerror set, as code handling OSError
    /// expects of a failed system call.
    fn denied(&self, msg: String) -> super::PyErr {
        let cls = self
            .types
            .by_name
            .get("PermissionError")
            .cloned()
            .unwrap_or_else(|| self.types.os_error.clone());
        self.new_exception(
            &cls,
            vec![super::value::Value::Int(libc::EPERM as i64), super::value::Value::string(msg)],
        )
    }

    /// Records a descriptor a native just created for the script.
    pub fn own_fd(&self, fd: i32) {
        if fd >= 0 {
            self.owned_fds.0.borrow_mut().insert(fd);
        }
    }

    /// Forgets a descriptor the script closed: its number may next be the host's.
    pub fn release_fd(&self, fd: i32) {
        self.owned_fds.0.borrow_mut().remove(&fd);
    }

    pub fn owns_fd(&self, fd: i32) -> bool {
        self.owned_fds.0.borrow().contains(&fd)
    }

    /// Ok when the script may operate on raw descriptor `fd`: one this interpreter
    /// created, or with filesystem access any other, except that a host socket (one the
    /// process had open) also needs network access.
    pub fn check_fd(&self, fd: i32, what: &str) -> PyResult<()> {
        let eff = self.effective_caps();
        if (eff.filesystem && eff.network) || self.owns_fd(fd) {
            return Ok(());
        }
        if !eff.filesystem {
            return Err(self.denied(format!(
                "{what}: file descriptor {fd} was not created by this interpreter (filesystem access is disabled)"
            )));
        }
        if !eff.network && is_socket(fd) {
            return Err(self.permission_error(Capability::Network, &format!("{what} on host socket {fd}")));
        }
        Ok(())
    }
}
