"""URL parsing and quoting (RFC 3986 style, as CPython's urllib.parse)."""

from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
           'SplitResult', 'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh',
                 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn',
               'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews',
                    'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtspu',
              'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https',
                 'shttp', 'snews', 'file', 'prospero']
scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']


def clear_cache():
    pass


# --- bytes/str coercion -----------------------------------------------------

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError('Cannot mix str and non-str arguments')
    if str_input:
        return args + (_noop,)
    out = []
    for x in args:
        if not x:
            out.append('')
        else:
            out.append(bytes(x).decode('ascii', 'strict'))
    return tuple(out) + (_encode_result,)


# --- result types -----------------------------------------------------------

class _NetlocMixin:
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        separator = '%' if isinstance(hostname, str) else b'%'
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError("Port could not be cast to integer value as %r" % (port,))
            if not 0 <= port <= 65535:
                raise ValueError('Port out of range 0-65535')
        return port

    @property
    def _userinfo(self):
        netloc = self.netloc
        empty = netloc[:0]
        at = '@' if isinstance(netloc, str) else b'@'
        colon = ':' if isinstance(netloc, str) else b':'
        userinfo, have_info, hostinfo = netloc.rpartition(at)
        if have_info:
            username, have_password, password = userinfo.partition(colon)
            if not have_password:
                password = None
        else:
            username = password = None
        return username, password

    @property
    def _hostinfo(self):
        netloc = self.netloc
        if isinstance(netloc, str):
            at, colon, lb, rb = '@', ':', '[', ']'
        else:
            at, colon, lb, rb = b'@', b':', b'[', b']'
        _, _, hostinfo = netloc.rpartition(at)
        _, have_open_br, bracketed = hostinfo.partition(lb)
        if have_open_br:
            hostname, _, port = bracketed.partition(rb)
            _, _, port = port.partition(colon)
        else:
            hostname, _, port = hostinfo.partition(colon)
        if not port:
            port = None
        return hostname, port


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url

    def encode(self, encoding='ascii', errors='strict'):
        return DefragResultBytes(*(x.encode(encoding, errors) for x in self))


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def encode(self, encoding='ascii', errors='strict'):
        return SplitResultBytes(*(x.encode(encoding, errors) for x in self))


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def encode(self, encoding='ascii', errors='strict'):
        return ParseResultBytes(*(x.encode(encoding, errors) for x in self))


