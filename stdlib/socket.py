"""The socket module: the `socket` class over `_socket`'s fd operations.

The fd is always non-blocking inside; a socket's timeout (None: blocking, 0.0:
non-blocking, > 0: timed) is applied by `_socket`, which waits for readiness without
blocking the other threads.
"""

import _socket
from _socket import *
from _socket import herror, gaierror

error = OSError
timeout = TimeoutError

_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


class _IntConst(int):
    """An IntEnum-like member: int value, `<Class.NAME: value>` repr, int str."""

    _members = None

    def __repr__(self):
        return '<%s.%s: %d>' % (type(self).__name__, self._name_, int(self))

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __reduce__(self):
        return (type(self), (int(self),))


class AddressFamily(_IntConst):
    pass


class SocketKind(_IntConst):
    pass


class MsgFlag(_IntConst):
    pass


class AddressInfo(_IntConst):
    pass


def _make_members(cls, prefix, names):
    members = {}
    g = globals()
    for name in names:
        if name in g:
            v = g[name]
            m = int.__new__(cls, v)
            m._name_ = name
            members.setdefault(v, m)
            g[name] = members[v]
    cls._members = members
    cls.__module__ = 'socket'


_make_members(AddressFamily, 'AF_', ['AF_UNSPEC', 'AF_INET', 'AF_INET6', 'AF_UNIX'])
_make_members(SocketKind, 'SOCK_', ['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', 'SOCK_SEQPACKET',
                                    'SOCK_NONBLOCK', 'SOCK_CLOEXEC'])
_make_members(MsgFlag, 'MSG_', ['MSG_OOB', 'MSG_PEEK', 'MSG_DONTROUTE', 'MSG_DONTWAIT', 'MSG_EOR',
                                'MSG_TRUNC', 'MSG_WAITALL', 'MSG_NOSIGNAL'])
_make_members(AddressInfo, 'AI_', ['AI_PASSIVE', 'AI_CANONNAME', 'AI_NUMERICHOST', 'AI_V4MAPPED',
                                   'AI_ALL', 'AI_ADDRCONFIG', 'AI_NUMERICSERV'])


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass._members[value]
    except (KeyError, TypeError):
        return value


def getdefaulttimeout():
    return _default_timeout


def _timeout_value(value):
    if value is None:
        return None
    if isinstance(value, (int, float)):
        t = float(value)
    elif hasattr(type(value), '__float__'):
        t = float(value)
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    if t < 0:
        raise ValueError('Timeout value out of range')
    return t


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


_SOCK_FLAGS = SOCK_NONBLOCK | SOCK_CLOEXEC


