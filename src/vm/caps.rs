//! Capabilities: which host resources a script may reach. An embedder denies some before
//! running untrusted code; every native that touches such a resource asks `Vm::require`
//! (or `Vm::check_fd` for raw descriptors) and the script sees `PermissionError`.
//!
//! The rules, per capability when denied:
//! - filesystem: no path operation (open, stat, listdir, mkdir, remove, rename, chmod,
//!   getcwd, chdir...), no import of `.py` files from disk (only native and embedded
//!   modules), no reading of standard input (`input()`, `sys.stdin`: fd 0 is the host's),
//!   and raw-descriptor operations (`os.read/write/close/dup/dup2/fstat/lseek...`,
//!   `socket.socket(fileno=)`, `select`, epoll, the asyncio poller) only on descriptors the
//!   interpreter created for this script (pipes, sockets, socketpairs, epoll objects).
//!   `print` and `sys.stdout`/`sys.stderr` write through the VM's own output, not fds.
//! - network: no `socket()` of any family, no bind/connect/listen/accept/sendto, no name
//!   resolution (`getaddrinfo`, `gethostbyname`); `socketpair()` stays allowed (unnamed
//!   local IPC, which asyncio's self-pipe uses), as do send/recv on its ends.
//! - environment: `os.environ`/`os.environb` read as empty mappings and `os.getenv`
//!   returns its default; setting or deleting a variable (`putenv`, `unsetenv`, item
//!   assignment) raises. Host identity (`os.uname`, `socket.gethostname`) raises too.
//! - process: nothing that changes or ends the host process: `os._exit`, `os.kill`,
//!   `os.umask`, `os.chdir`, signal handlers and `raise_signal`,
//!   `_thread.interrupt_main`, `sys.setswitchinterval` (process-wide). `sys.exit` only
//!   raises `SystemExit`, as always.
//! - clock: no wall-clock reads (`time.time`, `time_ns`, `localtime()`/`gmtime()`/
//!   `strftime` without a time, hence `datetime.now/today/utcnow`, `date.today`).
//!   Monotonic clocks, `time.sleep`, timeouts and the asyncio loop (monotonic) still work.

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

/// Descriptors the interpreter created for the script. When the filesystem is denied,
/// raw-fd operations are allowed only on these: any other number may be one of the
/// host's (its stdio, its sockets, its files).
#[derive(Default)]
pub struct OwnedFds(std::cell::RefCell<HashSet<i32>>);

impl Vm {
    /// Ok when `cap` is granted; otherwise the `PermissionError` a denied script sees.
    /// `what` names the operation (`open`, `socket.connect`).
    pub fn require(&self, cap: Capability, what: &str) -> PyResult<()> {
        if self.caps.allows(cap) {
            return Ok(());
        }
        Err(self.permission_error(cap, what))
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

    /// Ok when the script may operate on raw descriptor `fd`: always with filesystem
    /// access, otherwise only on descriptors this interpreter created.
    pub fn check_fd(&self, fd: i32, what: &str) -> PyResult<()> {
        if self.caps.filesystem || self.owns_fd(fd) {
            return Ok(());
        }
        Err(self.denied(format!(
            "{what}: file descriptor {fd} was not created by this interpreter (filesystem access is disabled)"
        )))
    }
}
