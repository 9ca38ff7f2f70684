"""Exceptions raised by urllib.request: URLError, HTTPError, ContentTooShortError."""

import io
import urllib.response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """A problem reaching or talking to the server; reason says why."""

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, urllib.response.addinfourl):
    """An HTTP error status; also usable as a response (read(), headers, code)."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.closed = False
        if fp is None:
            fp = io.BytesIO()
        urllib.response.addinfourl.__init__(self, fp, hdrs, url, code)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """Raised by urlretrieve when less data arrived than Content-Length announced."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
