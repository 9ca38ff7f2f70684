# Threads waiting on the same socket at once: three acceptors, a reader and a writer.
import socket, _thread, time
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 28181)); srv.listen()
out = []
def acceptor(n):
    c, _ = srv.accept()
    out.append((n, c.recv(10)))
    c.close()
for n in range(3):
    _thread.start_new_thread(acceptor, (n,))
time.sleep(0.05)
cs = []
for n in range(3):
    c = socket.create_connection(('127.0.0.1', 28181)); c.sendall(b'c%d' % n); cs.append(c)
    time.sleep(0.05)
print(sorted(n for n, _ in out), sorted(d for _, d in out))
# reader and writer on the same socket
a, b = socket.socketpair()
got = []
def reader():
    got.append(a.recv(5))
_thread.start_new_thread(reader, ())
time.sleep(0.02)
def writer():
    a.sendall(b'x' * 2000000)
    got.append('sent')
_thread.start_new_thread(writer, ())
time.sleep(0.05)
total = 0
b.send(b'hello')
while total < 2000000:
    total += len(b.recv(1000000))
time.sleep(0.05)
print(got, total)
