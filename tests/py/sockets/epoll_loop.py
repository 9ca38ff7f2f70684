# select.epoll and select.poll: an echo loop over socketpairs and a listening socket.
import select
import socket

PORT = 28130
ep = select.epoll()
print(ep.closed, type(ep).__name__)
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', PORT))
srv.listen()
srv.setblocking(False)
ep.register(srv, select.EPOLLIN)
print(ep.poll(0))
c = socket.create_connection(('127.0.0.1', PORT))
events = ep.poll(1)
print([(fd == srv.fileno(), ev == select.EPOLLIN) for fd, ev in events])
conn, _ = srv.accept()
conn.setblocking(False)
ep.register(conn.fileno(), select.EPOLLIN | select.EPOLLRDHUP)
c.sendall(b'ping')
names = {srv.fileno(): 'srv', conn.fileno(): 'conn'}
for fd, ev in ep.poll(timeout=1, maxevents=10):
    print(names[fd], ev & select.EPOLLIN != 0)
print(conn.recv(10))
print(ep.poll(0.01))
ep.modify(conn, select.EPOLLOUT)
print([(names[fd], ev) for fd, ev in ep.poll()])
c.close()
ep.modify(conn, select.EPOLLIN | select.EPOLLRDHUP)
evs = ep.poll(1)
print([(names[fd], bool(ev & select.EPOLLRDHUP), bool(ev & select.EPOLLIN)) for fd, ev in evs])
print(conn.recv(10))
ep.unregister(conn)

for f in [lambda: ep.register(srv), lambda: ep.modify(conn, 1), lambda: ep.unregister(conn),
          lambda: ep.poll(0, 0), lambda: ep.poll('x'), lambda: ep.register(-1),
          lambda: ep.register('x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
ep.close()
print(ep.closed)
ep.close()
for f in [ep.poll, ep.fileno, lambda: ep.register(srv)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
with select.epoll() as e2:
    print(e2.closed, e2.fileno() > 2)
print(e2.closed)
conn.close()
srv.close()

# select.poll
a, b = socket.socketpair()
p = select.poll()
p.register(a)
p.register(b, select.POLLOUT)
names = {a.fileno(): 'a', b.fileno(): 'b'}
print([(names[fd], ev) for fd, ev in p.poll(0)])
b.send(b'data')
print([(names[fd], ev) for fd, ev in p.poll()])
print([(names[fd], ev) for fd, ev in p.poll(None)])
p.modify(a, select.POLLIN)
p.unregister(b)
print([(names[fd], ev) for fd, ev in p.poll(10)])
print(a.recv(10), p.poll(10), p.poll(0.5))
for f in [lambda: p.modify(9999, 1), lambda: p.unregister(9999), lambda: p.poll('x'),
          lambda: p.register('x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b.close()
print([(names[fd], ev) for fd, ev in p.poll(100)])
a.close()
print([(names[fd], ev) for fd, ev in p.poll(100)])
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLPRI, select.EPOLLERR, select.EPOLLHUP,
      select.EPOLLET, select.EPOLLRDHUP, select.POLLIN, select.POLLOUT, select.POLLNVAL,
      select.POLLERR, select.POLLHUP, select.POLLPRI, select.error)
