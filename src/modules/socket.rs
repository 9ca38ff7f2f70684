//! `_socket`: BSD sockets over libc, on raw file descriptors. The `socket.socket` class
//! itself is Python (stdlib/socket.py) and keeps the fd, family, type and timeout; the
//! functions here take the fd and do one operation each.
//!
//! Every fd is O_NONBLOCK internally. A blocking operation (timeout None or > 0) that
//! would block waits with `vm.block` on the fd (so only the calling thread blocks) and
//! retries when the fd is ready; past the deadline it raises `TimeoutError('timed out')`.
//! A timeout of 0.0 is a non-blocking socket: the errno (`BlockingIOError`) is raised.
//! Two threads waiting on one fd at once (a reader and a writer, several acceptors): the
//! second waits on a duplicate of the fd, since the hub registers each fd once.

use std::cell::RefCell;
use std::mem::{size_of, zeroed};
use std::rc::Rc;

use super::add_fn;
use super::aspic_loop::errno_error;
use crate::vm::caps::Capability::{Environment, Network};
use crate::vm::clock::secs_to_ns;
use crate::vm::fiber::WaitKind;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

const EXCEPTIONS: &str = "class herror(OSError):\n    pass\nherror.__module__ = 'socket'\n\
class gaierror(OSError):\n    pass\ngaierror.__module__ = 'socket'\n";

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// After a failed syscall: None to retry (EINTR, once signal handlers have run), `Again`
/// when it would block, or the OSError for errno.
fn failed_step(vm: &mut Vm) -> PyResult<Option<Step>> {
    let e = errno();
    if e == libc::EINTR {
        vm.check_signals()?;
        return Ok(None);
    }
    if is_again(e) {
        return Ok(Some(Step::Again(e)));
    }
    Err(errno_error(vm, e))
}

fn is_again(e: i32) -> bool {
    e == libc::EAGAIN || e == libc::EWOULDBLOCK
}

/// What one attempt of an operation gave.
pub enum Step {
    Done(Value),
    /// It would block (the errno to raise on a non-blocking socket).
    Again(i32),
}

pub type Op = Rc<dyn Fn(&mut Vm) -> PyResult<Step>>;

pub fn timeout_error(vm: &Vm) -> PyErr {
    let cls = vm
        .types
        .by_name
        .get("TimeoutError")
        .cloned()
        .unwrap_or_else(|| vm.types.os_error.clone());
    vm.new_error(&cls, "timed out")
}

thread_local! {
    /// Reused receive buffer: a recv of n bytes (asyncio asks for 256 KiB) neither zeroes
    /// nor keeps n bytes, only the r received are copied out.
    static RECV_SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Largest request served from the scratch buffer (larger ones get their own).
const RECV_SCRATCH_MAX: usize = 1 << 20;

/// Calls `f` with a buffer of at least `n` writable (uninitialised) bytes, for the kernel
/// to fill; `f` returns how many it wrote (or < 0 on error). Returns that count and the
/// bytes written.
fn recv_with(n: usize, f: impl FnOnce(*mut u8) -> isize) -> (isize, Vec<u8>) {
    let mut f = Some(f);
    if n <= RECV_SCRATCH_MAX
        && let Some(r) = RECV_SCRATCH.with(|s| {
            let mut buf = s.try_borrow_mut().ok()?;
            // Its length stays 0: only the allocation is used.
            buf.reserve(n);
            let r = (f.take()?)(buf.as_mut_ptr());
            let out = if r > 0 {
                // SAFETY: the kernel wrote r <= n bytes at the start of the allocation.
                unsafe { std::slice::from_raw_parts(buf.as_ptr(), r as usize) }.to_vec()
            } else {
                Vec::new()
            };
            Some((r, out))
        })
    {
        return r;
    }
    let f = f.expect("not called yet");
    let mut buf = Vec::with_capacity(n);
    let r = f(buf.as_mut_ptr());
    if r > 0 {
        // SAFETY: the kernel wrote r <= n bytes at the start of buf's allocation.
        unsafe { buf.set_len(r as usize) };
        if (r as usize) < n / 2 {
            buf.shrink_to_fit();
        }
    }
    (r, buf)
}

/// Runs `op`, waiting for the fd (readable, or writable if `write`) while it would block.
/// `timeout`: None blocks, Some(t <= 0) never waits. `on_timeout` gives the result when
/// the deadline passes.
pub fn run_io(
    vm: &mut Vm,
    parkable: bool,
    fd: i32,
    write: bool,
    timeout: Option<f64>,
    op: Op,
    on_timeout: fn(&Vm) -> PyResult<Value>,
) -> PyResult<Value> {
    match op(vm)? {
        Step::Done(v) => Ok(v),
        Step::Again(e) => {
            if timeout.is_some_and(|t| t <= 0.0) {
                return Err(errno_error(vm, e));
            }
            let deadline = timeout.map(|t| vm.clock.monotonic_ns() + secs_to_ns(t));
            wait_again(vm, parkable, fd, write, deadline, op, on_timeout)
        }
    }
}

fn wait_again(
    vm: &mut Vm,
    parkable: bool,
    fd: i32,
    write: bool,
    deadline: Option<i128>,
    op: Op,
    on_timeout: fn(&Vm) -> PyResult<Value>,
) -> PyResult<Value> {
    match block_on(vm, parkable, fd, None, write, deadline, op.clone(), on_timeout) {
        Err(e) if vm.types.by_name.get("FileExistsError").is_some_and(|c| e.is(c)) => {
            // Another thread already waits on this fd (a reader and a writer, two
            // acceptors): this one waits on a duplicate of it.
            // SAFETY: duplicating a descriptor; the copy is closed when the wait is over.
            let d = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
            if d < 0 {
                return Err(e);
            }
            let guard = Rc::new(DupFd(d));
            block_on(vm, parkable, fd, Some(guard), write, deadline, op, on_timeout)
        }
        r => r,
    }
}

/// A duplicate fd, closed when dropped.
struct DupFd(i32);

impl Drop for DupFd {
    fn drop(&mut self) {
        // SAFETY: closing the duplicate this value owns.
        unsafe { libc::close(self.0) };
    }
}

#[allow(clippy::too_many_arguments)]
fn block_on(
    vm: &mut Vm,
    parkable: bool,
    fd: i32,
    dup: Option<Rc<DupFd>>,
    write: bool,
    deadline: Option<i128>,
    op: Op,
    on_timeout: fn(&Vm) -> PyResult<Value>,
) -> PyResult<Value> {
    let wait_fd = dup.as_ref().map_or(fd, |d| d.0);
    vm.block(
        WaitKind::Fd {
            fd: wait_fd,
            read: !write,
            write,
        },
        deadline,
        parkable,
        Some(Box::new(move |vm: &mut Vm| {
            let r = match op(vm)? {
                Step::Done(v) => Ok(v),
                Step::Again(_) => {
                    if deadline.is_some_and(|d| vm.clock.monotonic_ns() >= d) {
                        return on_timeout(vm);
                    }
                    {
                        let parkable = vm.resume_can_park();
                        wait_again(vm, parkable, fd, write, deadline, op, on_timeout)
                    }
                }
            };
            drop(dup);
            r
        })),
    )
}

fn raise_timeout(vm: &Vm) -> PyResult<Value> {
    Err(timeout_error(vm))
}

// ---- arguments ---------------------------------------------------------------------------

fn int_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<i64> {
    match a.get(i) {
        Some(v) => vm.to_index(v),
        None => Err(vm.type_error("missing argument")),
    }
}

/// The socket's descriptor, which must be one the script may use (see `Vm::check_fd`):
/// `socket(fileno=n)` must not adopt a host descriptor.
fn fd_arg(vm: &mut Vm, a: &[Value]) -> PyResult<i32> {
    let fd = int_arg(vm, a, 0)?;
    let fd = i32::try_from(fd).unwrap_or(-1);
    vm.check_fd(fd, "socket")?;
    Ok(fd)
}

fn timeout_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<Option<f64>> {
    match a.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(vm.to_f64(v)?)),
    }
}

