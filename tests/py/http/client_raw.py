# http.client against a socketserver.TCPServer sending canned responses:
# Content-Length, chunked (read, read(n), readline), read-to-close, keep-alive,
# HTTP/1.0, 100 Continue, errors (BadStatusLine, RemoteDisconnected, IncompleteRead).
import socketserver
import threading
import http.client

PORT = 30102

CANNED = {
    '/length': b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\nx-a: 2\r\n\r\nhello',
    '/chunked': (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
                 b'4\r\nWiki\r\n6;ext=1\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\n'
                 b'Trailer: x\r\n\r\n'),
    '/lines': (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
               b'7\r\nab\ncd\ne\r\n3\r\nf\ng\r\n0\r\n\r\n'),
    '/close': b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end',
    '/old': b'HTTP/1.0 203 Non-Authoritative Information\r\n\r\nold style',
    '/continue': (b'HTTP/1.1 100 Continue\r\n\r\n'
                  b'HTTP/1.1 200 Fine\r\nContent-Length: 2\r\n\r\nok'),
    '/bad': b'GARBAGE\r\n\r\n',
    '/empty': b'',
    '/short': b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc',
    '/noreason': b'HTTP/1.1 299\r\nContent-Length: 0\r\n\r\n',
}
seen = []


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            line = self.rfile.readline()
            if not line:
                return
            method, path, version = line.decode().split()
            headers = []
            while True:
                h = self.rfile.readline()
                if h in (b'\r\n', b'\n', b''):
                    break
                headers.append(h.decode().strip())
            length = [int(h.split(':')[1]) for h in headers if h.lower().startswith('content-length')]
            body = self.rfile.read(length[0]) if length else b''
            if any(h.lower() == 'transfer-encoding: chunked' for h in headers):
                while True:
                    size = int(self.rfile.readline(), 16)
                    chunk = self.rfile.read(size + 2)[:-2]
                    if not size:
                        break
                    body += chunk
            seen.append((method, path, version, headers, body))
            self.wfile.write(CANNED.get(path, CANNED['/length']))
            if path in ('/close', '/old', '/bad', '/empty', '/short'):
                return


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


server = Server(('127.0.0.1', PORT), Handler)
threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()

conn = http.client.HTTPConnection('127.0.0.1', PORT, timeout=5)
conn.request('GET', '/length')
r = conn.getresponse()
print(r.status, r.reason, r.version, r.chunked, r.length, r.will_close)
print(r.getheader('x-a'), r.getheaders(), r.headers.get_all('X-A'))
print(r.read(2), r.read(), r.read(), r.isclosed())

conn.request('POST', '/chunked', body=b'payload', headers={'X-Custom': 'v'})
r = conn.getresponse()
print(r.status, r.chunked, r.read())
conn.request('GET', '/chunked')
r = conn.getresponse()
print(r.read(3), r.read(5), r.read(100), r.read())
conn.request('GET', '/lines')
r = conn.getresponse()
print(r.readline(), r.readline(), r.readlines())
conn.request('PUT', '/length', body='text body')
print(conn.getresponse().read())
conn.request('POST', '/length', body=iter([b'it', b'er']))
print(conn.getresponse().read())
conn.request('POST', '/length')
print(conn.getresponse().read())
conn.request('GET', '/close')
r = conn.getresponse()
print(r.will_close, r.length, r.read(), conn.sock)
conn.close()

for path in ['/old', '/continue', '/noreason']:
    c = http.client.HTTPConnection('127.0.0.1:%d' % PORT)
    c.request('GET', path)
    r = c.getresponse()
    print(path, r.status, repr(r.reason), r.version, r.will_close, r.read())
    c.close()

for path in ['/bad', '/empty', '/short']:
    c = http.client.HTTPConnection('127.0.0.1', PORT)
    c.request('GET', path)
    try:
        r = c.getresponse()
        r.read()
    except http.client.HTTPException as e:
        print(path, type(e).__name__, repr(e), e.args, isinstance(e, ConnectionError))
    c.close()

c = http.client.HTTPConnection('127.0.0.1', PORT)
c.request('GET', '/length')
try:
    c.request('GET', '/length')
except http.client.CannotSendRequest as e:
    print('CannotSendRequest', e)
c.getresponse().read()
try:
    c.getresponse()
except http.client.ResponseNotReady as e:
    print('ResponseNotReady', e)
c.close()
try:
    http.client.HTTPConnection('127.0.0.1:abc')
except http.client.InvalidURL as e:
    print('InvalidURL', e)
print(http.client.HTTPConnection('h').port, http.client.HTTPConnection('h:81').port,
      http.client.HTTPConnection('[::1]:82').host)

server.shutdown()
server.server_close()
for method, path, version, headers, body in seen:
    print(method, path, version, headers, body)
