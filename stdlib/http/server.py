"""HTTP servers: HTTPServer, ThreadingHTTPServer, BaseHTTPRequestHandler and
SimpleHTTPRequestHandler (serves the files of a directory)."""

import html
import io
import os
import posixpath
import socket
import socketserver
import sys
import time
import urllib.parse
import email.utils
import http.client
from http import HTTPStatus

__version__ = '0.6'

__all__ = ['HTTPServer', 'ThreadingHTTPServer', 'BaseHTTPRequestHandler',
           'SimpleHTTPRequestHandler']

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = 'text/html;charset=utf-8'


class HTTPServer(socketserver.TCPServer):
    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        try:
            self.server_name = socket.getfqdn(host)
        except (OSError, AttributeError):
            self.server_name = host
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


def _escape_controls(message):
    for c in message:
        o = ord(c)
        if o < 0x20 or 0x7f <= o < 0xa0 or c == '\\':
            break
    else:
        return message
    out = []
    for c in message:
        o = ord(c)
        if o < 0x20 or 0x7f <= o < 0xa0:
            out.append('\\x%02x' % o)
        elif c == '\\':
            out.append('\\\\')
        else:
            out.append(c)
    return ''.join(out)


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Parses HTTP requests and dispatches them to do_<COMMAND> methods."""

    sys_version = 'Python/' + sys.version.split()[0]
    server_version = 'BaseHTTP/' + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = 'HTTP/0.9'
    protocol_version = 'HTTP/1.0'
    MessageClass = http.client.HTTPMessage
    responses = {v: (v.phrase, v.description) for v in HTTPStatus.__members__.values()}
    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    def parse_request(self):
        """Parse self.raw_requestline and the headers; send an error and return False if bad."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = requestline
        words = requestline.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            try:
                if not version.startswith('HTTP/'):
                    raise ValueError
                base_version_number = version.split('/', 1)[1]
                version_number = base_version_number.split('.')
                if len(version_number) != 2:
                    raise ValueError
                version_number = int(version_number[0]), int(version_number[1])
            except (ValueError, IndexError):
                self.send_error(HTTPStatus.BAD_REQUEST, 'Bad request version (%r)' % version)
                return False
            if version_number >= (1, 1) and self.protocol_version >= 'HTTP/1.1':
                self.close_connection = False
            if version_number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                'Invalid HTTP version (%s)' % base_version_number)
                return False
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST, 'Bad request syntax (%r)' % requestline)
            return False
        command, path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST,
                                'Bad HTTP/0.9 request type (%r)' % command)
                return False
        self.command, self.path = command, path
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, 'Line too long',
                            str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, 'Too many headers',
                            str(err))
            return False
        conntype = self.headers.get('Connection', '')
        if conntype.lower() == 'close':
            self.close_connection = True
        elif conntype.lower() == 'keep-alive' and self.protocol_version >= 'HTTP/1.1':
            self.close_connection = False
        expect = self.headers.get('Expect', '')
        if (expect.lower() == '100-continue' and self.protocol_version >= 'HTTP/1.1'
                and self.request_version >= 'HTTP/1.1'):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read and handle one request."""
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ''
                self.request_version = ''
                self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            mname = 'do_' + self.command
            if not hasattr(self, mname):
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                'Unsupported method (%r)' % self.command)
                return
            getattr(self, mname)()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error('Request timed out: %r', e)
            self.close_connection = True
            return

    def handle(self):
        """Handle requests until the connection is to be closed (keep-alive)."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Send and log an error reply with an HTML body explaining it."""
        try:
            shortmsg, longmsg = self.responses[code]
        except KeyError:
            shortmsg, longmsg = '???', '???'
        if message is None:
            message = shortmsg
        if explain is None:
            explain = longmsg
        self.log_error('code %d, message %s', int(code), message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            content = self.error_message_format % {
                'code': int(code),
                'message': html.escape(message, quote=False),
                'explain': html.escape(explain, quote=False),
            }
            body = content.encode('UTF-8', 'replace')
            self.send_header('Content-Type', self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Buffer the status line and the Server and Date headers; log the request."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        if self.request_version != 'HTTP/0.9':
            if message is None:
                if code in self.responses:
                    message = self.responses[code][0]
                else:
                    message = ''
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(('%s %d %s\r\n' % (
                self.protocol_version, int(code), message)).encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(
                ('%s: %s\r\n' % (keyword, value)).encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            if value.lower() == 'close':
                self.close_connection = True
            elif value.lower() == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer.append(b'\r\n')
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b''.join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Write '<client> - - [<date>] <message>' to stderr."""
        message = format % args
        sys.stderr.write('%s - - [%s] %s\n' % (self.address_string(),
                                              self.log_date_time_string(),
                                              _escape_controls(message)))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        if timestamp is None:
            timestamp = time.time()
        return email.utils.formatdate(timestamp, usegmt=True)

    def log_date_time_string(self):
        year, month, day, hh, mm, ss, x, y, z = time.localtime(time.time())
        return '%02d/%3s/%04d %02d:%02d:%02d' % (day, self.monthname[month], year, hh, mm, ss)

    def address_string(self):
        return self.client_address[0]


def _file_size_mtime(f, path):
    try:
        st = os.fstat(f.fileno())
        return st[6], st.st_mtime
    except (AttributeError, OSError):
        pass
    try:
        st = os.stat(path)
        return st[6], st.st_mtime
    except (AttributeError, OSError):
        pass
    return os.path.getsize(path), None


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD requests with the files under self.directory."""

    server_version = 'SimpleHTTP/' + __version__
    extensions_map = _encodings_map_default = {
        '.gz': 'application/gzip',
        '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2',
        '.xz': 'application/x-xz',
    }

    def __init__(self, *args, directory=None, **kwargs):
        if directory is None:
            directory = os.getcwd()
        self.directory = os.fspath(directory) if hasattr(os, 'fspath') else str(directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        """Send the response status and headers; return the file to copy (or None)."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith('/'):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                new_url = urllib.parse.urlunsplit((parts[0], parts[1], parts[2] + '/',
                                                   parts[3], parts[4]))
                self.send_header('Location', new_url)
                self.send_header('Content-Length', '0')
                self.end_headers()
                return None
            for index in ('index.html', 'index.htm'):
                index = os.path.join(path, index)
                if os.path.isfile(index):
                    path = index
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        if path.endswith('/'):
            self.send_error(HTTPStatus.NOT_FOUND, 'File not found')
            return None
        try:
            f = open(path, 'rb')
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, 'File not found')
            return None
        try:
            size, mtime = _file_size_mtime(f, path)
            if (mtime is not None and 'If-Modified-Since' in self.headers
                    and 'If-None-Match' not in self.headers):
                parsed = email.utils.parsedate_tz(self.headers['If-Modified-Since'])
                if parsed is not None:
                    if parsed[9] is None:
                        parsed = parsed[:9] + (0,)
                    if parsed[9] == 0 and int(mtime) <= email.utils.mktime_tz(parsed):
                        self.send_response(HTTPStatus.NOT_MODIFIED)
                        self.end_headers()
                        f.close()
                        return None
            self.send_response(HTTPStatus.OK)
            self.send_header('Content-type', ctype)
            self.send_header('Content-Length', str(size))
            if mtime is not None:
                self.send_header('Last-Modified', self.date_time_string(mtime))
            self.end_headers()
            return f
        except:
            f.close()
            raise

    def list_directory(self, path):
        """Send an HTML listing of the directory; return it as a file (or None)."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, 'No permission to list directory')
            return None
        names.sort(key=lambda a: a.lower())
        try:
            displaypath = urllib.parse.unquote(self.path, errors='surrogatepass')
        except UnicodeDecodeError:
            displaypath = urllib.parse.unquote(self.path)
        displaypath = html.escape(displaypath, quote=False)
        enc = 'utf-8'
        title = 'Directory listing for %s' % displaypath
        r = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>',
             '<meta charset="%s">' % enc,
             '<title>%s</title>\n</head>' % title,
             '<body>\n<h1>%s</h1>' % title,
             '<hr>\n<ul>']
        for name in names:
            fullname = os.path.join(path, name)
            displayname = linkname = name
            if os.path.isdir(fullname):
                displayname = name + '/'
                linkname = name + '/'
            if os.path.islink(fullname):
                displayname = name + '@'
            r.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(linkname, errors='surrogatepass'),
                html.escape(displayname, quote=False)))
        r.append('</ul>\n<hr>\n</body>\n</html>\n')
        encoded = '\n'.join(r).encode(enc, 'surrogateescape')
        f = io.BytesIO(encoded)
        self.send_response(HTTPStatus.OK)
        self.send_header('Content-type', 'text/html; charset=%s' % enc)
        self.send_header('Content-Length', str(len(encoded)))
        self.end_headers()
        return f

    def translate_path(self, path):
        """Map a URL path to a file name under self.directory."""
        path = path.split('?', 1)[0]
        path = path.split('#', 1)[0]
        trailing_slash = path.rstrip().endswith('/')
        try:
            path = urllib.parse.unquote(path, errors='surrogatepass')
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        path = posixpath.normpath(path)
        path_out = self.directory
        for word in path.split('/'):
            if not word:
                continue
            if os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            path_out = os.path.join(path_out, word)
        if trailing_slash:
            path_out += '/'
        return path_out

    def copyfile(self, source, outputfile):
        while True:
            buf = source.read(64 * 1024)
            if not buf:
                break
            outputfile.write(buf)

    def guess_type(self, path):
        base, ext = posixpath.splitext(path)
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        import mimetypes
        guess, _ = mimetypes.guess_type(path)
        if guess:
            return guess
        return 'application/octet-stream'


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer,
         protocol='HTTP/1.0', port=8000, bind=None):
    """Serve HTTP on the given port (default 8000) until interrupted."""
    addr = (bind or '0.0.0.0', port)
    HandlerClass.protocol_version = protocol
    with ServerClass(addr, HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        url_host = '[%s]' % host if ':' in host else host
        print('Serving HTTP on %s port %s (http://%s:%s/) ...' % (host, port, url_host, port))
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print('\nKeyboard interrupt received, exiting.')
            sys.exit(0)


def _main(argv):
    usage = ('usage: server.py [-h] [--cgi] [-b ADDRESS] [-d DIRECTORY] [-p VERSION] [port]')
    bind = None
    directory = os.getcwd()
    protocol = 'HTTP/1.0'
    port = 8000
    args = list(argv)
    while args:
        a = args.pop(0)
        if a in ('-h', '--help'):
            print(usage)
            sys.exit(0)
        elif a == '--cgi':
            pass
        elif a in ('-b', '--bind', '-d', '--directory', '-p', '--protocol'):
            if not args:
                sys.stderr.write(usage + '\nserver.py: error: argument %s: expected one argument\n'
                                 % a)
                sys.exit(2)
            v = args.pop(0)
            if a in ('-b', '--bind'):
                bind = v
            elif a in ('-d', '--directory'):
                directory = v
            else:
                protocol = v
        else:
            try:
                port = int(a)
            except ValueError:
                sys.stderr.write(usage + "\nserver.py: error: argument port: invalid int value: '%s'\n"
                                 % a)
                sys.exit(2)

    class DualStackServer(ThreadingHTTPServer):
        def finish_request(self, request, client_address):
            self.RequestHandlerClass(request, client_address, self, directory=directory)

    test(HandlerClass=SimpleHTTPRequestHandler, ServerClass=DualStackServer, port=port,
         bind=bind, protocol=protocol)


if __name__ == '__main__':
    _main(sys.argv[1:])
