"""A small aiohttp client: ClientSession and ClientResponse, HTTP/1.1 over asyncio streams
(http:// only; Content-Length, chunked and read-to-EOF bodies; redirects)."""

import asyncio
import json as _json
from urllib.parse import urlsplit, urlencode, urljoin, quote

__version__ = '3.9.1'

__all__ = ['ClientSession', 'ClientResponse', 'ClientTimeout', 'TCPConnector', 'request',
           'ClientError', 'ClientConnectionError', 'ClientConnectorError', 'ClientOSError',
           'ClientResponseError', 'ClientPayloadError', 'ContentTypeError',
           'ServerDisconnectedError', 'InvalidURL', 'ServerTimeoutError', 'TooManyRedirects',
           'CIMultiDict', 'CIMultiDictProxy', 'URL', 'RequestInfo', 'BasicAuth']

_USER_AGENT = 'Python/3.11 aiohttp/%s' % __version__


# --- exceptions -------------------------------------------------------------

class ClientError(Exception):
    """Base class for client errors."""


class ClientConnectionError(ClientError):
    pass


class ClientOSError(ClientConnectionError, OSError):
    pass


class ClientConnectorError(ClientOSError):
    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (connection_key, os_error)

    @property
    def host(self):
        return self._conn_key[0]

    @property
    def port(self):
        return self._conn_key[1]

    @property
    def os_error(self):
        return self._os_error

    def __str__(self):
        return 'Cannot connect to host {}:{} ssl:default [{}]'.format(
            self.host, self.port, self._os_error.strerror)


class ServerDisconnectedError(ClientConnectionError):
    def __init__(self, message=None):
        if message is None:
            message = 'Server disconnected'
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ClientConnectionError, asyncio.TimeoutError):
    pass


class ClientPayloadError(ClientError):
    pass


class InvalidURL(ClientError, ValueError):
    def __init__(self, url):
        super().__init__(url)

    @property
    def url(self):
        return self.args[0]

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self.url)


class ClientResponseError(ClientError):
    def __init__(self, request_info, history, *, code=None, status=None, message='',
                 headers=None):
        self.request_info = request_info
        self.status = status if status is not None else (code or 0)
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return '{}, message={!r}, url={!r}'.format(self.status, self.message,
                                                   self.request_info.real_url)

    def __repr__(self):
        args = '%r, %r' % (self.request_info, self.history)
        if self.status != 0:
            args += ', status=%r' % (self.status,)
        if self.message != '':
            args += ', message=%r' % (self.message,)
        return '%s(%s)' % (type(self).__name__, args)


class ContentTypeError(ClientResponseError):
    pass


class TooManyRedirects(ClientResponseError):
    pass


# --- small data types -------------------------------------------------------

class URL:
    """A parsed URL (a tiny subset of yarl.URL)."""

    def __init__(self, val=''):
        if isinstance(val, URL):
            val = str(val)
        self._val = val
        parts = urlsplit(val)
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.path = parts.path or ('/' if parts.netloc else '')
        self.query_string = parts.query
        self.fragment = parts.fragment
        self.user = parts.username
        self.password = parts.password
        self.raw_host = self.host
        self.raw_path = self.path
        try:
            port = parts.port
        except ValueError:
            raise InvalidURL(val) from None
        if port is None:
            port = {'http': 80, 'https': 443, 'ws': 80, 'wss': 443}.get(self.scheme)
        self.port = port
        self.explicit_port = parts.port

    @property
    def name(self):
        return self.path.rsplit('/', 1)[-1]

    @property
    def path_qs(self):
        return self.path + ('?' + self.query_string if self.query_string else '')

    raw_path_qs = path_qs

    def is_absolute(self):
        return bool(self.host)

    def with_query(self, query):
        base = self._val.split('#', 1)[0].split('?', 1)[0]
        if isinstance(query, str):
            qs = query
        else:
            qs = urlencode(query)
        return URL(base + ('?' + qs if qs else ''))

    def join(self, other):
        return URL(urljoin(self._val, str(other)))

    def __str__(self):
        return self._val

    def __repr__(self):
        return "URL('%s')" % self._val

    def __eq__(self, other):
        return isinstance(other, URL) and other._val == self._val

    def __hash__(self):
        return hash(self._val)


