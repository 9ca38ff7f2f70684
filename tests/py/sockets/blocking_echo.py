# A blocking echo server in a thread (_thread) and a blocking client in the main thread.
import socket
import _thread
import time

PORT = 28101
ready = _thread.allocate_lock()
ready.acquire()
done = _thread.allocate_lock()
done.acquire()
log = []


def server():
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', PORT))
    srv.listen(5)
    log.append('listening')
    ready.release()
    for i in range(3):
        conn, addr = srv.accept()
        log.append(('accepted', type(conn).__name__, addr[0], type(addr[1]).__name__))
        with conn:
            while True:
                data = conn.recv(4)
                if not data:
                    break
                conn.sendall(data.upper())
        log.append('closed %d' % i)
    srv.close()
    done.release()


_thread.start_new_thread(server, ())
ready.acquire()
for i in range(3):
    c = socket.socket()
    c.connect(('localhost', PORT))
    print('peer', c.getpeername())
    c.sendall(b'hello world %d' % i)
    c.shutdown(socket.SHUT_WR)
    chunks = []
    while True:
        d = c.recv(1024)
        if not d:
            break
        chunks.append(d)
    print(b''.join(chunks))
    c.close()
done.acquire()
for entry in log:
    print(entry)

# create_connection / create_server, makefile
srv = socket.create_server(('127.0.0.1', PORT + 1))
print(srv.family, srv.type, repr(srv.family), repr(srv.type), srv.proto)
print(srv.getsockname())
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)


def line_server():
    conn, _ = srv.accept()
    f = conn.makefile('rb')
    w = conn.makefile('w')
    for line in f:
        w.write('got %r\n' % line)
    w.close()
    f.close()
    conn.close()
    done.release()


_thread.start_new_thread(line_server, ())
c = socket.create_connection(('127.0.0.1', PORT + 1), timeout=2)
print(c.gettimeout(), c.getblocking())
c.sendall(b'one\ntwo\nthree')
c.shutdown(socket.SHUT_WR)
r = c.makefile('r')
print(r.readline(), end='')
print(r.read(), end='')
r.close()
c.close()
done.acquire()
srv.close()
print(srv)
print(c)
