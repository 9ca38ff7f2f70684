"""HTTP/1.1 client: HTTPConnection, HTTPResponse, HTTPMessage headers and exceptions."""

import socket
from email.message import Message
from http import HTTPStatus

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPMessage', 'HTTPException', 'NotConnected',
           'UnknownProtocol', 'UnknownTransferEncoding', 'UnimplementedFileMode',
           'IncompleteRead', 'InvalidURL', 'ImproperConnectionState', 'CannotSendRequest',
           'CannotSendHeader', 'ResponseNotReady', 'BadStatusLine', 'LineTooLong',
           'RemoteDisconnected', 'error', 'responses', 'parse_headers']

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

_MAXLINE = 65536
_MAXHEADERS = 100
_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}

responses = {int(s): s.phrase for s in HTTPStatus}
globals().update({s.name: s for s in HTTPStatus})


# --- exceptions -------------------------------------------------------------

class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        if self.expected is not None:
            e = ', %i more expected' % self.expected
        else:
            e = ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, 'got more than %d bytes when reading %s'
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


# --- headers ----------------------------------------------------------------

class HTTPMessage(Message):
    """Headers of an HTTP request or response."""

    def getallmatchingheaders(self, name):
        name = name.lower() + ':'
        return [k + ': ' + v for k, v in self._headers if (k + ':').lower() == name]