class DefragResultBytes(namedtuple('DefragResultBytes', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url

    def decode(self, encoding='ascii', errors='strict'):
        return DefragResult(*(x.decode(encoding, errors) for x in self))


class SplitResultBytes(namedtuple('SplitResultBytes', 'scheme netloc path query fragment'),
                       _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def decode(self, encoding='ascii', errors='strict'):
        return SplitResult(*(x.decode(encoding, errors) for x in self))


class ParseResultBytes(namedtuple('ParseResultBytes',
                                  'scheme netloc path params query fragment'), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def decode(self, encoding='ascii', errors='strict'):
        return ParseResult(*(x.decode(encoding, errors) for x in self))


# --- splitting and joining --------------------------------------------------

def _splitnetloc(url, start=0):
    delim = len(url)
    for c in '/?#':
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _urlsplit_str(url, scheme, allow_fragments):
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for b in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(b, '')
        scheme = scheme.replace(b, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return scheme, netloc, url, query, fragment


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: scheme://netloc/path?query#fragment."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    parts = _urlsplit_str(url, scheme, allow_fragments)
    if _coerce_result is _noop:
        return SplitResult(*parts)
    return SplitResultBytes(*(p.encode('ascii') for p in parts))


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: scheme://netloc/path;params?query#fragment."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = _urlsplit_str(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    parts = (scheme, netloc, url, params, query, fragment)
    if _coerce_result is _noop:
        return ParseResult(*parts)
    return ParseResultBytes(*(p.encode('ascii') for p in parts))


def urlunsplit(components):
    """Put a 5-tuple from urlsplit() back together into a URL."""
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urlunparse(components):
    """Put a 6-tuple from urlparse() back together into a URL."""
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = '%s;%s' % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url (possibly relative) against base."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        del base_parts[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg == '.':
            continue
        else:
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return _coerce_result(urlunparse((scheme, netloc, '/'.join(resolved) or '/', params,
                                      query, fragment)))


def urldefrag(url):
    """Remove the fragment: return DefragResult(url_without_fragment, fragment)."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    if _coerce_result is _noop:
        return DefragResult(defrag, frag)
    return DefragResultBytes(defrag.encode('ascii'), frag.encode('ascii'))


# --- quoting ----------------------------------------------------------------

_HEXDIG = '0123456789ABCDEFabcdef'
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        if isinstance(string, str):
            return b''
        return bytes(string)
    if isinstance(string, str):
        string = string.encode('utf-8')
    string = bytes(string)
    parts = string.split(b'%')
    if len(parts) == 1:
        return string
    res = bytearray(parts[0])
    for item in parts[1:]:
        h = item[:2]
        if len(h) == 2 and all(chr(c) in _HEXDIG for c in h):
            res.append(int(h, 16))
            res += item[2:]
        else:
            res += b'%'
            res += item
    return bytes(res)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent (decoding runs of bytes)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    out = []
    i = 0
    n = len(string)
    while i < n:
        j = string.find('%', i)
        if j < 0:
            out.append(string[i:])
            break
        out.append(string[i:j])
        raw = bytearray()
        while j < n and string[j] == '%':
            h = string[j + 1:j + 3]
            if len(h) == 2 and h[0] in _HEXDIG and h[1] in _HEXDIG:
                raw.append(int(h, 16))
                j += 3
            else:
                break
        if raw:
            out.append(bytes(raw).decode(encoding, errors))
            i = j
        else:
            out.append('%')
            i = j + 1
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    safe_set = _ALWAYS_SAFE | frozenset(safe)
    out = []
    for c in bs:
        if c in safe_set:
            out.append(chr(c))
        else:
            out.append('%%%02X' % c)
    return ''.join(out)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string (str is encoded to UTF-8 first); characters in safe are kept."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace spaces with plus signs (for query strings)."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as 'key=value&...'."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') from err
    parts = []

    def q(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        return quote_via(str(v) if not isinstance(v, str) else v, safe, encoding, errors)

    if not doseq:
        for k, v in query:
            parts.append(q(k) + '=' + q(v))
    else:
        for k, v in query:
            k = q(k)
            if isinstance(v, (str, bytes)):
                parts.append(k + '=' + q(v))
            else:
                try:
                    len(v)
                except TypeError:
                    parts.append(k + '=' + q(v))
                else:
                    for elt in v:
                        parts.append(k + '=' + q(elt))
    return '&'.join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, _coerce_result = _coerce_args(qs)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    r = []
    for name_value in (qs.split(separator) if qs else []):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (name_value,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors)
            if _coerce_result is not _noop:
                name, value = name.encode('ascii'), value.encode('ascii')
            r.append((name, value))
    return r


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping names to lists of values."""
    parsed_result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        if name in parsed_result:
            parsed_result[name].append(value)
        else:
            parsed_result[name] = [value]
    return parsed_result


# --- legacy helpers used by urllib.request -----------------------------------

def unwrap(url):
    """Transform a string like '<URL:scheme://host/path>' into 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _splittype(url):
    i = url.find(':')
    if i > 0:
        scheme = url[:i]
        if all(c in scheme_chars for c in scheme):
            return scheme.lower(), url[i + 1:]
    return None, url


def _splithost(url):
    if url[:2] == '//':
        rest = url[2:]
        end = len(rest)
        for c in '/?#':
            k = rest.find(c)
            if 0 <= k < end:
                end = k
        host_port, path = rest[:end], rest[end:]
        if path and path[0] != '/':
            path = '/' + path
        return host_port, path
    return None, url


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def _splituser(host):
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def _splitport(host):
    i = host.rfind(':')
    if i >= 0 and ']' not in host[i:]:
        port = host[i + 1:]
        if port.isdigit() and port.isascii():
            return host[:i], port
    return host, None


def _to_bytes(url):
    return url
