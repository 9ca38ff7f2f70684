# Socket error paths: refused, address in use, bad fd, non-blocking, timeouts, bad arguments.
import socket
import time

BASE = 28110


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', getattr(e, 'errno', None))
    else:
        print('ok', repr(r))


# Connection refused on a port nobody listens on.
c = socket.socket()
show(lambda: c.connect(('127.0.0.1', BASE)))
c.close()
c = socket.socket()
show(lambda: c.connect_ex(('127.0.0.1', BASE)))
c.close()
print(issubclass(ConnectionRefusedError, OSError), socket.error is OSError, socket.timeout is TimeoutError)

# Address already in use.
a = socket.socket()
a.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
a.bind(('127.0.0.1', BASE + 1))
a.listen()
b = socket.socket()
show(lambda: b.bind(('127.0.0.1', BASE + 1)))
b.close()

# Non-blocking accept with nothing pending; then a timed accept.
a.setblocking(False)
print(a.getblocking(), a.gettimeout())
show(a.accept)
a.settimeout(0.05)
print(a.getblocking(), a.gettimeout())
t0 = time.monotonic()
show(a.accept)
print('waited', time.monotonic() - t0 >= 0.04)
a.settimeout(None)
print(a.getblocking(), a.gettimeout())

# A connected pair: recv timeout, non-blocking recv, peer closed.
c = socket.create_connection(('127.0.0.1', BASE + 1))
a.settimeout(1)
s, addr = a.accept()
print(s.gettimeout(), c.gettimeout())
s.settimeout(0.05)
show(lambda: s.recv(10))
s.setblocking(False)
show(lambda: s.recv(10))
show(lambda: s.recv(-1))
c.sendall(b'abc')
time.sleep(0.02)
show(lambda: s.recv(10, socket.MSG_PEEK))
show(lambda: s.recv(10))
c.close()
time.sleep(0.02)
show(lambda: s.recv(10))
# Sending to a closed peer: EPIPE or ECONNRESET, never SIGPIPE.
errors = set()
for i in range(20):
    try:
        s.send(b'x' * 1000)
    except (BrokenPipeError, ConnectionResetError) as e:
        errors.add(type(e).__name__)
        break
    time.sleep(0.01)
print(sorted(errors) in (['BrokenPipeError'], ['ConnectionResetError']))
s.close()

# Operations on a closed socket.
show(lambda: s.recv(1))
show(lambda: s.send(b'x'))
show(s.fileno)
show(s.getsockname)
show(s.close)
print(repr(s))

# Non-blocking connect.
c = socket.socket()
c.setblocking(False)
show(lambda: c.connect(('127.0.0.1', BASE + 1)))
time.sleep(0.02)
show(lambda: c.getpeername())
c.close()
a.close()

# Bad arguments.
s = socket.socket()
show(lambda: s.bind('x'))
show(lambda: s.bind(('127.0.0.1',)))
show(lambda: s.bind(('127.0.0.1', 'x')))
show(lambda: s.bind(('127.0.0.1', 70000)))
show(lambda: s.bind(('127.0.0.1', -1)))
show(lambda: s.bind((1, 2)))
show(lambda: s.settimeout(-1))
show(lambda: s.settimeout('x'))
show(lambda: s.send('text'))
show(lambda: s.recv(1))
s.close()
show(lambda: socket.socket(12345))
show(lambda: socket.socket(socket.AF_INET, 12345))
show(lambda: socket.inet_aton('x'))
show(lambda: socket.inet_ntoa(b'x'))
show(lambda: socket.getaddrinfo('not-an-address', 80, flags=socket.AI_NUMERICHOST))
print(issubclass(socket.gaierror, OSError), socket.gaierror.__module__, socket.herror.__name__)
show(lambda: socket.htons(-1))
show(lambda: socket.htons(70000))