class socket:
    """A socket object."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        self._fd = -1
        self._closed = False
        self._io_refs = 0
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _socket.socket(family, type, proto)
        else:
            if isinstance(fileno, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            fd = fileno.__index__()
            if fd < 0:
                raise ValueError('negative file descriptor')
            f, t, p = _socket.adopt(fd)
            if family == -1:
                family = f
            if type == -1:
                type = t
            if proto == -1:
                proto = p
        self._fd = fd
        self._family = int(family)
        self._type = int(type) & ~_SOCK_FLAGS
        self._proto = int(proto)
        if type & SOCK_NONBLOCK:
            self._timeout = 0.0
        else:
            self._timeout = _default_timeout

    # -- attributes --------------------------------------------------------------------

    @property
    def family(self):
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = self._closed
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            type(self).__module__, type(self).__qualname__,
            " [closed]" if closed else "",
            self.fileno(), self._family, self._type, self._proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except (error, AttributeError):
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except (error, AttributeError):
                pass
        s += '>'
        return s

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def __del__(self):
        try:
            fd = self._fd
        except AttributeError:
            return
        if fd >= 0:
            self._fd = -1
            try:
                _socket.close(fd)
            except OSError:
                pass

    # -- descriptors ---------------------------------------------------------------------

    def fileno(self):
        return self._fd

    def dup(self):
        raise OSError('dup() is not supported')

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        fd = self._fd
        if fd >= 0:
            self._fd = -1
            _socket.close(fd)

    def detach(self):
        self._closed = True
        fd = self._fd
        self._fd = -1
        return fd

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    # -- blocking mode ---------------------------------------------------------------------

    def settimeout(self, value):
        self._timeout = _timeout_value(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    # -- operations --------------------------------------------------------------------

    def bind(self, address):
        _socket.bind(self._fd, self._family, address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._fd, max(backlog, 0))

    def _accept(self):
        return _socket.accept(self._fd, self._timeout)

    def accept(self):
        fd, addr = _socket.accept(self._fd, self._timeout)
        sock = socket(self._family, self._type, self._proto, fileno=fd)
        if _default_timeout is None and self._timeout:
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        _socket.connect(self._fd, self._family, address, self._timeout)

    def connect_ex(self, address):
        return _socket.connect_ex(self._fd, self._family, address, self._timeout)

    def send(self, data, flags=0):
        return _socket.send(self._fd, data, flags, self._timeout)

    def sendall(self, data, flags=0):
        _socket.sendall(self._fd, data, flags, self._timeout)

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return _socket.sendto(self._fd, data, flags, self._family, addr, self._timeout)

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._fd, bufsize, flags, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recvfrom(self._fd, bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        return _socket.recv_into(self._fd, buffer, nbytes, flags, self._timeout, False)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        return _socket.recv_into(self._fd, buffer, nbytes, flags, self._timeout, True)

    def getsockname(self):
        return _socket.getsockname(self._fd)

    def getpeername(self):
        return _socket.getpeername(self._fd)

    def setsockopt(self, level, optname, value, optlen=None):
        _socket.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        return _socket.getsockopt(self._fd, level, optname, buflen)

    def shutdown(self, how):
        _socket.shutdown(self._fd, how)

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        f = _SocketFile(self, reading, writing, binary, encoding or 'utf-8', errors or 'strict', mode)
        self._io_refs += 1
        return f


SocketType = socket


class _SocketFile:
    """A basic file over a socket (`socket.makefile`): buffered reads, writes sent at once."""

    def __init__(self, sock, reading, writing, binary, encoding, errors, mode):
        self._sock = sock
        self._reading = reading
        self._writing = writing
        self._binary = binary
        self._encoding = encoding
        self._errors = errors
        self._buf = b''
        self._eof = False
        self.mode = mode
        self.closed = False

    def __repr__(self):
        return '<socket file mode=%r>' % (self.mode,)

    def fileno(self):
        return self._sock.fileno()

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(8192)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def _out(self, data):
        if self._binary:
            return data
        return data.decode(self._encoding, self._errors)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
        else:
            while len(self._buf) < size and self._fill():
                pass
            data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def readline(self, size=-1):
        self._check()
        while b'\n' not in self._buf and self._fill():
            pass
        i = self._buf.find(b'\n')
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._out(data)

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        raw = data if self._binary else data.encode(self._encoding, self._errors)
        self._sock.sendall(raw)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def fromfd(fd, family, type, proto=0):
    raise OSError('fromfd() is not supported')


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                      all_errors=False):
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        if family in (AF_INET, AF_INET6):
            try:
                sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
            except error:
                pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    return name


def _check_u16(name, x):
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    if x < 0:
        raise OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer" % name)
    if x > 0xffff:
        raise OverflowError("%s: Python int too large to convert to C 16-bit unsigned integer" % name)


def _check_u32(x):
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xffffffff:
        raise OverflowError("int larger than 32 bits")


def htons(x):
    _check_u16('htons', x)
    return ((x & 0xff) << 8) | (x >> 8)


def ntohs(x):
    _check_u16('ntohs', x)
    return ((x & 0xff) << 8) | (x >> 8)


def htonl(x):
    _check_u32(x)
    return int.from_bytes(int(x).to_bytes(4, 'little'), 'big')


def ntohl(x):
    _check_u32(x)
    return int.from_bytes(int(x).to_bytes(4, 'little'), 'big')


def getservbyname(name, proto=None):
    services = {'http': 80, 'https': 443, 'ftp': 21, 'ssh': 22, 'smtp': 25, 'domain': 53, 'telnet': 23}
    if name in services:
        return services[name]
    raise OSError('service/proto not found')