class CIMultiDict:
    """A case-insensitive multi-dict of headers (a subset of multidict.CIMultiDict)."""

    def __init__(self, *args, **kwargs):
        self._items = []
        if args:
            arg = args[0]
            if hasattr(arg, 'items'):
                arg = arg.items()
            for k, v in arg:
                self._items.append((k, v))
        for k, v in kwargs.items():
            self._items.append((k, v))

    def __getitem__(self, key):
        k = key.lower()
        for name, v in self._items:
            if name.lower() == k:
                return v
        raise KeyError(key)

    def __setitem__(self, key, value):
        k = key.lower()
        items = [(n, v) for n, v in self._items if n.lower() != k]
        for i, (n, v) in enumerate(self._items):
            if n.lower() == k:
                items.insert(i, (key, value))
                break
        else:
            items.append((key, value))
        self._items = items

    def __delitem__(self, key):
        k = key.lower()
        n = len(self._items)
        self._items = [(name, v) for name, v in self._items if name.lower() != k]
        if len(self._items) == n:
            raise KeyError(key)

    def add(self, key, value):
        self._items.append((key, value))

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self.add(key, default)
        return default

    def update(self, *args, **kwargs):
        for k, v in CIMultiDict(*args, **kwargs).items():
            self[k] = v

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    getone = __getitem__

    def getall(self, key, default=None):
        k = key.lower()
        values = [v for name, v in self._items if name.lower() == k]
        if values:
            return values
        if default is not None:
            return default
        raise KeyError(key)

    def __contains__(self, key):
        if not isinstance(key, str):
            return False
        k = key.lower()
        return any(name.lower() == k for name, v in self._items)

    def __iter__(self):
        return iter([k for k, v in self._items])

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [k for k, v in self._items]

    def values(self):
        return [v for k, v in self._items]

    def items(self):
        return list(self._items)

    def copy(self):
        return CIMultiDict(self._items)

    def __eq__(self, other):
        if isinstance(other, CIMultiDict):
            return [(k.lower(), v) for k, v in self._items] == \
                   [(k.lower(), v) for k, v in other._items]
        if isinstance(other, dict):
            return dict((k.lower(), v) for k, v in self._items) == \
                dict((k.lower(), v) for k, v in other.items())
        return NotImplemented

    def __repr__(self):
        body = ', '.join("'%s': %r" % (k, v) for k, v in self._items)
        return '<%s(%s)>' % (type(self).__name__, body)


class CIMultiDictProxy(CIMultiDict):
    def __init__(self, md):
        self._items = md._items


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None,
                 ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect
        self.ceil_threshold = ceil_threshold

    def __repr__(self):
        return ('ClientTimeout(total=%r, connect=%r, sock_read=%r, sock_connect=%r, '
                'ceil_threshold=%r)' % (self.total, self.connect, self.sock_read,
                                        self.sock_connect, self.ceil_threshold))


class BasicAuth:
    def __init__(self, login, password='', encoding='latin1'):
        self.login = login
        self.password = password
        self.encoding = encoding

    def encode(self):
        import base64
        creds = ('%s:%s' % (self.login, self.password)).encode(self.encoding)
        return 'Basic %s' % base64.b64encode(creds).decode(self.encoding)


class TCPConnector:
    def __init__(self, *args, limit=100, limit_per_host=0, force_close=False, loop=None,
                 **kwargs):
        self.limit = limit
        self.limit_per_host = limit_per_host
        self.force_close = force_close
        self._sem = None
        self.closed = False

    def _semaphore(self):
        if self._sem is None and self.limit:
            self._sem = asyncio.Semaphore(self.limit)
        return self._sem

    async def close(self):
        self.closed = True


class RequestInfo:
    def __init__(self, url, method, headers, real_url=None):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = real_url if real_url is not None else url

    def __repr__(self):
        return 'RequestInfo(url=%r, method=%r, headers=%r, real_url=%r)' % (
            self.url, self.method, self.headers, self.real_url)