/// The bytes of a bytes-like object.
fn buffer_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        Some(Value::Bytes(b)) => Ok((**b).clone()),
        Some(Value::ByteArray(b)) => Ok(b.borrow().clone()),
        Some(v) => match crate::runtime::memoryview::view_bytes(v) {
            Some(b) => Ok(b),
            None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
        },
        None => Err(vm.type_error("missing argument")),
    }
}

fn bytes_value(b: &[u8]) -> Value {
    Value::Bytes(Rc::new(b.to_vec()))
}

// ---- addresses ---------------------------------------------------------------------------

pub struct SockAddr {
    pub st: libc::sockaddr_storage,
    pub len: libc::socklen_t,
}

impl SockAddr {
    fn empty() -> SockAddr {
        // SAFETY: sockaddr_storage is plain data; all-zero is a valid value.
        SockAddr {
            st: unsafe { zeroed() },
            len: size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }
    fn ptr(&self) -> *const libc::sockaddr {
        (&self.st as *const libc::sockaddr_storage).cast()
    }
    fn mut_ptr(&mut self) -> *mut libc::sockaddr {
        (&mut self.st as *mut libc::sockaddr_storage).cast()
    }
}

fn gaierror(vm: &mut Vm, code: i32) -> PyErr {
    if code == libc::EAI_SYSTEM {
        return errno_error(vm, errno());
    }
    // SAFETY: gai_strerror returns a static NUL-terminated string.
    let msg = unsafe { std::ffi::CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned();
    let cls = match vm.import_module("_socket").and_then(|m| vm.get_attr_str(&m, "gaierror")) {
        Ok(Value::Class(c)) => c,
        _ => vm.types.os_error.clone(),
    };
    vm.new_exception(&cls, vec![Value::Int(code as i64), Value::string(msg)])
}

/// Resolves `host` for `family` (numeric addresses and names via getaddrinfo(3)).
fn resolve(vm: &mut Vm, host: &str, family: i32) -> PyResult<SockAddr> {
    let chost = std::ffi::CString::new(host).map_err(|_| vm.type_error("host name must not contain null character"))?;
    // SAFETY: hints is plain data; the result list is freed below.
    unsafe {
        let mut hints: libc::addrinfo = zeroed();
        hints.ai_family = family;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let r = libc::getaddrinfo(chost.as_ptr(), std::ptr::null(), &hints, &mut res);
        if r != 0 {
            return Err(gaierror(vm, r));
        }
        let mut out = SockAddr::empty();
        let ai = &*res;
        let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        std::ptr::copy_nonoverlapping(ai.ai_addr.cast::<u8>(), out.mut_ptr().cast::<u8>(), n);
        out.len = n as libc::socklen_t;
        libc::freeaddrinfo(res);
        Ok(out)
    }
}

fn host_str(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        Value::ByteArray(b) => Ok(String::from_utf8_lossy(&b.borrow()).into_owned()),
        v => Err(vm.type_error(format!("str, bytes or bytearray expected, not {}", vm.type_name(v)))),
    }
}

/// A Python address for `family` as a C sockaddr. `caller` prefixes some messages
/// ("bind(): ...") as CPython does.
pub fn addr_from_py(vm: &mut Vm, family: i32, v: &Value, caller: &str) -> PyResult<SockAddr> {
    let mut out = SockAddr::empty();
    match family {
        libc::AF_UNIX => {
            let path: Vec<u8> = match v {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                v => buffer_arg(vm, Some(v))?,
            };
            // SAFETY: the storage is large enough for a sockaddr_un.
            let un = unsafe { &mut *(out.mut_ptr() as *mut libc::sockaddr_un) };
            if path.len() > un.sun_path.len() {
                return Err(vm.new_error(&vm.types.os_error.clone(), "AF_UNIX path too long"));
            }
            un.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (i, b) in path.iter().enumerate() {
                un.sun_path[i] = *b as libc::c_char;
            }
            let base = std::mem::offset_of!(libc::sockaddr_un, sun_path);
            // Abstract names (leading NUL) have no terminator.
            let extra = if path.first() == Some(&0) || path.len() == un.sun_path.len() {
                0
            } else {
                1
            };
            out.len = (base + path.len() + extra) as libc::socklen_t;
            Ok(out)
        }
        libc::AF_INET | libc::AF_INET6 => {
            let name = if family == libc::AF_INET { "AF_INET" } else { "AF_INET6" };
            let Value::Tuple(t) = v else {
                return Err(vm.type_error(format!("{caller}(): {name} address must be tuple, not {}", vm.type_name(v))));
            };
            let ok = if family == libc::AF_INET {
                t.len() == 2
            } else {
                (2..=4).contains(&t.len())
            };
            if !ok {
                return Err(vm.type_error(if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)".to_string()
                } else {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])".to_string()
                }));
            }
            let host = host_str(vm, &t[0])?;
            let port = vm.to_index(&t[1])?;
            if !(0..=65535).contains(&port) {
                return Err(vm.overflow_error(format!("{caller}(): port must be 0-65535.")));
            }
            if family == libc::AF_INET {
                let ip: u32 = match host.as_str() {
                    "" => libc::INADDR_ANY,
                    "<broadcast>" => libc::INADDR_BROADCAST,
                    h => match h.parse::<std::net::Ipv4Addr>() {
                        Ok(a) => u32::from(a),
                        Err(_) => {
                            let r = resolve(vm, h, libc::AF_INET)?;
                            // SAFETY: resolve gave an AF_INET sockaddr.
                            let sin = unsafe { &*(r.ptr() as *const libc::sockaddr_in) };
                            u32::from_be(sin.sin_addr.s_addr)
                        }
                    },
                };
                // SAFETY: the storage is large enough for a sockaddr_in.
                let sin = unsafe { &mut *(out.mut_ptr() as *mut libc::sockaddr_in) };
                sin.sin_family = libc::AF_INET as libc::sa_family_t;
                sin.sin_port = (port as u16).to_be();
                sin.sin_addr.s_addr = ip.to_be();
                out.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
            } else {
                let flowinfo = match t.get(2) {
                    Some(f) => vm.to_index(f)?,
                    None => 0,
                };
                if !(0..=0xfffff).contains(&flowinfo) {
                    return Err(vm.overflow_error(format!("{caller}(): flowinfo must be 0-1048575.")));
                }
                let scope = match t.get(3) {
                    Some(f) => vm.to_index(f)?,
                    None => 0,
                };
                let ip: [u8; 16] = match host.as_str() {
                    "" => [0; 16],
                    h => match h.parse::<std::net::Ipv6Addr>() {
                        Ok(a) => a.octets(),
                        Err(_) => {
                            let r = resolve(vm, h, libc::AF_INET6)?;
                            // SAFETY: resolve gave an AF_INET6 sockaddr.
                            let sin6 = unsafe { &*(r.ptr() as *const libc::sockaddr_in6) };
                            sin6.sin6_addr.s6_addr
                        }
                    },
                };
                // SAFETY: the storage is large enough for a sockaddr_in6.
                let sin6 = unsafe { &mut *(out.mut_ptr() as *mut libc::sockaddr_in6) };
                sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
                sin6.sin6_port = (port as u16).to_be();
                sin6.sin6_flowinfo = (flowinfo as u32).to_be();
                sin6.sin6_scope_id = scope as u32;
                sin6.sin6_addr.s6_addr = ip;
                out.len = size_of::<libc::sockaddr_in6>() as libc::socklen_t;
            }
            Ok(out)
        }
        _ => Err(vm.new_error(&vm.types.os_error.clone(), format!("{caller}(): bad family"))),
    }
}

