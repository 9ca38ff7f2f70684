# socketserver: TCPServer.handle_request / timeout, serve_forever + shutdown from another
# thread, ThreadingTCPServer joining its threads on close, StreamRequestHandler files.
import socket
import socketserver
import threading
import time

PORT = 30103
events = []


class Echo(socketserver.StreamRequestHandler):
    def setup(self):
        super().setup()
        events.append('setup')

    def handle(self):
        while True:
            line = self.rfile.readline()
            if not line or line.strip() == b'quit':
                break
            self.wfile.write(line.upper())
        events.append('handled')

    def finish(self):
        events.append('finish')
        super().finish()


def talk(port, lines):
    with socket.create_connection(('127.0.0.1', port)) as s:
        f = s.makefile('rb')
        out = []
        for line in lines:
            s.sendall(line)
            out.append(f.readline())
        s.sendall(b'quit\n')
        f.close()
        return out


class Server(socketserver.TCPServer):
    allow_reuse_address = True
    timeout = 0.2

    def handle_timeout(self):
        events.append('timeout')


with Server(('127.0.0.1', PORT), Echo) as srv:
    print(srv.server_address, srv.socket.type == socket.SOCK_STREAM, srv.fileno() > 0)
    results = []
    t = threading.Thread(target=lambda: results.append(talk(PORT, [b'abc\n', b'xyz\n'])))
    t.start()
    srv.handle_request()
    t.join()
    print(results, events)
    events.clear()
    srv.handle_request()
    print(events)
print(srv.socket.fileno())

events.clear()
srv = Server(('127.0.0.1', PORT), Echo)
runner = threading.Thread(target=srv.serve_forever, args=(0.05,))
runner.start()
print(talk(PORT, [b'one\n']), talk(PORT, [b'two\n', b'three\n']))
srv.shutdown()
runner.join()
srv.server_close()
print(events, runner.is_alive())


class Slow(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        time.sleep(0.05 * int(data))
        events.append('slow %s' % data.decode())
        self.request.sendall(data)


class TServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True


print(TServer.daemon_threads, TServer.block_on_close)
events.clear()
srv = TServer(('127.0.0.1', PORT), Slow)
runner = threading.Thread(target=srv.serve_forever, args=(0.05,))
runner.start()
socks = []
for n in (3, 1, 2):
    s = socket.create_connection(('127.0.0.1', PORT))
    s.sendall(str(n).encode())
    socks.append(s)
print([s.recv(10) for s in socks])
for s in socks:
    s.close()
srv.shutdown()
srv.server_close()
runner.join()
print(events)

try:
    Server(('127.0.0.1', PORT), Echo, bind_and_activate=False).server_close()
    print('unbound ok')
except OSError as e:
    print('error', e)