# --- response ---------------------------------------------------------------

class StreamReader:
    """The response body as a stream (resp.content)."""

    def __init__(self, resp):
        self._resp = resp
        self._buffer = b''

    async def _fill(self):
        chunk = await self._resp._read_chunk()
        if chunk:
            self._buffer += chunk
        return bool(chunk)

    async def read(self, n=-1):
        if n is None or n < 0:
            while await self._fill():
                pass
            data, self._buffer = self._buffer, b''
            return data
        if not self._buffer:
            await self._fill()
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    async def readany(self):
        return await self.read(65536)

    async def readexactly(self, n):
        while len(self._buffer) < n:
            if not await self._fill():
                partial, self._buffer = self._buffer, b''
                raise asyncio.IncompleteReadError(partial, n)
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    async def readline(self):
        while b'\n' not in self._buffer:
            if not await self._fill():
                break
        i = self._buffer.find(b'\n')
        if i < 0:
            data, self._buffer = self._buffer, b''
        else:
            data, self._buffer = self._buffer[:i + 1], self._buffer[i + 1:]
        return data

    def at_eof(self):
        return not self._buffer and self._resp._eof

    async def iter_chunked(self, n):
        while True:
            data = await self.read(n)
            if not data:
                return
            yield data

    def iter_any(self):
        return self.iter_chunked(65536)

    def __aiter__(self):
        return self._lines()

    async def _lines(self):
        while True:
            line = await self.readline()
            if not line:
                return
            yield line