def _read_headers(fp):
    headers = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('header line')
        headers.append(line)
        if len(headers) > _MAXHEADERS:
            raise HTTPException('got more than %d headers' % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    return headers


def _is_header_start(line):
    """Whether line starts a field: a name of printable non-space characters, then ':'."""
    i = line.find(':')
    if i < 0:
        return False
    for c in line[:i]:
        if not ('\041' <= c <= '\176'):
            return False
    return True


def _parse_header_lines(lines, _class=HTTPMessage):
    # Same outcome as email.parser on the header block: folded lines continue the
    # previous field, a line that is no field ends the headers (the rest is payload).
    msg = _class()
    name = None
    value = ''
    lines = [line.decode('iso-8859-1') if isinstance(line, bytes) else line for line in lines]
    for i, line in enumerate(lines):
        if line in ('\r\n', '\n', ''):
            break
        if line[0] in ' \t':
            if name is not None:
                value += line
            continue
        if name is not None:
            msg.set_raw(name, value.rstrip('\r\n'))
            name = None
        if not _is_header_start(line):
            msg.set_payload(''.join(lines[i:]))
            break
        name, value = line.split(':', 1)
        value = value.lstrip(' \t')
    if name is not None:
        msg.set_raw(name, value.rstrip('\r\n'))
    return msg


def parse_headers(fp, _class=HTTPMessage):
    """Read header lines from a binary file up to the blank line; return an HTTPMessage."""
    return _parse_header_lines(_read_headers(fp), _class)


# --- response ---------------------------------------------------------------

class HTTPResponse:
    """A response to a request, read from the connection's socket."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN
        self.url = url
        self.closed = False

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), 'iso-8859-1')
        if len(line) > _MAXLINE:
            raise LineTooLong('status line')
        if self.debuglevel > 0:
            print('reply:', repr(line))
        if not line:
            raise RemoteDisconnected('Remote end closed connection without response')
        parts = line.split(None, 2)
        if len(parts) == 3:
            version, status, reason = parts
        elif len(parts) == 2:
            version, status = parts
            reason = ''
        else:
            self._close_conn()
            raise BadStatusLine(line)
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
        except ValueError:
            raise BadStatusLine(line) from None
        if status < 100 or status > 999:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            skipped = _read_headers(self.fp)
            if self.debuglevel > 0:
                print('headers:', skipped)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for hdr, val in self.headers.items():
                print('header:', hdr + ':', val)
        te = self.headers.get('transfer-encoding')
        if te and te.lower() == 'chunked':
            self.chunked = True
            self.chunk_left = None
        else:
            self.chunked = False
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get('content-length')
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status == 204 or status == 304 or 100 <= status < 200
                or self._method == 'HEAD'):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get('connection')
        if self.version == 11:
            return bool(conn and 'close' in conn.lower())
        if self.headers.get('keep-alive'):
            return False
        if conn and 'keep-alive' in conn.lower():
            return False
        pconn = self.headers.get('proxy-connection')
        if pconn and 'keep-alive' in pconn.lower():
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        if fp is not None:
            fp.close()

    def close(self):
        self.closed = True
        self._close_conn()

    def flush(self):
        pass

    def readable(self):
        return True

    def isclosed(self):
        return self.fp is None

    def fileno(self):
        return self.fp.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def read(self, amt=None):
        if self.fp is None:
            return b''
        if self._method == 'HEAD':
            self._close_conn()
            return b''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            s = self.fp.read(amt)
            if not s and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(s)
                if not self.length:
                    self._close_conn()
            return s
        if self.length is None:
            s = self.fp.read()
        else:
            try:
                s = self._safe_read(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return s

    def read1(self, n=-1):
        return self.read(None if n is None or n < 0 else n)

    def peek(self, n=-1):
        return b''

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('chunk size')
        i = line.find(b';')
        if i >= 0:
            line = line[:i]
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_and_discard_trailer(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong('trailer line')
            if not line or line in (b'\r\n', b'\n'):
                break

    def _get_chunk_left(self):
        chunk_left = self.chunk_left
        if not chunk_left:
            if chunk_left is not None:
                self._safe_read(2)  # CRLF after the previous chunk
            try:
                chunk_left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'') from None
            if chunk_left == 0:
                self._read_and_discard_trailer()
                self._close_conn()
                chunk_left = None
            self.chunk_left = chunk_left
        return chunk_left

    def _read_chunked(self, amt=None):
        value = []
        try:
            while True:
                chunk_left = self._get_chunk_left()
                if chunk_left is None:
                    break
                if amt is not None and amt <= chunk_left:
                    value.append(self._safe_read(amt))
                    self.chunk_left = chunk_left - amt
                    break
                value.append(self._safe_read(chunk_left))
                if amt is not None:
                    amt -= chunk_left
                self.chunk_left = 0
            return b''.join(value)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(value)) from exc

    def readline(self, limit=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            out = b''
            while limit < 0 or len(out) < limit:
                c = self.read(1)
                if not c:
                    break
                out += c
                if c == b'\n':
                    break
            return out
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        result = self.fp.readline(limit)
        if not result and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(result)
            if not self.length:
                self._close_conn()
        return result

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        # A generator (rather than `return self`): under aspic a read that blocks
        # inside a generator lets other threads run, inside a native __next__ call not.
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        return ', '.join(headers)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


# --- connection -------------------------------------------------------------

def _encode(data, name='data'):
    try:
        return data.encode('latin-1')
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(
            err.encoding, err.object, err.start, err.end,
            "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') if you want to send "
            "it encoded in UTF-8." % (name.title(), data[err.start:err.end], name)) from None


class HTTPConnection:
    """A connection to an HTTP server (one request/response at a time)."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._get_hostport(host, port)
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == '':
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:]) from None
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise HTTPException('tunnelling is not supported')

    def connect(self):
        self.sock = self._create_connection((self.host, self.port), self.timeout,
                                            self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except (OSError, AttributeError):
            pass

    def close(self):
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print('send:', repr(data))
        if hasattr(data, 'read'):
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode('iso-8859-1')
                self.sock.sendall(block)
            return
        if isinstance(data, (bytes, bytearray, memoryview)):
            self.sock.sendall(data)
            return
        try:
            for d in data:
                self.sock.sendall(d)
        except TypeError:
            raise TypeError('data should be a bytes-like object or an iterable, got %r'
                            % type(data)) from None

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        self._buffer.extend((b'', b''))
        msg = b'\r\n'.join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            chunks = iter(lambda: message_body.read(self.blocksize), b'')
        elif isinstance(message_body, (bytes, bytearray, memoryview)):
            chunks = (message_body,)
        elif isinstance(message_body, str):
            chunks = (message_body.encode('iso-8859-1'),)
        else:
            chunks = iter(message_body)
        for chunk in chunks:
            if isinstance(chunk, str):
                chunk = chunk.encode('iso-8859-1')
            if not chunk:
                continue
            if encode_chunked and self._http_vsn == 11:
                chunk = ('%X\r\n' % len(chunk)).encode('ascii') + bytes(chunk) + b'\r\n'
            self.send(chunk)
        if encode_chunked and self._http_vsn == 11:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)
        for c in method:
            if c <= ' ' or c == '\x7f':
                raise ValueError('method can\'t contain control characters. %r '
                                 '(found at least %r)' % (method, c))
        self._method = method
        url = url or '/'
        for c in url:
            if c <= ' ' or c == '\x7f':
                raise InvalidURL("URL can't contain control characters. %r "
                                 "(found at least %r)" % (url, c))
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(request.encode('ascii'))
        if self._http_vsn == 11:
            if not skip_host:
                netloc = ''
                if url.startswith('http'):
                    netloc = url.split('://', 1)[-1].split('/', 1)[0]
                if netloc:
                    self.putheader('Host', netloc.encode('idna') if not netloc.isascii()
                                   else netloc)
                else:
                    host = self.host
                    if ':' in host:
                        host = '[' + host + ']'
                    if self.port == self.default_port:
                        self.putheader('Host', host)
                    else:
                        self.putheader('Host', '%s:%s' % (host, self.port))
            if not skip_accept_encoding:
                self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        vals = []
        for v in values:
            if hasattr(v, 'encode'):
                v = v.encode('latin-1')
            elif isinstance(v, int):
                v = str(v).encode('ascii')
            vals.append(bytes(v))
        self._output(header + b': ' + b'\r\n\t'.join(vals))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    @staticmethod
    def _get_content_length(body, method):
        if body is None:
            if method.upper() in _METHODS_EXPECTING_BODY:
                return 0
            return None
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        header_names = {k.lower() for k in headers}
        skips = {}
        if 'host' in header_names:
            skips['skip_host'] = 1
        if 'accept-encoding' in header_names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                encode_chunked = False
                length = self._get_content_length(body, method)
                if length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(length))
        else:
            encode_chunked = False
        for hdr, value in headers.items():
            self.putheader(hdr, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, self.debuglevel, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise
