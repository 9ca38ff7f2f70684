"""Response objects for urllib: addbase, addclosehook, addinfo, addinfourl."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """Wraps a file-like object, delegating read/readline/readlines/close to it."""

    def __init__(self, fp):
        self.fp = fp
        self.closed = False

    def __getattr__(self, name):
        if name == 'fp':
            raise AttributeError(name)
        return getattr(self.fp, name)

    def read(self, *args):
        return self.fp.read(*args)

    def readline(self, *args):
        return self.fp.readline(*args)

    def readlines(self, *args):
        return self.fp.readlines(*args)

    def __iter__(self):
        return iter(self.fp)

    def close(self):
        self.closed = True
        if self.fp is not None:
            self.fp.close()

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.fp)

    def __enter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')
        return self

    def __exit__(self, type, value, traceback):
        self.close()


class addclosehook(addbase):
    """Calls closehook(*hookargs) when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            closehook = self.closehook
            hookargs = self.hookargs
            if closehook:
                self.closehook = None
                self.hookargs = None
                closehook(*hookargs)
        finally:
            super().close()


class addinfo(addbase):
    """Adds an info() method returning the headers."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """Adds geturl(), getcode(), url, status and code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