/// A C sockaddr as the Python address CPython gives.
pub fn addr_to_py(a: &SockAddr) -> Value {
    if (a.len as usize) < size_of::<libc::sa_family_t>() {
        return Value::None;
    }
    match a.st.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin = unsafe { &*(a.ptr() as *const libc::sockaddr_in) };
            let ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            Value::tuple(vec![Value::string(ip.to_string()), Value::Int(u16::from_be(sin.sin_port) as i64)])
        }
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let sin6 = unsafe { &*(a.ptr() as *const libc::sockaddr_in6) };
            let ip = std::net::Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            Value::tuple(vec![
                Value::string(ip.to_string()),
                Value::Int(u16::from_be(sin6.sin6_port) as i64),
                Value::Int(u32::from_be(sin6.sin6_flowinfo) as i64),
                Value::Int(sin6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says the storage holds a sockaddr_un.
            let un = unsafe { &*(a.ptr() as *const libc::sockaddr_un) };
            let base = std::mem::offset_of!(libc::sockaddr_un, sun_path);
            let n = (a.len as usize).saturating_sub(base).min(un.sun_path.len());
            let path: Vec<u8> = un.sun_path[..n].iter().map(|c| *c as u8).collect();
            if path.first() == Some(&0) {
                return bytes_value(&path);
            }
            let end = path.iter().position(|b| *b == 0).unwrap_or(path.len());
            Value::string(String::from_utf8_lossy(&path[..end]).into_owned())
        }
        f => {
            let n = (a.len as usize).min(size_of::<libc::sockaddr_storage>());
            // SAFETY: reading n bytes of the storage.
            let raw = unsafe { std::slice::from_raw_parts(a.ptr().cast::<u8>(), n) };
            Value::tuple(vec![Value::Int(f as i64), bytes_value(raw.get(2..).unwrap_or(&[]))])
        }
    }
}

