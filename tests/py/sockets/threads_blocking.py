# Several threads blocked in socket and select calls at once: each blocks only itself.
import _thread
import select
import socket
import time

PORT = 28170
lock = _thread.allocate_lock()
results = []
finished = []


def note(x):
    with lock:
        results.append(x)


def reader(name, sock):
    data = sock.recv(100)
    note((name, 'recv', data))
    finished.append(name)


def acceptor(srv):
    conn, _ = srv.accept()
    data = b''
    while len(data) < 6:
        data += conn.recv(100)
    note(('acceptor', data))
    conn.sendall(b'bye')
    conn.close()
    finished.append('acceptor')


def selector(sock):
    r, _, _ = select.select([sock], [], [], 5)
    note(('selector', len(r)))
    finished.append('selector')


def timed(sock):
    sock.settimeout(0.05)
    try:
        sock.recv(10)
    except TimeoutError as e:
        note(('timed', str(e)))
    finished.append('timed')


def epoller(sock):
    ep = select.epoll()
    ep.register(sock, select.EPOLLIN)
    evs = ep.poll(5)
    note(('epoller', len(evs)))
    ep.close()
    finished.append('epoller')


pairs = [socket.socketpair() for _ in range(5)]
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', PORT))
srv.listen()
_thread.start_new_thread(reader, ('r0', pairs[0][0]))
_thread.start_new_thread(reader, ('r1', pairs[1][0]))
_thread.start_new_thread(acceptor, (srv,))
_thread.start_new_thread(selector, (pairs[2][0],))
_thread.start_new_thread(timed, (pairs[3][0],))
_thread.start_new_thread(epoller, (pairs[4][0],))
time.sleep(0.1)
print('main runs while they wait:', sorted(finished))
pairs[1][1].send(b'second')
time.sleep(0.05)
pairs[0][1].send(b'first')
time.sleep(0.05)
c = socket.create_connection(('127.0.0.1', PORT))
c.sendall(b'abc')
time.sleep(0.05)
c.sendall(b'def')
print('client got', c.recv(10))
pairs[2][1].send(b'x')
time.sleep(0.05)
pairs[4][1].send(b'y')
deadline = time.monotonic() + 5
while len(finished) < 6 and time.monotonic() < deadline:
    time.sleep(0.01)
for r in results:
    print(r)
print(sorted(finished))
c.close()
srv.close()
for a, b in pairs:
    a.close()
    b.close()
