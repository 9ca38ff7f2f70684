# socketpair, UDP datagrams, AF_UNIX stream and datagram sockets on a temp path.
import os
import socket


def masked(s):
    return repr(s).replace('fd=%d' % s.fileno(), 'fd=N')


a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), repr(b.type))
print(masked(a))
print(repr(a.getsockname()), repr(b.getpeername()))
a.sendall(b'over the pair')
print(b.recv(100))
buf = bytearray(8)
a.send(b'0123456789ab')
print(b.recv_into(buf), buf)
mv = memoryview(bytearray(4))
print(b.recv_into(mv, 2), bytes(mv))
print(b.recv(100))
a.close()
print(b.recv(100))
b.close()

# UDP
PORT = 28150
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', PORT))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(('127.0.0.1', PORT + 1))
print(masked(u1))
print(u2.sendto(b'datagram one', ('127.0.0.1', PORT)))
print(u2.sendto(b'datagram two', 0, ('localhost', PORT)))
print(u1.recvfrom(100))
data, addr = u1.recvfrom(100)
print(data, addr)
u1.sendto(b'reply', addr)
print(u2.recv(3))
u1.settimeout(0.05)
try:
    u1.recvfrom(10)
except socket.timeout as e:
    print('timeout', e)
u2.connect(('127.0.0.1', PORT))
u2.send(b'connected')
buf = bytearray(20)
print(u1.recvfrom_into(buf), bytes(buf))
u1.close()
u2.close()

# AF_UNIX
path = '/tmp/aspic_sock_test_%d.sock' % os.getpid()
if os.path.exists(path):
    os.remove(path)
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print(srv.getsockname() == path, repr(srv.family))
print(masked(srv).replace(path, 'PATH'))
c = socket.socket(socket.AF_UNIX)
c.connect(path)
conn, addr = srv.accept()
print(repr(addr), repr(c.getsockname()), c.getpeername() == path)
c.sendall(b'unix stream')
print(conn.recv(100))
conn.close()
c.close()
srv.close()
os.remove(path)
try:
    socket.socket(socket.AF_UNIX).connect(path)
except FileNotFoundError as e:
    print(type(e).__name__, e)
d1 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d1.bind(path)
d2 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d2.sendto(b'unix dgram', path)
print(d1.recvfrom(100))
d1.close()
d2.close()
os.remove(path)
with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
    try:
        s.bind(('a', 1))
    except TypeError as e:
        print(e)
    try:
        s.bind('x' * 200)
    except OSError as e:
        print(e)
print(s)