class ClientResponse:
    """A response: status, reason, headers; read()/text()/json() fetch the body."""

    def __init__(self, method, url, reader, writer, session=None):
        self.method = method
        self.url = url
        self.real_url = url
        self._reader = reader
        self._writer = writer
        self._session = session
        self.status = None
        self.reason = None
        self.version = None
        self.headers = None
        self.raw_headers = None
        self.history = ()
        self._body = None
        self._eof = False
        self._length = None
        self._chunked = False
        self._chunk_left = 0
        self.content = StreamReader(self)
        self.closed = False
        self.request_info = None

    def __repr__(self):
        return '<ClientResponse(%s) [%s %s]>\n%r\n' % (self.url, self.status, self.reason,
                                                       self.headers)

    async def _start(self):
        try:
            line = await self._reader.readline()
        except (ConnectionError, OSError) as exc:
            raise ClientOSError(*exc.args) from exc
        if not line:
            self.close()
            raise ServerDisconnectedError()
        parts = line.decode('latin-1').rstrip('\r\n').split(None, 2)
        if len(parts) < 2 or not parts[0].startswith('HTTP/'):
            self.close()
            raise ClientResponseError(self.request_info, (), status=400,
                                      message='Invalid status line %r' % line)
        version = parts[0][5:].split('.')
        self.version = (int(version[0]), int(version[1]) if len(version) > 1 else 0)
        self.status = int(parts[1])
        self.reason = parts[2] if len(parts) > 2 else ''
        headers = CIMultiDict()
        raw = []
        while True:
            line = await self._reader.readline()
            if line in (b'\r\n', b'\n', b''):
                break
            text = line.decode('latin-1').rstrip('\r\n')
            if text[:1] in (' ', '\t') and raw:
                k, v = raw[-1]
                headers._items[-1] = (headers._items[-1][0],
                                      headers._items[-1][1] + ' ' + text.strip())
                continue
            name, _, value = text.partition(':')
            headers.add(name.strip(), value.strip())
            raw.append((name.strip().encode('latin-1'), value.strip().encode('latin-1')))
        self.headers = CIMultiDictProxy(headers)
        self.raw_headers = tuple(raw)
        te = headers.get('Transfer-Encoding', '')
        if 'chunked' in te.lower():
            self._chunked = True
        else:
            length = headers.get('Content-Length')
            if length is not None:
                try:
                    self._length = int(length)
                except ValueError:
                    self._length = None
        if (self.method == 'HEAD' or 100 <= self.status < 200
                or self.status in (204, 304)):
            self._length = 0
            self._chunked = False
        if self._length == 0 and not self._chunked:
            self._eof = True
        return self

    async def _read_chunk(self):
        """Next piece of the body (b'' at the end)."""
        if self._eof:
            return b''
        reader = self._reader
        if self._chunked:
            if self._chunk_left == 0:
                line = await reader.readline()
                if not line:
                    raise ClientPayloadError('Response payload is not completed')
                size = int(line.split(b';', 1)[0].strip() or b'0', 16)
                if size == 0:
                    while True:
                        line = await reader.readline()
                        if line in (b'\r\n', b'\n', b''):
                            break
                    self._finish()
                    return b''
                self._chunk_left = size
            data = await reader.read(min(self._chunk_left, 65536))
            if not data:
                raise ClientPayloadError('Response payload is not completed')
            self._chunk_left -= len(data)
            if self._chunk_left == 0:
                await reader.readline()
            return data
        if self._length is not None:
            if self._length == 0:
                self._finish()
                return b''
            data = await reader.read(min(self._length, 65536))
            if not data:
                self._finish()
                raise ClientPayloadError('Response payload is not completed')
            self._length -= len(data)
            if self._length == 0:
                self._finish()
            return data
        data = await reader.read(65536)
        if not data:
            self._finish()
        return data

    def _finish(self):
        self._eof = True
        self.close()

    async def read(self):
        """The whole body as bytes."""
        if self._body is None:
            chunks = [self.content._buffer]
            self.content._buffer = b''
            while True:
                chunk = await self._read_chunk()
                if not chunk:
                    break
                chunks.append(chunk)
            self._body = b''.join(chunks)
        return self._body

    @property
    def content_type(self):
        raw = self.headers.get('Content-Type') if self.headers is not None else None
        if raw is None:
            return 'application/octet-stream'
        return raw.split(';', 1)[0].strip().lower()

    @property
    def charset(self):
        raw = self.headers.get('Content-Type') if self.headers is not None else None
        if not raw:
            return None
        for part in raw.split(';')[1:]:
            k, _, v = part.strip().partition('=')
            if k.strip().lower() == 'charset':
                return v.strip().strip('"')
        return None

    @property
    def content_length(self):
        v = self.headers.get('Content-Length') if self.headers is not None else None
        return int(v) if v is not None else None

    @property
    def ok(self):
        return self.status < 400

    def get_encoding(self):
        charset = self.charset
        if charset:
            return charset
        if self.content_type == 'application/json':
            return 'utf-8'
        return 'utf-8'

    async def text(self, encoding=None, errors='strict'):
        body = await self.read()
        if encoding is None:
            encoding = self.get_encoding()
        return body.decode(encoding, errors)

    async def json(self, *, encoding=None, loads=_json.loads,
                   content_type='application/json'):
        body = await self.read()
        if content_type:
            ctype = self.content_type
            if not (ctype == content_type or (ctype.startswith('application/')
                                              and ctype.endswith('+json'))):
                raise ContentTypeError(
                    self.request_info, self.history, status=self.status,
                    message='Attempt to decode JSON with unexpected mimetype: %s' % ctype,
                    headers=self.headers)
        stripped = body.strip()
        if not stripped:
            return None
        if encoding is None:
            encoding = self.get_encoding()
        return loads(stripped.decode(encoding))

    def raise_for_status(self):
        if not self.ok:
            reason = self.reason
            self.release()
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=reason, headers=self.headers)

    def release(self):
        self.close()

    def close(self):
        if self.closed:
            return
        self.closed = True
        w = self._writer
        self._writer = None
        if w is not None:
            try:
                w.close()
            except Exception:
                pass

    async def wait_for_close(self):
        self.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class _RequestContextManager:
    """What session.get() etc. return: awaitable, and an async context manager."""

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        # A generator delegating to the coroutine rather than the coroutine's own
        # __await__() iterator: the object awaited stays ours (and works around an aspic
        # `with`-block unwinding bug that surfaced through the bare wrapper).
        return (yield from self._coro.__await__())

    def send(self, value):
        return self._coro.send(value)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class _SessionRequestContextManager:
    def __init__(self, coro, session):
        self._coro = coro
        self._session = session
        self._resp = None

    def __await__(self):
        # A generator delegating to the coroutine rather than the coroutine's own
        # __await__() iterator: the object awaited stays ours (and works around an aspic
        # `with`-block unwinding bug that surfaced through the bare wrapper).
        return (yield from self._coro.__await__())

    async def __aenter__(self):
        try:
            self._resp = await self._coro
        except BaseException:
            await self._session.close()
            raise
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._session.close()


