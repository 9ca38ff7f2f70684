# A non-blocking echo server driven by select.select, with non-blocking clients, in one thread.
import select
import socket

PORT = 28120
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', PORT))
srv.listen(8)
srv.setblocking(False)

clients = []
for i in range(3):
    c = socket.socket()
    c.setblocking(False)
    err = c.connect_ex(('127.0.0.1', PORT))
    print('connect_ex', err in (0, 115))
    clients.append(c)

# Wait until every client is connected (writable).
pending = list(clients)
while pending:
    _, w, _ = select.select([], pending, [], 1.0)
    for c in w:
        pending.remove(c)
print('all writable', [c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) for c in clients])
for i, c in enumerate(clients):
    c.send(b'msg %d' % i)

conns = []
replies = {}
while len(replies) < len(clients):
    r, w, x = select.select([srv] + conns + clients, [], [], 1.0)
    for s in r:
        if s is srv:
            conn, addr = srv.accept()
            conn.setblocking(False)
            conns.append(conn)
        elif s in conns:
            data = s.recv(100)
            if data:
                s.send(data[::-1])
            else:
                conns.remove(s)
                s.close()
        else:
            replies[clients.index(s)] = s.recv(100)
for i in sorted(replies):
    print(i, replies[i])

# Objects are returned as given, ints stay ints; duplicates are kept.
a, b = socket.socketpair()
b.send(b'x')
r, w, x = select.select([a, a.fileno(), b], [b], [], 0)
print(r[0] is a, r[1] == a.fileno(), len(r), w[0] is b, x)


class Wrapper:
    def __init__(self, s):
        self.s = s

    def fileno(self):
        return self.s.fileno()


wa = Wrapper(a)
r, _, _ = select.select([wa], [], [])
print(r[0] is wa)
print(select.select([], [], [], 0))
print(select.select([], [], [], 0.01))
for args in [(), ([],), ([], []), ([], [], [], -1), ([], [], [], 'x'), (5, [], []), ([None], [], []), ([-1], [], [])]:
    try:
        print(select.select(*args))
    except Exception as e:
        print(type(e).__name__, e)
a.close()
try:
    select.select([a], [], [], 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    fd = b.fileno()
    b.close()
    select.select([fd], [], [], 0)
except Exception as e:
    print(type(e).__name__, e)

for c in clients + conns:
    c.close()
srv.close()
