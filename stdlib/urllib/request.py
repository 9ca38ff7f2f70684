"""Opening URLs: urlopen, Request, urlretrieve (http:// and file:// URLs)."""

import io
import os
import socket
import sys
import http.client
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urlsplit, urljoin, unwrap, quote, unquote,
                          _splittype, _splithost, _splittag, _splituser, _splitport)
from urllib.response import addinfourl, addclosehook

__all__ = ['Request', 'OpenerDirector', 'urlopen', 'install_opener', 'build_opener',
           'urlretrieve', 'urlcleanup', 'pathname2url', 'url2pathname', 'getproxies',
           'BaseHandler', 'HTTPHandler', 'HTTPDefaultErrorHandler', 'HTTPRedirectHandler',
           'HTTPErrorProcessor', 'FileHandler', 'ProxyHandler', 'UnknownHandler']

__version__ = '%d.%d' % sys.version_info[:2]

_opener = None
_url_tempfiles = []


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None,
            capath=None, cadefault=False, context=None):
    """Open a URL (str or Request) and return a response object; raise URLError/HTTPError."""
    global _opener
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    global _opener
    _opener = opener


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy a URL to a local file (a temporary one if filename is None).
    Return (filename, headers)."""
    url_type, path = _splittype(url)
    fp = urlopen(url, data)
    try:
        headers = fp.info()
        if url_type == 'file' and not filename:
            return os.path.normpath(path), headers
        if filename:
            tfp = open(filename, 'wb')
        else:
            import tempfile
            tfp = tempfile.NamedTemporaryFile(delete=False)
            filename = tfp.name
            _url_tempfiles.append(filename)
        with tfp:
            result = filename, headers
            bs = 1024 * 8
            size = -1
            read = 0
            blocknum = 0
            if 'content-length' in headers:
                size = int(headers['Content-Length'])
            if reporthook:
                reporthook(blocknum, bs, size)
            while True:
                block = fp.read(bs)
                if not block:
                    break
                read += len(block)
                tfp.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, bs, size)
    finally:
        fp.close()
    if size >= 0 and read < size:
        raise ContentTooShortError('retrieval incomplete: got only %i out of %i bytes'
                                   % (read, size), result)
    return result


def urlcleanup():
    """Remove the temporary files made by urlretrieve."""
    global _opener
    for temp_file in _url_tempfiles:
        try:
            os.unlink(temp_file)
        except (OSError, AttributeError):
            try:
                os.remove(temp_file)
            except OSError:
                pass
    del _url_tempfiles[:]
    _opener = None


def pathname2url(pathname):
    return quote(pathname)


def url2pathname(pathname):
    return unquote(pathname)


def getproxies():
    return {}


def request_host(request):
    url = request.full_url
    host = urlparse(url)[1]
    if host == '':
        host = request.get_header('Host', '')
    return _splitport(host)[0].lower()


class Request:
    """An HTTP request: URL, data, headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header('Content-length'):
                self.remove_header('Content-length')

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError('unknown url type: %r' % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        default_method = 'POST' if self.data is not None else 'GET'
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        self.host = host
        self.type = type
        self.selector = self.full_url

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name,
                                self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass


class HTTPHandler(BaseHandler):
    pass


class HTTPDefaultErrorHandler(BaseHandler):
    pass


class HTTPRedirectHandler(BaseHandler):
    max_repeats = 4
    max_redirections = 10


class HTTPErrorProcessor(BaseHandler):
    pass


class FileHandler(BaseHandler):
    pass


class UnknownHandler(BaseHandler):
    pass


class ProxyHandler(BaseHandler):
    def __init__(self, proxies=None):
        self.proxies = proxies or {}


class OpenerDirector:
    """Opens http:// and file:// URLs, following redirects and raising HTTPError."""

    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/%s' % __version__)]
        self.handlers = []

    def add_handler(self, handler):
        self.handlers.append(handler)
        if hasattr(handler, 'add_parent'):
            handler.add_parent(self)

    def close(self):
        pass

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        redirections = 0
        while True:
            if req.type in ('http',):
                resp = self._http_open(req)
            elif req.type == 'file':
                return self._file_open(req)
            elif req.type == 'https':
                raise URLError('unknown url type: https')
            else:
                raise URLError('unknown url type: %s' % req.type)
            code = resp.status
            if 200 <= code < 300:
                return resp
            if code in (301, 302, 303, 307, 308):
                newreq = self._redirect(req, resp, code)
                if newreq is not None:
                    redirections += 1
                    if redirections > HTTPRedirectHandler.max_redirections:
                        raise HTTPError(req.full_url, code,
                                        'The HTTP server returned a redirect error that '
                                        'would lead to an infinite loop.\nThe last 30x error '
                                        'message was:\n' + resp.reason, resp.headers, resp)
                    resp.read()
                    resp.close()
                    req = newreq
                    continue
            raise HTTPError(req.full_url, code, resp.reason, resp.headers, resp)

    def _redirect(self, req, resp, code):
        headers = resp.headers
        if 'location' in headers:
            newurl = headers['location']
        elif 'uri' in headers:
            newurl = headers['uri']
        else:
            return None
        urlparts = urlparse(newurl)
        if urlparts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code, "%s - Redirection to url '%s' is not allowed"
                            % (resp.reason, newurl), headers, resp)
        if not urlparts.path and urlparts.netloc:
            urlparts = list(urlparts)
            urlparts[2] = '/'
            from urllib.parse import urlunparse
            newurl = urlunparse(urlparts)
        newurl = quote(newurl, encoding='iso-8859-1', safe="%/:=&?~#+!$,;'@()*[]|")
        newurl = urljoin(req.full_url, newurl)
        m = req.get_method()
        if (not (code in (301, 302, 303, 307, 308) and m in ('GET', 'HEAD')
                 or code in (301, 302, 303) and m == 'POST')):
            raise HTTPError(req.full_url, code, resp.reason, headers, resp)
        newheaders = {k: v for k, v in req.headers.items()
                      if k.lower() not in ('content-length', 'content-type')}
        newreq = Request(newurl, method='HEAD' if m == 'HEAD' else 'GET', headers=newheaders,
                         origin_req_host=req.origin_req_host, unverifiable=True)
        newreq.timeout = req.timeout
        return newreq

    def _http_open(self, req):
        host = req.host
        if not host:
            raise URLError('no host given')
        if req.data is not None:
            data = req.data
            if isinstance(data, str):
                raise TypeError('POST data should be bytes, an iterable of bytes, or a file '
                                'object. It cannot be of type str.')
            if not req.has_header('Content-type'):
                req.add_unredirected_header('Content-type',
                                            'application/x-www-form-urlencoded')
            if not req.has_header('Content-length') and not req.has_header('Transfer-encoding'):
                length = http.client.HTTPConnection._get_content_length(data, req.get_method())
                if length is not None:
                    req.add_unredirected_header('Content-length', str(length))
                else:
                    req.add_unredirected_header('Transfer-encoding', 'chunked')
        sel_host = host
        if not req.has_header('Host'):
            req.add_unredirected_header('Host', sel_host)
        for name, value in self.addheaders:
            name = name.capitalize()
            if not req.has_header(name):
                req.add_unredirected_header(name, value)
        h = http.client.HTTPConnection(host, timeout=req.timeout)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers['Connection'] = 'close'
        headers = {name.title(): val for name, val in headers.items()}
        try:
            try:
                h.request(req.get_method(), req.selector, req.data, headers,
                          encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            r = h.getresponse()
        except:
            h.close()
            raise
        if h.sock:
            h.sock.close()
            h.sock = None
        r.url = req.get_full_url()
        r.msg = r.reason
        return r

    def _file_open(self, req):
        import email.utils
        import mimetypes
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        if host and host not in ('localhost',):
            raise URLError('file not on local host')
        try:
            size = os.path.getsize(localfile)
            mtime = None
            try:
                mtime = os.stat(localfile).st_mtime
            except (AttributeError, OSError):
                pass
            mtype = mimetypes.guess_type(filename)[0]
            msg = http.client.HTTPMessage()
            msg.set_raw('Content-type', mtype or 'text/plain')
            msg.set_raw('Content-length', str(size))
            if mtime is not None:
                msg.set_raw('Last-modified', email.utils.formatdate(mtime, usegmt=True))
            origurl = 'file://' + (host or '') + filename
            return addinfourl(open(localfile, 'rb'), msg, origurl)
        except OSError as exp:
            raise URLError(exp, exp.filename)


def build_opener(*handlers):
    """Return an OpenerDirector (handlers are accepted and kept, not used)."""
    opener = OpenerDirector()
    for h in handlers:
        if isinstance(h, type):
            h = h()
        opener.add_handler(h)
    return opener