// ---- the module --------------------------------------------------------------------------

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_socket");
    {
        let mut d = m.dict.d.borrow_mut();
        let consts: &[(&str, i64)] = &[
            ("AF_UNSPEC", libc::AF_UNSPEC as i64),
            ("AF_INET", libc::AF_INET as i64),
            ("AF_INET6", libc::AF_INET6 as i64),
            ("AF_UNIX", libc::AF_UNIX as i64),
            ("SOCK_STREAM", libc::SOCK_STREAM as i64),
            ("SOCK_DGRAM", libc::SOCK_DGRAM as i64),
            ("SOCK_RAW", libc::SOCK_RAW as i64),
            ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET as i64),
            ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK as i64),
            ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC as i64),
            ("SOL_SOCKET", libc::SOL_SOCKET as i64),
            ("SOL_TCP", libc::SOL_TCP as i64),
            ("SOL_UDP", libc::SOL_UDP as i64),
            ("SO_REUSEADDR", libc::SO_REUSEADDR as i64),
            ("SO_REUSEPORT", libc::SO_REUSEPORT as i64),
            ("SO_KEEPALIVE", libc::SO_KEEPALIVE as i64),
            ("SO_LINGER", libc::SO_LINGER as i64),
            ("SO_ERROR", libc::SO_ERROR as i64),
            ("SO_RCVBUF", libc::SO_RCVBUF as i64),
            ("SO_SNDBUF", libc::SO_SNDBUF as i64),
            ("SO_BROADCAST", libc::SO_BROADCAST as i64),
            ("SO_TYPE", libc::SO_TYPE as i64),
            ("SO_RCVLOWAT", libc::SO_RCVLOWAT as i64),
            ("SO_SNDLOWAT", libc::SO_SNDLOWAT as i64),
            ("SO_RCVTIMEO", libc::SO_RCVTIMEO as i64),
            ("SO_SNDTIMEO", libc::SO_SNDTIMEO as i64),
            ("SO_ACCEPTCONN", libc::SO_ACCEPTCONN as i64),
            ("SO_DOMAIN", libc::SO_DOMAIN as i64),
            ("SO_PROTOCOL", libc::SO_PROTOCOL as i64),
            ("SO_OOBINLINE", libc::SO_OOBINLINE as i64),
            ("SO_DEBUG", libc::SO_DEBUG as i64),
            ("SO_DONTROUTE", libc::SO_DONTROUTE as i64),
            ("IPPROTO_IP", libc::IPPROTO_IP as i64),
            ("IPPROTO_TCP", libc::IPPROTO_TCP as i64),
            ("IPPROTO_UDP", libc::IPPROTO_UDP as i64),
            ("IPPROTO_IPV6", libc::IPPROTO_IPV6 as i64),
            ("IPPROTO_ICMP", libc::IPPROTO_ICMP as i64),
            ("IPPROTO_RAW", libc::IPPROTO_RAW as i64),
            ("IPV6_V6ONLY", libc::IPV6_V6ONLY as i64),
            ("IP_TTL", libc::IP_TTL as i64),
            ("IP_MULTICAST_TTL", libc::IP_MULTICAST_TTL as i64),
            ("IP_MULTICAST_LOOP", libc::IP_MULTICAST_LOOP as i64),
            ("IP_ADD_MEMBERSHIP", libc::IP_ADD_MEMBERSHIP as i64),
            ("TCP_NODELAY", libc::TCP_NODELAY as i64),
            ("TCP_KEEPIDLE", libc::TCP_KEEPIDLE as i64),
            ("TCP_KEEPINTVL", libc::TCP_KEEPINTVL as i64),
            ("TCP_KEEPCNT", libc::TCP_KEEPCNT as i64),
            ("TCP_MAXSEG", libc::TCP_MAXSEG as i64),
            ("SHUT_RD", libc::SHUT_RD as i64),
            ("SHUT_WR", libc::SHUT_WR as i64),
            ("SHUT_RDWR", libc::SHUT_RDWR as i64),
            ("SOMAXCONN", 4096),
            ("MSG_PEEK", libc::MSG_PEEK as i64),
            ("MSG_OOB", libc::MSG_OOB as i64),
            ("MSG_WAITALL", libc::MSG_WAITALL as i64),
            ("MSG_DONTWAIT", libc::MSG_DONTWAIT as i64),
            ("MSG_DONTROUTE", libc::MSG_DONTROUTE as i64),
            ("MSG_NOSIGNAL", libc::MSG_NOSIGNAL as i64),
            ("MSG_TRUNC", libc::MSG_TRUNC as i64),
            ("MSG_EOR", libc::MSG_EOR as i64),
            ("INADDR_ANY", libc::INADDR_ANY as i64),
            ("INADDR_BROADCAST", libc::INADDR_BROADCAST as i64),
            ("INADDR_LOOPBACK", libc::INADDR_LOOPBACK as i64),
            ("INADDR_NONE", libc::INADDR_NONE as i64),
            ("AI_PASSIVE", libc::AI_PASSIVE as i64),
            ("AI_CANONNAME", libc::AI_CANONNAME as i64),
            ("AI_NUMERICHOST", libc::AI_NUMERICHOST as i64),
            ("AI_NUMERICSERV", libc::AI_NUMERICSERV as i64),
            ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG as i64),
            ("AI_V4MAPPED", libc::AI_V4MAPPED as i64),
            ("AI_ALL", libc::AI_ALL as i64),
            ("NI_NUMERICHOST", libc::NI_NUMERICHOST as i64),
            ("NI_NUMERICSERV", libc::NI_NUMERICSERV as i64),
            ("NI_NAMEREQD", libc::NI_NAMEREQD as i64),
            ("NI_DGRAM", libc::NI_DGRAM as i64),
            ("NI_MAXHOST", 1025),
            ("NI_MAXSERV", 32),
            ("EAI_NONAME", libc::EAI_NONAME as i64),
            ("EAI_AGAIN", libc::EAI_AGAIN as i64),
            ("EAI_FAIL", libc::EAI_FAIL as i64),
            ("EAI_FAMILY", libc::EAI_FAMILY as i64),
            ("EAI_SERVICE", libc::EAI_SERVICE as i64),
            ("EAI_SOCKTYPE", libc::EAI_SOCKTYPE as i64),
        ];
        for (k, v) in consts {
            d.set_str(k, Value::Int(*v));
        }
        d.set_str("has_ipv6", Value::Bool(true));
    }
    if let Err(e) = vm.run_source(EXCEPTIONS, "<_socket>", &m.dict, None, crate::compile::Mode::Exec) {
        let text = vm.format_exception(&e);
        vm.write_stderr(&text);
    }
    add_fn(vm, &m, "socket", |vm, a, _| {
        // Every family: AF_UNIX sockets reach host services by path.
        vm.require(Network, "socket.socket")?;
        let family = int_arg(vm, a, 0)? as i32;
        let typ = int_arg(vm, a, 1)? as i32;
        let proto = int_arg(vm, a, 2)? as i32;
        // SAFETY: socket(2) with integer arguments.
        let fd = unsafe { libc::socket(family, typ | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, proto) };
        if fd < 0 {
            return Err(errno_error(vm, errno()));
        }
        vm.own_fd(fd);
        Ok(Value::Int(fd as i64))
    });
    // Allowed without the network: an unnamed pair reaches nothing outside the script
    // (asyncio's self-pipe is one).
    add_fn(vm, &m, "socketpair", |vm, a, _| {
        let family = int_arg(vm, a, 0)? as i32;
        let typ = int_arg(vm, a, 1)? as i32;
        let proto = int_arg(vm, a, 2)? as i32;
        let mut fds = [0i32; 2];
        // SAFETY: fds has room for the two descriptors.
        let r = unsafe { libc::socketpair(family, typ | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) };
        if r < 0 {
            return Err(errno_error(vm, errno()));
        }
        vm.own_fd(fds[0]);
        vm.own_fd(fds[1]);
        Ok(Value::tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
    });
    add_fn(vm, &m, "adopt", |vm, a, _| {
        // adopt(fd) -> (family, type, proto): an existing socket fd, made non-blocking.
        let fd = fd_arg(vm, a)?;
        let mut out = vec![];
        for opt in [libc::SO_DOMAIN, libc::SO_TYPE, libc::SO_PROTOCOL] {
            out.push(Value::Int(getsockopt_int(vm, fd, libc::SOL_SOCKET, opt)? as i64));
        }
        set_nonblocking(vm, fd)?;
        Ok(Value::tuple(out))
    });
    add_fn(vm, &m, "dup", |vm, a, _| {
        let fd = fd_arg(vm, a)?;
        // SAFETY: duplicating the socket's descriptor (close-on-exec).
        let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
        if r < 0 {
            return Err(errno_error(vm, errno()));
        }
        vm.own_fd(r);
        Ok(Value::Int(r as i64))
    });
    add_fn(vm, &m, "close", |vm, a, _| {
        let fd = fd_arg(vm, a)?;
        vm.release_fd(fd);
        // SAFETY: closing the socket's own descriptor.
        if unsafe { libc::close(fd) } != 0 {
            let e = errno();
            // As CPython: a reset connection is not an error at close.
            if e != libc::ECONNRESET {
                return Err(errno_error(vm, e));
            }
        }
        Ok(Value::None)
    });
    add_fn(vm, &m, "bind", |vm, a, _| {
        vm.require(Network, "socket.bind")?;
        let fd = fd_arg(vm, a)?;
        let family = int_arg(vm, a, 1)? as i32;
        let addr = addr_from_py(vm, family, a.get(2).unwrap_or(&Value::None), "bind")?;
        // SAFETY: addr holds a valid sockaddr of addr.len bytes.
        if unsafe { libc::bind(fd, addr.ptr(), addr.len) } != 0 {
            return Err(errno_error(vm, errno()));
        }
        Ok(Value::None)
    });
    add_fn(vm, &m, "listen", |vm, a, _| {
        vm.require(Network, "socket.listen")?;
        let fd = fd_arg(vm, a)?;
        let backlog = int_arg(vm, a, 1)?.clamp(0, i32::MAX as i64) as i32;
        // SAFETY: listen(2) on the socket's descriptor.
        if unsafe { libc::listen(fd, backlog) } != 0 {
            return Err(errno_error(vm, errno()));
        }
        Ok(Value::None)
    });
    add_fn(vm, &m, "connect", |vm, a, _| {
        let parkable = vm.can_park();
        connect(vm, a, parkable, false)
    });
    add_fn(vm, &m, "connect_ex", |vm, a, _| {
        let parkable = vm.can_park();
        connect(vm, a, parkable, true)
    });
    add_fn(vm, &m, "accept", |vm, a, _| {
        vm.require(Network, "socket.accept")?;
        let parkable = vm.can_park();
        let fd = fd_arg(vm, a)?;
        let timeout = timeout_arg(vm, a, 1)?;
        let op: Op = Rc::new(move |vm| {
            let mut addr = SockAddr::empty();
            loop {
                // SAFETY: addr has room for any sockaddr; addr.len is its size.
                let r = unsafe { libc::accept4(fd, addr.mut_ptr(), &mut addr.len, libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC) };
                if r >= 0 {
                    vm.own_fd(r);
                    return Ok(Step::Done(Value::tuple(vec![Value::Int(r as i64), addr_to_py(&addr)])));
                }
                if let Some(step) = failed_step(vm)? {
                    return Ok(step);
                }
            }
        });
        run_io(vm, parkable, fd, false, timeout, op, raise_timeout)
    });
    add_fn(vm, &m, "recv", |vm, a, _| {
        let parkable = vm.can_park();
        let fd = fd_arg(vm, a)?;
        let n = int_arg(vm, a, 1)?;
        let flags = int_arg(vm, a, 2)? as i32;
        let timeout = timeout_arg(vm, a, 3)?;
        if n < 0 {
            return Err(vm.value_error("negative buffersize in recv"));
        }
        let n = n.min(1 << 30) as usize;
        let op: Op = Rc::new(move |vm| {
            loop {
                // SAFETY: receiving at most n bytes into a buffer of n.
                let (r, buf) = recv_with(n, |p| unsafe { libc::recv(fd, p.cast(), n, flags) });
                if r >= 0 {
                    return Ok(Step::Done(Value::Bytes(Rc::new(buf))));
                }
                if let Some(step) = failed_step(vm)? {
                    return Ok(step);
                }
            }
        });
        run_io(vm, parkable, fd, false, timeout, op, raise_timeout)
    });
    add_fn(vm, &m, "recvfrom", |vm, a, _| {
        let parkable = vm.can_park();
        let fd = fd_arg(vm, a)?;
        let n = int_arg(vm, a, 1)?;
        let flags = int_arg(vm, a, 2)? as i32;
        let timeout = timeout_arg(vm, a, 3)?;
        if n < 0 {
            return Err(vm.value_error("negative buffersize in recvfrom"));
        }
        let n = n.min(1 << 30) as usize;
        let op: Op = Rc::new(move |vm| {
            let mut addr = SockAddr::empty();
            loop {
                // SAFETY: receiving at most n bytes into a buffer of n; addr has room for
                // any sockaddr.
                let (r, buf) = recv_with(n, |p| unsafe {
                    libc::recvfrom(fd, p.cast(), n, flags, addr.mut_ptr(), &mut addr.len)
                });
                if r >= 0 {
                    return Ok(Step::Done(Value::tuple(vec![Value::Bytes(Rc::new(buf)), addr_to_py(&addr)])));
                }
                if let Some(step) = failed_step(vm)? {
                    return Ok(step);
                }
            }
        });
        run_io(vm, parkable, fd, false, timeout, op, raise_timeout)
    });
    add_fn(vm, &m, "recv_into", |vm, a, _| {
        // recv_into(fd, buffer, nbytes, flags, timeout, with_address)
        let parkable = vm.can_park();
        let fd = fd_arg(vm, a)?;
        let target = a.get(1).cloned().unwrap_or(Value::None);
        let nbytes = int_arg(vm, a, 2)?;
        let flags = int_arg(vm, a, 3)? as i32;
        let timeout = timeout_arg(vm, a, 4)?;
        let with_addr = matches!(a.get(5), Some(Value::Bool(true)));
        let name = if with_addr { "recvfrom_into" } else { "recv_into" };
        let cap = match &target {
            Value::ByteArray(b) => b.borrow().len(),
            v => match crate::runtime::memoryview::view_len(v, true) {
                Some(n) => n,
                None => {
                    return Err(vm.type_error(format!(
                        "{name}() argument 'buffer' must be read-write bytes-like object, not {}",
                        vm.type_name(v)
                    )));
                }
            },
        };
        if nbytes < 0 {
            return Err(vm.value_error(format!("negative buffersize in {name}")));
        }
        let n = if nbytes == 0 { cap } else { nbytes as usize };
        if n > cap {
            return Err(vm.value_error(format!(
                "{}buffer too small for requested bytes",
                if with_addr {
                    "nbytes is greater than the length of the "
                } else {
                    ""
                }
            )));
        }
        let op: Op = Rc::new(move |vm| {
            let mut addr = SockAddr::empty();
            loop {
                // SAFETY: receiving at most n bytes into a buffer of n; addr has room for
                // any sockaddr.
                let (r, buf) = recv_with(n, |p| unsafe {
                    libc::recvfrom(fd, p.cast(), n, flags, addr.mut_ptr(), &mut addr.len)
                });
                if r >= 0 {
                    let r = r as usize;
                    match &target {
                        Value::ByteArray(b) => b.borrow_mut()[..r].copy_from_slice(&buf[..r]),
                        v => {
                            crate::runtime::memoryview::view_write(v, &buf[..r]);
                        }
                    }
                    let v = Value::Int(r as i64);
                    return Ok(Step::Done(if with_addr { Value::tuple(vec![v, addr_to_py(&addr)]) } else { v }));
                }
                if let Some(step) = failed_step(vm)? {
                    return Ok(step);
                }
            }
        });
        run_io(vm, parkable, fd, false, timeout, op, raise_timeout)
    });
    add_fn(vm, &m, "send", |vm, a, _| {
        let parkable = vm.can_park();
        let fd = fd_arg(vm, a)?;
        let data = buffer_arg(vm, a.get(1))?;
        let flags = int_arg(vm, a, 2)? as i32;
        let timeout = timeout_arg(vm, a, 3)?;
        let op: Op = Rc::new(move |vm| {
            loop {
                // SAFETY: sending data.len() bytes from data.
                let r = unsafe { libc::send(fd, data.as_ptr().cast(), data.len(), flags | libc::MSG_NOSIGNAL) };
                if r >= 0 {
                    return Ok(Step::Done(Value::Int(r as i64)));
                }
                if let Some(step) = failed_step(vm)? {
                    return Ok(step);
                }
            }
        });
        run_io(vm, parkable, fd, true, timeout, op, raise_timeout)
    });
    add_fn(vm, &m, "sendall", |vm, a, _| {
        let parkable = vm.can_park();
        let fd = fd_arg(vm, a)?;
        let data = buffer_arg(vm, a.get(1))?;
        let flags = int_arg(vm, a, 2)? as i32;
        let timeout = timeout_arg(vm, a, 3)?;
        let sent = Rc::new(std::cell::Cell::new(0usize));
        let op: Op = Rc::new(move |vm| {
            loop {
                let off = sent.get();
                if off >= data.len() {
                    return Ok(Step::Done(Value::None));
                }
                // SAFETY: sending the unsent rest of data.
                let r = unsafe { libc::send(fd, data[off..].as_ptr().cast(), data.len() - off, flags | libc::MSG_NOSIGNAL) };
                if r >= 0 {
                    sent.set(off + r as usize);
                    continue;
                }
                if let Some(step) = failed_step(vm)? {
                    return Ok(step);
                }
            }
        });
        run_io(vm, parkable, fd, true, timeout, op, raise_timeout)
    });
    add_fn(vm, &m, "sendto", |vm, a, _| {
        // An address may name any host, or a path-bound local socket.
        vm.require(Network, "socket.sendto")?;
        // sendto(fd, data, flags, family, address, timeout)
        let parkable = vm.can_park();
        let fd = fd_arg(vm, a)?;
        let data = buffer_arg(vm, a.get(1))?;
        let flags = int_arg(vm, a, 2)? as i32;
        let family = int_arg(vm, a, 3)? as i32;
        let addr = addr_from_py(vm, family, a.get(4).unwrap_or(&Value::None), "sendto")?;
        let timeout = timeout_arg(vm, a, 5)?;
        let op: Op = Rc::new(move |vm| {
            loop {
                // SAFETY: sending data to a valid sockaddr.
                let r = unsafe {
                    libc::sendto(
                        fd,
                        data.as_ptr().cast(),
                        data.len(),
                        flags | libc::MSG_NOSIGNAL,
                        addr.ptr(),
                        addr.len,
                    )
                };
                if r >= 0 {
                    return Ok(Step::Done(Value::Int(r as i64)));
                }
                if let Some(step) = failed_step(vm)? {
                    return Ok(step);
                }
            }
        });
        run_io(vm, parkable, fd, true, timeout, op, raise_timeout)
    });
    add_fn(vm, &m, "getsockname", |vm, a, _| {
        let fd = fd_arg(vm, a)?;
        let mut addr = SockAddr::empty();
        // SAFETY: addr has room for any sockaddr.
        if unsafe { libc::getsockname(fd, addr.mut_ptr(), &mut addr.len) } != 0 {
            return Err(errno_error(vm, errno()));
        }
        Ok(addr_to_py(&addr))
    });
    add_fn(vm, &m, "getpeername", |vm, a, _| {
        let fd = fd_arg(vm, a)?;
        let mut addr = SockAddr::empty();
        // SAFETY: addr has room for any sockaddr.
        if unsafe { libc::getpeername(fd, addr.mut_ptr(), &mut addr.len) } != 0 {
            return Err(errno_error(vm, errno()));
        }
        Ok(addr_to_py(&addr))
    });
    add_fn(vm, &m, "setsockopt", |vm, a, _| {
        let fd = fd_arg(vm, a)?;
        let level = int_arg(vm, a, 1)? as i32;
        let opt = int_arg(vm, a, 2)? as i32;
        let value = a.get(3).cloned().unwrap_or(Value::None);
        let buf: Vec<u8> = match &value {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let i = vm.to_index(&value)?;
                let i = i32::try_from(i).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
                i.to_ne_bytes().to_vec()
            }
            Value::Bytes(_) | Value::ByteArray(_) => buffer_arg(vm, Some(&value))?,
            v if crate::runtime::memoryview::view_bytes(v).is_some() => buffer_arg(vm, Some(v))?,
            v => {
                let i = vm
                    .to_index(v)
                    .map_err(|_| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))?;
                (i as i32).to_ne_bytes().to_vec()
            }
        };
        // SAFETY: passing buf.len() bytes of option value.
        let r = unsafe { libc::setsockopt(fd, level, opt, buf.as_ptr().cast(), buf.len() as libc::socklen_t) };
        if r != 0 {
            return Err(errno_error(vm, errno()));
        }
        Ok(Value::None)
    });
    add_fn(vm, &m, "getsockopt", |vm, a, _| {
        let fd = fd_arg(vm, a)?;
        let level = int_arg(vm, a, 1)? as i32;
        let opt = int_arg(vm, a, 2)? as i32;
        let buflen = match a.get(3) {
            None | Some(Value::None) => 0,
            Some(v) => vm.to_index(v)?,
        };
        match buflen {
            0 => Ok(Value::Int(getsockopt_int(vm, fd, level, opt)? as i64)),
            n => {
                if n <= 0 || n > 1024 {
                    return Err(vm.new_error(&vm.types.os_error.clone(), "getsockopt buflen out of range"));
                }
                let mut buf = vec![0u8; n as usize];
                let mut len = n as libc::socklen_t;
                // SAFETY: buf has room for len bytes.
                let r = unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr().cast(), &mut len) };
                if r != 0 {
                    return Err(errno_error(vm, errno()));
                }
                buf.truncate(len as usize);
                Ok(Value::Bytes(Rc::new(buf)))
            }
        }
    });
    add_fn(vm, &m, "shutdown", |vm, a, _| {
        let fd = fd_arg(vm, a)?;
        let how = int_arg(vm, a, 1)? as i32;
        // SAFETY: shutdown(2) on the socket's descriptor.
        if unsafe { libc::shutdown(fd, how) } != 0 {
            return Err(errno_error(vm, errno()));
        }
        Ok(Value::None)
    });
    add_fn(vm, &m, "gethostname", |vm, _, _| {
        // Host identity, like os.uname.
        vm.require(Environment, "socket.gethostname")?;
        let mut buf = [0u8; 1024];
        // SAFETY: buf has room for buf.len() bytes.
        if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } != 0 {
            return Err(errno_error(vm, errno()));
        }
        let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
        Ok(Value::string(String::from_utf8_lossy(&buf[..end]).into_owned()))
    });
    add_fn(vm, &m, "gethostbyname", |vm, a, _| {
        // Name resolution is a network request (a DNS query can leak data).
        vm.require(Network, "socket.gethostbyname")?;
        let host = match a.first() {
            Some(v) => host_str(vm, v)?,
            None => return Err(vm.type_error("gethostbyname() takes exactly one argument (0 given)")),
        };
        let addr = addr_from_py(
            vm,
            libc::AF_INET,
            &Value::tuple(vec![Value::string(host), Value::Int(0)]),
            "gethostbyname",
        )?;
        match addr_to_py(&addr) {
            Value::Tuple(t) => Ok(t[0].clone()),
            v => Ok(v),
        }
    });
    add_fn(vm, &m, "getaddrinfo", getaddrinfo);
    add_fn(vm, &m, "inet_aton", |vm, a, _| {
        let s = match a.first() {
            Some(Value::Str(s)) => s.as_str().to_string(),
            Some(v) => {
                return Err(vm.type_error(format!("inet_aton() argument 1 must be str, not {}", vm.type_name(v))));
            }
            None => return Err(vm.type_error("inet_aton() takes exactly one argument (0 given)")),
        };
        let bad = || "illegal IP address string passed to inet_aton";
        let c = std::ffi::CString::new(s).map_err(|_| vm.new_error(&vm.types.os_error.clone(), bad()))?;
        // SAFETY: inet_aton writes an in_addr.
        let mut addr: libc::in_addr = unsafe { zeroed() };
        if unsafe { inet_aton(c.as_ptr(), &mut addr) } == 0 {
            return Err(vm.new_error(&vm.types.os_error.clone(), bad()));
        }
        Ok(bytes_value(&addr.s_addr.to_ne_bytes()))
    });
    add_fn(vm, &m, "inet_ntoa", |vm, a, _| {
        let b = buffer_arg(vm, a.first())?;
        if b.len() != 4 {
            return Err(vm.new_error(&vm.types.os_error.clone(), "packed IP wrong length for inet_ntoa"));
        }
        Ok(Value::string(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string()))
    });
    add_fn(vm, &m, "inet_pton", |vm, a, _| {
        let family = int_arg(vm, a, 0)? as i32;
        let s = match a.get(1) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            Some(v) => {
                return Err(vm.type_error(format!("inet_pton() argument 2 must be str, not {}", vm.type_name(v))));
            }
            None => return Err(vm.type_error("inet_pton expected 2 arguments, got 1")),
        };
        let bad = |vm: &Vm| vm.new_error(&vm.types.os_error.clone(), "illegal IP address string passed to inet_pton");
        match family {
            libc::AF_INET => s
                .parse::<std::net::Ipv4Addr>()
                .map(|a| bytes_value(&a.octets()))
                .map_err(|_| bad(vm)),
            libc::AF_INET6 => s
                .parse::<std::net::Ipv6Addr>()
                .map(|a| bytes_value(&a.octets()))
                .map_err(|_| bad(vm)),
            _ => Err(errno_error(vm, libc::EAFNOSUPPORT)),
        }
    });
    add_fn(vm, &m, "inet_ntop", |vm, a, _| {
        let family = int_arg(vm, a, 0)? as i32;
        let b = buffer_arg(vm, a.get(1))?;
        match family {
            libc::AF_INET if b.len() == 4 => Ok(Value::string(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string())),
            libc::AF_INET6 if b.len() == 16 => {
                let mut o = [0u8; 16];
                o.copy_from_slice(&b);
                Ok(Value::string(std::net::Ipv6Addr::from(o).to_string()))
            }
            libc::AF_INET | libc::AF_INET6 => Err(vm.value_error("invalid length of packed IP address string")),
            _ => Err(vm.value_error(format!("unknown address family {family}"))),
        }
    });
    m
}

