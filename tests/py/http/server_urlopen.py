# http.server in a thread answered by urllib.request (urlopen, Request, HTTPError,
# URLError, urlretrieve) and by http.client; the handler logs with a fixed date.
import io
import sys
import threading
import http.client
import http.server
import urllib.error
import urllib.request

PORT = 30101
BASE = 'http://127.0.0.1:%d' % PORT
log = []


class Handler(http.server.BaseHTTPRequestHandler):
    def log_date_time_string(self):
        return '01/Jan/2000 00:00:00'

    def log_message(self, format, *args):
        real = sys.stderr
        sys.stderr = io.StringIO()
        try:
            super().log_message(format, *args)
            log.append(sys.stderr.getvalue())
        finally:
            sys.stderr = real

    def do_GET(self):
        if self.path == '/hello':
            body = b'Hello, world!\n'
            self.send_response(200)
            self.send_header('Content-Type', 'text/plain; charset=utf-8')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == '/headers':
            names = sorted(k.lower() for k in self.headers.keys())
            body = ('%s %s %s\n%s\n' % (self.command, self.path, self.request_version,
                                        ' '.join(names))).encode()
            self.send_response(200)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == '/big':
            body = b''.join(b'line %05d\n' % i for i in range(3000))
            self.send_response(200)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == '/moved':
            self.send_response(302)
            self.send_header('Location', '/hello')
            self.end_headers()
        elif self.path == '/teapot':
            self.send_error(418, 'Short <msg>', 'A longer explanation & more')
        elif self.path == '/nocontent':
            self.send_error(204)
        else:
            self.send_error(404)

    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        body = b'%s got %s (%s)' % (self.path.encode(), data,
                                     self.headers['Content-Type'].encode())
        self.send_response(201, 'Made')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(('127.0.0.1', PORT), Handler)
print(server.server_address, server.server_port, type(server).daemon_threads)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05},
                          daemon=True)
thread.start()

with urllib.request.urlopen(BASE + '/hello') as resp:
    print(resp.status, resp.reason, resp.getcode(), resp.geturl(), resp.msg)
    print(resp.headers['Content-Type'], resp.getheader('content-length'), resp.info()['Server'][:9])
    print(resp.read())
resp = urllib.request.urlopen(BASE + '/headers')
print(resp.read().decode(), end='')
resp = urllib.request.urlopen(BASE + '/big')
print(len(resp.readline()), resp.readline(), len(resp.read(100)), len(resp.read()))
count = 0
for line in urllib.request.urlopen(BASE + '/big'):
    count += 1
print(count, line)
resp = urllib.request.urlopen(BASE + '/moved')
print(resp.status, resp.geturl(), resp.read())

req = urllib.request.Request(BASE + '/form', data=b'a=1&b=2', headers={'X-Test': 'yes'})
print(req.get_method(), req.full_url, req.host, req.selector, req.type, req.header_items())
with urllib.request.urlopen(req) as resp:
    print(resp.status, resp.reason, resp.read())
req = urllib.request.Request(BASE + '/json', data=b'{}', method='PUT')
print(req.get_method())
req = urllib.request.Request(BASE + '/json', data=b'[1]',
                             headers={'Content-Type': 'application/json'}, method='POST')
print(urllib.request.urlopen(req).read())

for path in ['/missing', '/teapot']:
    try:
        urllib.request.urlopen(BASE + path)
    except urllib.error.HTTPError as e:
        print(e)
        print(repr(e), e.code, e.reason, e.status, e.headers['Content-Type'],
              e.headers['Connection'], isinstance(e, urllib.error.URLError), isinstance(e, OSError))
        body = e.read().decode()
        print(body.splitlines()[9:12])
try:
    urllib.request.urlopen(BASE + '/nocontent')
except urllib.error.HTTPError as e:
    print(e, e.headers.get('Content-Length'), e.read())
try:
    urllib.request.urlopen('http://127.0.0.1:30199/')
except urllib.error.URLError as e:
    print(type(e).__name__, type(e.reason).__name__)
try:
    urllib.request.urlopen('ftp2://x/')
except urllib.error.URLError as e:
    print(e)

reports = []
filename, headers = urllib.request.urlretrieve(
    BASE + '/big', 'urlretrieve_out.tmp',
    reporthook=lambda n, bs, size: reports.append((n, bs, size)))
print(filename, headers['Content-Length'], reports[:2], len(reports))
with open(filename, 'rb') as f:
    data = f.read()
print(len(data), data[:20])
import os
os.remove(filename)

conn = http.client.HTTPConnection('127.0.0.1', PORT)
for method, path in [('GET', '/hello'), ('HEAD', '/hello'), ('DELETE', '/x'), ('GET', '/teapot')]:
    conn.request(method, path)
    r = conn.getresponse()
    print(method, path, r.status, r.reason, r.version, r.getheader('Content-Length'),
          len(r.read()), r.isclosed())
    conn.close()

server.shutdown()
server.server_close()
thread.join()
print(thread.is_alive())
for line in log:
    print(line, end='')
