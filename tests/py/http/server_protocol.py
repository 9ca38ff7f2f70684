# BaseHTTPRequestHandler on raw requests: HTTP/0.9, 1.0 and 1.1, bad request lines and
# versions, unknown methods, 100-continue, keep-alive (1.0 and 1.1), too many headers.
import socket, threading, http.server, sys, io, time
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *a): pass
    def version_string(self): return 'V'
    def date_time_string(self, t=None): return 'D'
    def do_GET(self):
        body = ('%s|%s|%s|%s' % (self.command, self.path, self.request_version, sorted(self.headers.items()))).encode()
        self.send_response(200); self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
srv = http.server.ThreadingHTTPServer(('127.0.0.1', 30106), H)
threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True).start()
reqs = [b'GET /x\r\n\r\n', b'GET / HTTP/1.0\r\nA: 1\r\n\r\n', b'BREW / HTTP/1.1\r\n\r\n', b'GET / HTTP/2.0\r\n\r\n',
        b'GET / FOO/1.1\r\n\r\n', b'GET / HTTP/1.1 extra\r\n\r\n', b'POST /x\r\n', b'GET //evil/path HTTP/1.0\r\n\r\n',
        b'GET / HTTP/1.1\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n', b'\r\n',
        b'GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /two HTTP/1.1\r\nConnection: close\r\n\r\n',
        b'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /2 HTTP/1.0\r\n\r\n',
        b'GET / HTTP/1.1\r\n' + b'X: y\r\n' * 101 + b'\r\n']
for r in reqs:
    s = socket.create_connection(('127.0.0.1', 30106)); s.sendall(r)
    s.settimeout(2)
    out = b''
    try:
        while True:
            d = s.recv(65536)
            if not d: break
            out += d
    except OSError as e:
        out += b'<timeout>'
    s.close()
    print(repr(r[:40]), '->', repr(out[:300]).replace('\\r\\n', '|'))
srv.shutdown(); srv.server_close()