unsafe extern "C" {
    fn inet_aton(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;
}

fn set_nonblocking(vm: &Vm, fd: i32) -> PyResult<()> {
    // SAFETY: fcntl flag query and update on the given descriptor.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        if fl < 0 || libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK) < 0 {
            return Err(errno_error(vm, errno()));
        }
        libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
    }
    Ok(())
}

fn getsockopt_int(vm: &Vm, fd: i32, level: i32, opt: i32) -> PyResult<i32> {
    let mut v: libc::c_int = 0;
    let mut len = size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: v has room for an int.
    let r = unsafe { libc::getsockopt(fd, level, opt, (&mut v as *mut libc::c_int).cast(), &mut len) };
    if r != 0 {
        return Err(errno_error(vm, errno()));
    }
    Ok(v)
}

/// Is `fd` writable now (a non-blocking connect has finished)?
fn writable_now(fd: i32) -> bool {
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLOUT,
        revents: 0,
    };
    // SAFETY: one valid pollfd.
    unsafe { libc::poll(&mut p, 1, 0) > 0 }
}

fn connect_timeout_ex(_: &Vm) -> PyResult<Value> {
    Ok(Value::Int(libc::EWOULDBLOCK as i64))
}

/// `connect(fd, family, address, timeout)` / `connect_ex(...)` (which returns the errno).
fn connect(vm: &mut Vm, a: &[Value], parkable: bool, ex: bool) -> PyResult<Value> {
    vm.require(Network, "socket.connect")?;
    let fd = fd_arg(vm, a)?;
    let family = int_arg(vm, a, 1)? as i32;
    let caller = if ex { "connect_ex" } else { "connect" };
    let addr = addr_from_py(vm, family, a.get(2).unwrap_or(&Value::None), caller)?;
    let timeout = timeout_arg(vm, a, 3)?;
    let fail = move |vm: &Vm, e: i32| -> PyResult<Step> {
        if ex {
            Ok(Step::Done(Value::Int(e as i64)))
        } else {
            Err(errno_error(vm, e))
        }
    };
    let ok = if ex { Value::Int(0) } else { Value::None };
    if timeout.is_none() && !vm.sched.threaded() {
        // A blocking connect with no other thread to run: the real blocking call, which
        // leaves the socket in the states CPython's does (a retry after a refusal).
        return blocking_connect(vm, fd, &addr, ex);
    }
    // SAFETY: addr holds a valid sockaddr of addr.len bytes.
    let r = unsafe { libc::connect(fd, addr.ptr(), addr.len) };
    if r == 0 {
        return Ok(ok);
    }
    let e = errno();
    if e == libc::EINTR {
        vm.check_signals()?;
    }
    if e != libc::EINPROGRESS && e != libc::EINTR {
        return match fail(vm, e)? {
            Step::Done(v) => Ok(v),
            Step::Again(_) => Ok(Value::None),
        };
    }
    if timeout.is_some_and(|t| t <= 0.0) {
        return match fail(vm, libc::EINPROGRESS)? {
            Step::Done(v) => Ok(v),
            Step::Again(_) => Ok(Value::None),
        };
    }
    let op: Op = Rc::new(move |vm| {
        if !writable_now(fd) {
            return Ok(Step::Again(libc::EINPROGRESS));
        }
        let e = getsockopt_int(vm, fd, libc::SOL_SOCKET, libc::SO_ERROR)?;
        if e != 0 {
            return fail(vm, e);
        }
        Ok(Step::Done(if ex { Value::Int(0) } else { Value::None }))
    });
    run_io(
        vm,
        parkable,
        fd,
        true,
        timeout,
        op,
        if ex { connect_timeout_ex } else { raise_timeout },
    )
}