# --- session ----------------------------------------------------------------

def _encode_body(data, json, json_serialize):
    """(body bytes or None, content type or None)."""
    if json is not None:
        if data is not None:
            raise ValueError('data and json parameters can not be used at the same time')
        return json_serialize(json).encode('utf-8'), 'application/json'
    if data is None:
        return None, None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), 'application/octet-stream'
    if isinstance(data, str):
        return data.encode('utf-8'), 'text/plain; charset=utf-8'
    if hasattr(data, 'items') or isinstance(data, (list, tuple)):
        items = data.items() if hasattr(data, 'items') else data
        return urlencode(list(items)).encode('utf-8'), 'application/x-www-form-urlencoded'
    if hasattr(data, 'read'):
        content = data.read()
        if isinstance(content, str):
            content = content.encode('utf-8')
        return content, 'application/octet-stream'
    raise TypeError('data must be bytes, str, a mapping or a file, not %s'
                    % type(data).__name__)


class ClientSession:
    """An HTTP client session (each request opens its own connection)."""

    def __init__(self, base_url=None, *, connector=None, loop=None, cookies=None,
                 headers=None, skip_auto_headers=None, auth=None, json_serialize=_json.dumps,
                 version=None, cookie_jar=None, connector_owner=True, raise_for_status=False,
                 timeout=None, trust_env=False, **kwargs):
        self._base_url = URL(base_url) if base_url is not None else None
        self._connector = connector if connector is not None else TCPConnector()
        self._default_headers = CIMultiDict(headers or {})
        self._skip_auto_headers = frozenset(h.lower() for h in (skip_auto_headers or ()))
        self._auth = auth
        self._json_serialize = json_serialize
        self._raise_for_status = raise_for_status
        self._timeout = timeout
        self._closed = False
        self._responses = []
        self._cookies = dict(cookies or {})

    @property
    def closed(self):
        return self._closed

    @property
    def headers(self):
        return self._default_headers

    @property
    def connector(self):
        return self._connector

    async def close(self):
        if not self._closed:
            self._closed = True
            for resp in self._responses:
                resp.close()
            self._responses = []

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(self._request('GET', url,
                                                    allow_redirects=allow_redirects, **kwargs))

    def options(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(self._request('OPTIONS', url,
                                                    allow_redirects=allow_redirects, **kwargs))

    def head(self, url, *, allow_redirects=False, **kwargs):
        return _RequestContextManager(self._request('HEAD', url,
                                                    allow_redirects=allow_redirects, **kwargs))

    def post(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('POST', url, data=data, **kwargs))

    def put(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('PUT', url, data=data, **kwargs))

    def patch(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('PATCH', url, data=data, **kwargs))

    def delete(self, url, **kwargs):
        return _RequestContextManager(self._request('DELETE', url, **kwargs))

    async def _request(self, method, url, *, params=None, data=None, json=None, headers=None,
                       allow_redirects=True, max_redirects=10, raise_for_status=None,
                       timeout=None, auth=None, **kwargs):
        if self._closed:
            raise RuntimeError('Session is closed')
        if self._base_url is not None and not str(url).startswith(('http://', 'https://')):
            url = self._base_url.join(str(url))
        url = URL(url)
        if params:
            query = urlencode(list(params.items()) if hasattr(params, 'items') else params)
            q = url.query_string
            url = URL(str(url).split('#', 1)[0].split('?', 1)[0] + '?'
                      + (q + '&' + query if q else query))
        body, ctype = _encode_body(data, json, self._json_serialize)
        history = []
        timeout = timeout if timeout is not None else self._timeout
        total = getattr(timeout, 'total', timeout if isinstance(timeout, (int, float)) else None)
        while True:
            coro = self._send(method, url, body, ctype, headers, auth)
            if total:
                try:
                    resp = await asyncio.wait_for(coro, total)
                except asyncio.TimeoutError:
                    raise ServerTimeoutError('Timeout on reading data from socket') from None
            else:
                resp = await coro
            if (allow_redirects and resp.status in (301, 302, 303, 307, 308)
                    and 'Location' in resp.headers):
                history.append(resp)
                if len(history) > max_redirects:
                    resp.close()
                    raise TooManyRedirects(resp.request_info, tuple(history),
                                           status=resp.status, message=resp.reason,
                                           headers=resp.headers)
                await resp.read()
                resp.release()
                if resp.status == 303 and method != 'HEAD' or (
                        resp.status in (301, 302) and method == 'POST'):
                    method = 'GET'
                    body, ctype = None, None
                url = URL(urljoin(str(url), resp.headers['Location']))
                continue
            resp.history = tuple(history)
            break
        rfs = self._raise_for_status if raise_for_status is None else raise_for_status
        if rfs:
            resp.raise_for_status()
        return resp

    async def _send(self, method, url, body, ctype, headers, auth):
        if url.scheme != 'http':
            if url.scheme in ('https', 'wss'):
                raise ClientConnectorError((url.host, url.port, True),
                                           OSError(0, 'https is not supported'))
            raise InvalidURL(str(url))
        if not url.host:
            raise InvalidURL(str(url))
        host, port = url.host, url.port
        hdrs = CIMultiDict()
        hostval = host if url.explicit_port is None else '%s:%d' % (host, port)
        auto = [('Host', hostval), ('Accept', '*/*'), ('Accept-Encoding', 'identity'),
                ('User-Agent', _USER_AGENT)]
        for k, v in auto:
            if k.lower() not in self._skip_auto_headers:
                hdrs[k] = v
        for k, v in self._default_headers.items():
            hdrs[k] = v
        if headers:
            for k, v in (headers.items() if hasattr(headers, 'items') else headers):
                hdrs[k] = v
        auth = auth or self._auth
        if auth is not None and 'Authorization' not in hdrs:
            hdrs['Authorization'] = auth.encode()
        if self._cookies and 'Cookie' not in hdrs:
            hdrs['Cookie'] = '; '.join('%s=%s' % kv for kv in self._cookies.items())
        if body is not None:
            if ctype and 'Content-Type' not in hdrs:
                hdrs['Content-Type'] = ctype
            hdrs['Content-Length'] = str(len(body))
        elif method in ('POST', 'PUT', 'PATCH'):
            hdrs['Content-Length'] = '0'
        path = quote(url.path or '/', safe="/%:@!$&'()*+,;=-._~")
        if url.query_string:
            path += '?' + url.query_string
        request_info = RequestInfo(url, method, CIMultiDictProxy(hdrs), url)
        try:
            reader, writer = await asyncio.open_connection(host, port)
        except OSError as exc:
            raise ClientConnectorError((host, port, False), exc) from exc
        lines = ['%s %s HTTP/1.1' % (method, path)]
        lines.extend('%s: %s' % (k, v) for k, v in hdrs.items())
        head = ('\r\n'.join(lines) + '\r\n\r\n').encode('latin-1')
        try:
            writer.write(head + (body or b''))
            await writer.drain()
        except OSError as exc:
            writer.close()
            raise ClientOSError(*exc.args) from exc
        resp = ClientResponse(method, url, reader, writer, self)
        resp.request_info = request_info
        try:
            await resp._start()
        except BaseException:
            resp.close()
            raise
        self._responses = [r for r in self._responses if not r.closed]
        self._responses.append(resp)
        return resp


def request(method, url, **kwargs):
    """One-shot request with its own session: `async with aiohttp.request('GET', url) as r`."""
    session = ClientSession()
    return _SessionRequestContextManager(session._request(method, url, **kwargs), session)
