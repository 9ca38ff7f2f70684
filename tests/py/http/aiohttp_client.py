# aiohttp stand-in: ClientSession against a local http.server (Content-Length, chunked,
# redirects, params, json/text/read, errors), `async with` and `await` forms, concurrency.
import asyncio
import json
import os
import sys
import threading
import http.server

try:
    import aiohttp
except ImportError:  # CPython without the third-party package: use aspic's stand-in
    sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'stdlib'))
    import aiohttp

PORT = 30105
BASE = 'http://127.0.0.1:%d' % PORT


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def reply(self, body, ctype='text/plain; charset=utf-8', status=200):
        self.send_response(status)
        self.send_header('Content-Type', ctype)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == '/json':
            self.reply(json.dumps({'a': 1, 'b': [1, 2], 'c': None}).encode(), 'application/json')
        elif self.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for part in [b'ab', b'cde', b'\nxyz\n']:
                self.wfile.write(b'%x\r\n%s\r\n' % (len(part), part))
            self.wfile.write(b'0\r\n\r\n')
        elif self.path == '/redirect':
            self.send_response(302)
            self.send_header('Location', '/json')
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif self.path.startswith('/echo'):
            names = ' '.join(sorted(k.lower() for k in self.headers.keys()))
            self.reply(('%s %s [%s] %s' % (self.command, self.path, names,
                                           self.headers.get('X-Extra'))).encode())
        elif self.path.startswith('/slow/'):
            import time
            n = int(self.path.rsplit('/', 1)[1])
            time.sleep(0.05 * n)
            self.reply(b'slow %d' % n)
        else:
            self.send_error(404)

    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        self.reply(('%s | %s' % (self.headers['Content-Type'], data.decode())).encode())

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(('127.0.0.1', PORT), Handler)
threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + '/json') as resp:
            print(resp.status, resp.reason, resp.content_type, resp.charset, resp.ok)
            print(resp.headers['content-length'], resp.headers.get('Content-Type'),
                  'Server' in resp.headers, str(resp.url), resp.method)
            print(await resp.json(), await resp.read())
        resp = await session.get(BASE + '/chunked')
        print(resp.status, await resp.read(), await resp.text())
        resp.release()
        async with session.get(BASE + '/chunked') as resp:
            print(await resp.content.readline(), await resp.content.read(2),
                  await resp.content.read())
        async with session.get(BASE + '/redirect') as resp:
            print(resp.status, str(resp.url), [r.status for r in resp.history], await resp.json())
        async with session.get(BASE + '/echo', params={'q': 'a b', 'n': 1},
                               headers={'X-Extra': 'yes'}) as resp:
            print(await resp.text())
        async with session.get(BASE + '/missing') as resp:
            print(resp.status, resp.reason, resp.ok, resp.content_type)
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print('ContentTypeError', e.status, e.message)
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print('ClientResponseError', e.status, e.message, str(e.request_info.url))
        async with session.post(BASE + '/p', json={'x': [1, 'y']}) as resp:
            print(await resp.text())
        async with session.post(BASE + '/p', data={'x': '1 2', 'y': 'é'}) as resp:
            print(await resp.text())
        async with session.post(BASE + '/p', data=b'raw bytes') as resp:
            print(await resp.text())
        async with session.post(BASE + '/p', data='some text') as resp:
            print(await resp.text())
        order = []

        async def fetch(n):
            async with session.get('%s/slow/%d' % (BASE, n)) as resp:
                text = await resp.text()
                order.append(text)
                return text

        print(await asyncio.gather(*(fetch(n) for n in (3, 1, 2))), order)
        print(session.closed)
    print(session.closed)
    try:
        async with aiohttp.ClientSession() as s2:
            await s2.get('http://127.0.0.1:30198/')
    except aiohttp.ClientConnectorError as e:
        print(type(e).__name__, isinstance(e, aiohttp.ClientError), isinstance(e, OSError))
    async with aiohttp.request('GET', BASE + '/echo/one-shot') as resp:
        print(await resp.text())


asyncio.run(main())
server.shutdown()
server.server_close()