fn blocking_connect(vm: &mut Vm, fd: i32, addr: &SockAddr, ex: bool) -> PyResult<Value> {
    // SAFETY: fcntl flag query and update on the socket's descriptor.
    let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if fl < 0 {
        let e = errno();
        return if ex { Ok(Value::Int(e as i64)) } else { Err(errno_error(vm, e)) };
    }
    // SAFETY: as above.
    unsafe { libc::fcntl(fd, libc::F_SETFL, fl & !libc::O_NONBLOCK) };
    // SAFETY: addr holds a valid sockaddr of addr.len bytes.
    let r = unsafe { libc::connect(fd, addr.ptr(), addr.len) };
    let e = if r == 0 { 0 } else { errno() };
    // SAFETY: restoring the flags.
    unsafe { libc::fcntl(fd, libc::F_SETFL, fl) };
    if e == libc::EINTR {
        vm.check_signals()?;
    }
    if ex {
        return Ok(Value::Int(e as i64));
    }
    if e != 0 {
        return Err(errno_error(vm, e));
    }
    Ok(Value::None)
}

/// `getaddrinfo(host, port, family, type, proto, flags)` -> [(family, type, proto,
/// canonname, sockaddr)] with plain ints (socket.py makes the enums).
fn getaddrinfo(vm: &mut Vm, a: &[Value], _: crate::vm::KwArgs) -> PyResult<Value> {
    vm.require(Network, "socket.getaddrinfo")?;
    let host = match a.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(Value::Bytes(b)) => Some(String::from_utf8_lossy(b).into_owned()),
        Some(v) => return Err(vm.type_error(format!("getaddrinfo() argument 1 must be string or None, not {}", vm.type_name(v)))),
    };
    let port = match a.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Int(i)) => Some(i.to_string()),
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(Value::Bytes(b)) => Some(String::from_utf8_lossy(b).into_owned()),
        Some(v @ Value::Instance(_)) => Some(vm.to_index(v)?.to_string()),
        Some(_) => return Err(vm.new_error(&vm.types.os_error.clone(), "Int or String expected")),
    };
    let family = int_arg(vm, a, 2)? as i32;
    let typ = int_arg(vm, a, 3)? as i32;
    let proto = int_arg(vm, a, 4)? as i32;
    let flags = int_arg(vm, a, 5)? as i32;
    let nul = |vm: &Vm| vm.type_error("embedded null character");
    let chost = match &host {
        Some(h) => Some(std::ffi::CString::new(h.as_str()).map_err(|_| nul(vm))?),
        None => None,
    };
    let cport = match &port {
        Some(p) => Some(std::ffi::CString::new(p.as_str()).map_err(|_| nul(vm))?),
        None => None,
    };
    let mut out = vec![];
    // SAFETY: hints is plain data; the result list is walked then freed.
    unsafe {
        let mut hints: libc::addrinfo = zeroed();
        hints.ai_family = family;
        hints.ai_socktype = typ;
        hints.ai_protocol = proto;
        hints.ai_flags = flags;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let r = libc::getaddrinfo(
            chost.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            cport.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &hints,
            &mut res,
        );
        if r != 0 {
            return Err(gaierror(vm, r));
        }
        let mut p = res;
        while !p.is_null() {
            let ai = &*p;
            let mut addr = SockAddr::empty();
            let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
            std::ptr::copy_nonoverlapping(ai.ai_addr.cast::<u8>(), addr.mut_ptr().cast::<u8>(), n);
            addr.len = n as libc::socklen_t;
            let canon = if ai.ai_canonname.is_null() {
                String::new()
            } else {
                std::ffi::CStr::from_ptr(ai.ai_canonname).to_string_lossy().into_owned()
            };
            out.push(Value::tuple(vec![
                Value::Int(ai.ai_family as i64),
                Value::Int(ai.ai_socktype as i64),
                Value::Int(ai.ai_protocol as i64),
                Value::string(canon),
                addr_to_py(&addr),
            ]));
            p = ai.ai_next;
        }
        libc::freeaddrinfo(res);
    }
    Ok(Value::list(out))
}
