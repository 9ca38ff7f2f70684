# SimpleHTTPRequestHandler serving helper_www/ (files, index.html, directory listing,
# redirect to the slash form, 404s, HEAD), and an HTTP/1.1 keep-alive handler.
import functools
import os
import threading
import http.client
import http.server

PORT = 30104
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'helper_www')


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


handler = functools.partial(Quiet, directory=root)
server = http.server.ThreadingHTTPServer(('127.0.0.1', PORT), handler)
threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
print(Quiet.server_version, Quiet.protocol_version, Quiet.extensions_map['.gz'])

for method, path in [('GET', '/'), ('GET', '/data.txt'), ('HEAD', '/data.txt'),
                     ('GET', '/sub'), ('GET', '/sub/'), ('GET', '/sub/values.json?x=1#f'),
                     ('GET', '/sub/my%20note.txt'), ('GET', '/%73ub/values.json'),
                     ('GET', '/missing.txt'), ('GET', '/../simple_handler.py'),
                     ('GET', '/data.txt/'), ('POST', '/data.txt')]:
    conn = http.client.HTTPConnection('127.0.0.1', PORT)
    conn.request(method, path)
    r = conn.getresponse()
    body = r.read()
    print(method, path, r.status, r.reason, r.version)
    print('  ', [(k, r.getheader(k)) for k in ('Content-type', 'Content-Length', 'Location',
                                              'Connection')])
    if r.status == 200:
        print('  ', body.decode())
    else:
        print('  ', body.decode().splitlines()[10:12])
    conn.close()

server.shutdown()
server.server_close()

handled = []


class KeepAlive(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def setup(self):
        super().setup()
        handled.append([])

    def do_GET(self):
        handled[-1].append(self.path)
        body = ('you asked for %s' % self.path).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        if self.path == '/last':
            self.send_header('Connection', 'close')
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(('127.0.0.1', PORT), KeepAlive)
threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
conn = http.client.HTTPConnection('127.0.0.1', PORT)
for path in ['/a', '/b', '/last']:
    conn.request('GET', path)
    r = conn.getresponse()
    print(r.status, r.version, r.will_close, r.read())
conn.request('GET', '/again')
r = conn.getresponse()
print(r.status, r.read())
conn.close()
server.shutdown()
server.server_close()
print(handled)
