# selectors: an echo server and clients driven by each selector class.
import selectors
import socket

PORT = 28140


def run(cls, port):
    sel = cls()
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', port))
    srv.listen()
    srv.setblocking(False)
    key = sel.register(srv, selectors.EVENT_READ, 'accept')
    print(cls.__name__, type(key).__name__, key.events, key.data, key.fileobj is srv)
    clients = []
    for i in range(3):
        c = socket.socket()
        c.setblocking(False)
        c.connect_ex(('127.0.0.1', port))
        sel.register(c, selectors.EVENT_WRITE, ('client', i))
        clients.append(c)
    got = {}
    while len(got) < 3:
        for key, mask in sel.select(timeout=2):
            if key.data == 'accept':
                conn, _ = srv.accept()
                conn.setblocking(False)
                sel.register(conn, selectors.EVENT_READ, 'echo')
            elif key.data == 'echo':
                data = key.fileobj.recv(100)
                if data:
                    key.fileobj.send(data.upper())
                else:
                    sel.unregister(key.fileobj)
                    key.fileobj.close()
            elif key.data[0] == 'client' and mask & selectors.EVENT_WRITE:
                key.fileobj.send(b'hello %d' % key.data[1])
                sel.modify(key.fileobj, selectors.EVENT_READ, ('reply', key.data[1]))
            elif key.data[0] == 'reply':
                got[key.data[1]] = key.fileobj.recv(100)
                sel.unregister(key.fileobj)
                key.fileobj.close()
    print(sorted(got.items()))
    print(len(sel.get_map()), sel.get_key(srv).data)
    # the server side sees the clients' EOF
    while len(sel.get_map()) > 1:
        for key, mask in sel.select(timeout=2):
            if key.data == 'echo':
                if not key.fileobj.recv(100):
                    sel.unregister(key.fileobj)
                    key.fileobj.close()
    a, b = socket.socketpair()
    for f in [lambda: sel.register(srv, selectors.EVENT_READ), lambda: sel.register(a, 0),
              lambda: sel.register(a, 4), lambda: sel.unregister(a), lambda: sel.get_key(a),
              lambda: sel.register('x', 1), lambda: sel.modify(a, 1), lambda: sel.register(-1, 1)]:
        try:
            f()
        except Exception as e:
            print(type(e).__name__, str(e).replace(repr(srv), '<srv>').replace(repr(a), '<a>').replace('(FD %d)' % srv.fileno(), '(FD N)'))
    print(sel.select(0), sel.select(0.01))
    k = sel.register(a.fileno(), selectors.EVENT_READ | selectors.EVENT_WRITE)
    print(k.fileobj == a.fileno(), k.data, [(key.fd == a.fileno(), m) for key, m in sel.select()])
    b.send(b'!')
    print([m for key, m in sel.select()])
    print(len(sel.get_map()), a.fileno() in sel.get_map(), srv in sel.get_map())
    sel.close()
    print(sel.get_map())
    a.close()
    b.close()
    srv.close()


run(selectors.DefaultSelector, PORT)
run(selectors.EpollSelector, PORT + 1)
run(selectors.PollSelector, PORT + 2)
run(selectors.SelectSelector, PORT + 3)
print(selectors.DefaultSelector is selectors.EpollSelector, selectors.EVENT_READ, selectors.EVENT_WRITE)
print(selectors.SelectorKey(1, 2, 3, 4))
with selectors.DefaultSelector() as s:
    print(s.get_map() is not None)
print(s.get_map())
