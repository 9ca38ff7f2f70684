"""The io classes behind open(): FileIO over os file descriptors, buffered readers and
writers, TextIOWrapper, and the in-memory StringIO and BytesIO (after CPython's _pyio)."""

import os as _os
import posix as _posix

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _index(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _size_arg(size):
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    if hasattr(type(size), '__index__'):
        return type(size).__index__(size)
    raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)


class IOBase:
    """The abstract base class for all I/O classes."""

    _closed = False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def _check_closed(self):
        self._checkClosed()

    def _checkReadable(self):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.')

    def _checkWritable(self):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.')

    def _checkSeekable(self):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def readline(self, size=-1):
        size = _size_arg(size)
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


IOBase.__module__ = 'io'


class RawIOBase(IOBase):
    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        raise UnsupportedOperation('readinto')

    def write(self, b):
        raise UnsupportedOperation('write')


RawIOBase.__module__ = 'io'


class BufferedIOBase(IOBase):
    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def read1(self, size=-1):
        raise UnsupportedOperation('read1')

    def write(self, b):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n


BufferedIOBase.__module__ = 'io'


class TextIOBase(IOBase):
    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def write(self, s):
        raise UnsupportedOperation('write')

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def readline(self, size=-1):
        raise UnsupportedOperation('readline')

    def detach(self):
        raise UnsupportedOperation('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


TextIOBase.__module__ = 'io'


def _closed_check(obj, msg='I/O operation on closed file'):
    if obj._fd < 0:
        raise ValueError(msg)


class FileIO(RawIOBase):
    _fd = -1
    _created = False
    _readable = False
    _writable = False
    _appending = False
    _seekable = None
    _closefd = True

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0:
            if self._closefd:
                _os.close(self._fd)
            self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        else:
            fd = -1
        if not isinstance(mode, str):
            raise TypeError('invalid mode: %s' % (mode,))
        if not set(mode) <= set('xrwab+'):
            raise ValueError('invalid mode: %s' % (mode,))
        if sum(c in 'rwax' for c in mode) != 1 or mode.count('+') > 1:
            raise ValueError('Must have exactly one of create/read/write/append '
                             'mode and at most one plus')
        if 'x' in mode:
            self._created = True
            self._writable = True
            flags = _os.O_EXCL | _os.O_CREAT
        elif 'r' in mode:
            self._readable = True
            flags = 0
        elif 'w' in mode:
            self._writable = True
            flags = _os.O_CREAT | _os.O_TRUNC
        else:
            self._writable = True
            self._appending = True
            flags = _os.O_APPEND | _os.O_CREAT
        if '+' in mode:
            self._readable = True
            self._writable = True
        if self._readable and self._writable:
            flags |= _os.O_RDWR
        elif self._readable:
            flags |= _os.O_RDONLY
        else:
            flags |= _os.O_WRONLY
        owned_fd = -1
        try:
            if fd < 0:
                if not closefd:
                    raise ValueError('Cannot use closefd=False with file name')
                if opener is None:
                    fd = _os.open(file, flags, 0o666)
                else:
                    fd = opener(file, flags)
                    if not isinstance(fd, int):
                        raise TypeError('expected integer from opener')
                    if fd < 0:
                        raise ValueError('opener returned %d' % fd)
                owned_fd = fd
            self._closefd = closefd
            st = _os.fstat(fd)
            if st.st_mode & 0o170000 == 0o040000:
                import errno
                raise IsADirectoryError(errno.EISDIR, _os.strerror(errno.EISDIR), file)
            self._blksize = st.st_blksize if st.st_blksize and st.st_blksize > 1 else DEFAULT_BUFFER_SIZE
            self.name = file
            if self._appending:
                try:
                    _os.lseek(fd, 0, SEEK_END)
                except OSError:
                    pass
        except:
            if owned_fd >= 0:
                _os.close(owned_fd)
            raise
        self._fd = fd

    def __repr__(self):
        if self._fd < 0:
            return '<_io.FileIO [closed]>'
        try:
            name = self.name
        except AttributeError:
            return '<_io.FileIO fd=%d mode=%r closefd=%r>' % (self._fd, self.mode, self._closefd)
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (name, self.mode, self._closefd)

    def _checkReadable(self):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _checkWritable(self, msg=None):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def read(self, size=-1):
        _closed_check(self)
        self._checkReadable()
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        try:
            return _os.read(self._fd, size)
        except BlockingIOError:
            return None

    def readall(self):
        _closed_check(self)
        self._checkReadable()
        return _posix.readall(self._fd)

    def readinto(self, b):
        _closed_check(self)
        self._checkReadable()
        m = b
        data = self.read(len(m))
        if data is None:
            return None
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        _closed_check(self)
        self._checkWritable()
        try:
            return _os.write(self._fd, b)
        except BlockingIOError:
            return None

    def seek(self, pos, whence=SEEK_SET):
        if isinstance(pos, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        _closed_check(self)
        return _os.lseek(self._fd, _index(pos), whence)

    def tell(self):
        _closed_check(self)
        return _os.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        _closed_check(self)
        self._checkWritable()
        if size is None:
            size = self.tell()
        _os.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                _os.close(fd)

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    def seekable(self):
        _closed_check(self)
        if self._seekable is None:
            try:
                _os.lseek(self._fd, 0, SEEK_CUR)
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def readable(self):
        _closed_check(self)
        return self._readable

    def writable(self):
        _closed_check(self)
        return self._writable

    def fileno(self):
        _closed_check(self)
        return self._fd

    def isatty(self):
        _closed_check(self)
        return _os.isatty(self._fd)

    def flush(self):
        _closed_check(self)

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'


FileIO.__module__ = '_io'


class _Buffered(BufferedIOBase):
    _reader = False
    _writer = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = bytearray()

    @property
    def raw(self):
        return self._raw

    def _r(self):
        if self._raw is None:
            raise ValueError('raw stream has been detached')
        return self._raw

    def __repr__(self):
        name = type(self).__name__
        try:
            n = self.name
        except Exception:
            return '<_io.%s>' % name
        return '<_io.%s name=%r>' % (name, n)

    @property
    def name(self):
        return self._r().name

    @property
    def mode(self):
        return self._r().mode

    @property
    def closed(self):
        return self._r().closed

    def _check(self, what):
        if self._r().closed:
            raise ValueError('%s of closed file' % what)

    def readable(self):
        r = self._r()
        return self._reader and r.readable()

    def writable(self):
        r = self._r()
        return self._writer and r.writable()

    def seekable(self):
        return self._r().seekable()

    def fileno(self):
        return self._r().fileno()

    def isatty(self):
        return self._r().isatty()

    def _need_reader(self):
        if not self._reader:
            raise UnsupportedOperation('read')

    def _need_writer(self):
        if not self._writer:
            raise UnsupportedOperation('write')

    def _drop_read_buffer(self):
        n = len(self._rbuf) - self._rpos
        self._rbuf = b''
        self._rpos = 0
        if n:
            self._r().seek(-n, SEEK_CUR)

    def _avail(self):
        return len(self._rbuf) - self._rpos

    def _fill(self, n):
        """Reads from raw until n bytes are buffered (n < 0: to EOF); False at EOF."""
        raw = self._r()
        if self._wbuf:
            self._flush_unlocked()
        chunks = [self._rbuf[self._rpos:]]
        have = len(chunks[0])
        eof = False
        while n < 0 or have < n:
            if n < 0:
                data = raw.readall()
            else:
                data = raw.read(max(self.buffer_size, n - have))
            if data is None:
                break
            if not data:
                eof = True
                break
            chunks.append(data)
            have += len(data)
            if n < 0:
                eof = True
                break
        self._rbuf = b''.join(chunks)
        self._rpos = 0
        return not eof

    def read(self, size=-1):
        self._need_reader()
        self._check('read')
        size = _size_arg(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        if size < 0:
            self._fill(-1)
            out = self._rbuf[self._rpos:]
            self._rbuf = b''
            self._rpos = 0
            return out
        if self._avail() < size:
            self._fill(size)
        out = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(out)
        return out

    def read1(self, size=-1):
        self._need_reader()
        self._check('read')
        size = _size_arg(size)
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b''
        if not self._avail():
            if self._wbuf:
                self._flush_unlocked()
            data = self._r().read(max(size, self.buffer_size))
            self._rbuf = data or b''
            self._rpos = 0
        out = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(out)
        return out

    def peek(self, size=0):
        self._need_reader()
        self._check('peek')
        if not self._avail():
            self._fill(1)
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        if size == -1:
            i = self._rbuf.find(b'\n', self._rpos)
            if i >= 0:
                out = self._rbuf[self._rpos:i + 1]
                self._rpos = i + 1
                return out
        self._need_reader()
        self._check('readline')
        size = _size_arg(size)
        while True:
            i = self._rbuf.find(b'\n', self._rpos)
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= self._avail():
                end = len(self._rbuf)
                break
            if not self._fill(self._avail() + 1):
                end = len(self._rbuf)
                break
        if size >= 0:
            end = min(end, self._rpos + size)
        out = self._rbuf[self._rpos:end]
        self._rpos = end
        return out

    def __next__(self):
        self._check('readline')
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, b):
        self._need_reader()
        m = b
        data = self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        self._need_writer()
        if self._r().closed:
            raise ValueError('write to closed file')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._rbuf:
            self._drop_read_buffer()
        n = len(b)
        self._wbuf += b
        if len(self._wbuf) >= self.buffer_size:
            self._flush_unlocked()
        return n

    def _flush_unlocked(self):
        raw = self._r()
        while self._wbuf:
            n = raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            del self._wbuf[:n]

    def flush(self):
        if self._writer:
            self._check('flush')
            self._flush_unlocked()
        elif self._r().closed:
            raise ValueError('I/O operation on closed file.')

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError('whence value %r unsupported' % (whence,))
        pos = _index(pos)
        self._check('seek')
        if self._wbuf:
            self._flush_unlocked()
        if whence == 1:
            pos -= self._avail()
        self._rbuf = b''
        self._rpos = 0
        return self._r().seek(pos, whence)

    def tell(self):
        pos = self._r().tell() - self._avail() + len(self._wbuf)
        return max(pos, 0)

    def truncate(self, pos=None):
        self._check('truncate')
        if not self._writer:
            raise UnsupportedOperation('truncate')
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._r().truncate(pos)

    def close(self):
        raw = self._r()
        if raw.closed:
            return
        self._rbuf = b''
        self._rpos = 0
        try:
            self.flush()
        finally:
            raw.close()

    def detach(self):
        raw = self._r()
        self.flush()
        self._raw = None
        return raw


class BufferedReader(_Buffered):
    _reader = True


class BufferedWriter(_Buffered):
    _writer = True


class BufferedRandom(_Buffered):
    _reader = True
    _writer = True


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


for _c in (BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    _c.__module__ = '_io'


def _norm_encoding(enc):
    return enc.lower().replace('_', '-')


def _incomplete_tail(data, enc):
    """How many bytes at the end of data may start a character not yet complete."""
    if enc in ('utf-8', 'utf8', 'u8', 'utf'):
        n = len(data)
        i = n - 1
        k = 0
        while i >= 0 and k < 3 and 0x80 <= data[i] < 0xC0:
            i -= 1
            k += 1
        if i < 0:
            return 0
        b = data[i]
        need = 2 if 0xC0 <= b < 0xE0 else 3 if 0xE0 <= b < 0xF0 else 4 if 0xF0 <= b < 0xF8 else 1
        have = n - i
        return have if have < need else 0
    if enc.startswith('utf-16') or enc.startswith('utf16'):
        return len(data) % 2
    if enc.startswith('utf-32') or enc.startswith('utf32'):
        return len(data) % 4
    return 0


class TextIOWrapper(TextIOBase):
    _CHUNK_SIZE = 1024

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('illegal newline type: %r' % (type(newline),))
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        if not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument \'encoding\' must be str or None, not %s'
                            % type(encoding).__name__)
        ''.encode(encoding)
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError('TextIOWrapper() argument \'errors\' must be str or None, not %s'
                            % type(errors).__name__)
        self._buffer = buffer
        self._encoding = encoding
        self._enc = _norm_encoding(encoding)
        self._errors = errors
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline or _os.linesep
        self._reset_read()
        raw = getattr(buffer, '_raw', None)
        self._wfast = (isinstance(buffer, (BufferedWriter, BufferedRandom)) and type(raw) is FileIO
                       and raw._writable and not line_buffering
                       and (not self._writetranslate or self._writenl == '\n'))
        self._seekable = buffer.seekable()
        self._telling = self._seekable

    def _reset_read(self):
        self._decoded = ''
        self._dpos = 0
        self._pending = b''
        self._raw_text = ''
        self._eof = False

    def _b(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        return self._buffer

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self._b().name

    @property
    def closed(self):
        return self._b().closed

    def __repr__(self):
        result = '<_io.TextIOWrapper'
        try:
            name = self.name
        except Exception:
            pass
        else:
            result += ' name={0!r}'.format(name)
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            result += ' mode={0!r}'.format(mode)
        return result + ' encoding={0!r}>'.format(self._encoding)

    def fileno(self):
        return self._b().fileno()

    def isatty(self):
        return self._b().isatty()

    def readable(self):
        return self._b().readable()

    def writable(self):
        return self._b().writable()

    def seekable(self):
        self._checkClosed()
        return self._seekable

    def flush(self):
        self._b()
        self._checkClosed()
        self._buffer.flush()
        self._telling = self._seekable

    def close(self):
        b = self._b()
        if not b.closed:
            self._decoded = ''
            self._dpos = 0
            try:
                self.flush()
            finally:
                b.close()

    def detach(self):
        b = self._b()
        self.flush()
        self._buffer = None
        return b

    # Writing.

    def write(self, s):
        b = self._buffer
        if (self._wfast and type(s) is str and b is not None and b._raw is not None
                and b._raw._fd >= 0 and not b._rbuf and not self._decoded and not self._pending):
            wb = b._wbuf
            wb += s.encode(self._encoding, self._errors)
            if len(wb) >= b.buffer_size:
                b._flush_unlocked()
            return len(s)
        self._b()
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not self._buffer.writable():
            raise UnsupportedOperation('not writable')
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and '\n' in s
        if haslf and self._writetranslate and self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        if self._decoded or self._pending:
            # Like CPython, read-ahead is dropped: the write lands at the buffer's position.
            self._reset_read()
        self._buffer.write(s.encode(self._encoding, self._errors))
        if self._line_buffering and (haslf or '\r' in s):
            self._buffer.flush()
        return length

    # Reading.

    def _translate(self, text):
        if self._readtranslate and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _read_chunk(self, size=None):
        """Decodes one more chunk into self._decoded; False at end of file."""
        if self._eof:
            return False
        buf = self._buffer
        data = buf.read1(size or self._CHUNK_SIZE) if hasattr(buf, 'read1') else buf.read(size or self._CHUNK_SIZE)
        if data is None:
            data = b''
        eof = not data
        self._eof = eof
        data = self._pending + data
        if eof:
            keep = 0
        else:
            keep = _incomplete_tail(data, self._enc)
        body = data[:len(data) - keep] if keep else data
        text = body.decode(self._encoding, self._errors)
        if not eof and text.endswith('\r'):
            text = text[:-1]
            keep += len('\r'.encode(self._encoding))
            body = data[:len(data) - keep]
        self._pending = data[len(data) - keep:] if keep else b''
        rest = self._decoded[self._dpos:]
        self._raw_text = self._raw_text[len(self._raw_text) - self._raw_len(rest):] + text if rest else text
        self._decoded = rest + self._translate(text)
        self._dpos = 0
        return not eof or bool(text)

    def _raw_len(self, translated_tail):
        """The number of raw (untranslated) characters behind the last chars of _decoded."""
        if not self._readtranslate or '\r' not in self._raw_text:
            return len(translated_tail)
        # Walk back over the raw text: each '\r\n' became one '\n'.
        raw = self._raw_text
        i = len(raw)
        n = len(translated_tail)
        while n > 0 and i > 0:
            if raw[i - 1] == '\n' and i >= 2 and raw[i - 2] == '\r':
                i -= 2
            else:
                i -= 1
            n -= 1
        return len(raw) - i

    def _check_readable(self):
        self._b()
        self._checkClosed()
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')

    def read(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        if size < 0:
            if self._wflush_needed():
                self._buffer.flush()
            data = self._buffer.read()
            if data is None:
                data = b''
            data = self._pending + data
            self._pending = b''
            text = data.decode(self._encoding, self._errors)
            result = self._decoded[self._dpos:] + self._translate(text)
            self._decoded = ''
            self._dpos = 0
            self._raw_text = ''
            self._eof = True
            return result
        while len(self._decoded) - self._dpos < size:
            if not self._read_chunk():
                break
        out = self._decoded[self._dpos:self._dpos + size]
        self._dpos += len(out)
        return out

    def _wflush_needed(self):
        return False

    def _find_eol(self, start):
        d = self._decoded
        if self._readtranslate:
            i = d.find('\n', start)
            return -1 if i < 0 else i + 1
        if self._readuniversal:
            i = d.find('\n', start)
            j = d.find('\r', start)
            if j < 0:
                return -1 if i < 0 else i + 1
            if i >= 0 and i < j:
                return i + 1
            if j + 1 < len(d):
                return j + 2 if d[j + 1] == '\n' else j + 1
            return -2 if not self._eof else j + 1
        i = d.find(self._readnl, start)
        return -1 if i < 0 else i + len(self._readnl)

    def readline(self, size=-1):
        if size == -1 and self._readtranslate:
            # Fast path: a whole line already decoded (only ever set while readable and open).
            i = self._decoded.find('\n', self._dpos)
            if i >= 0:
                out = self._decoded[self._dpos:i + 1]
                self._dpos = i + 1
                return out
        self._check_readable()
        size = _index(size)
        while True:
            end = self._find_eol(self._dpos)
            if end >= 0:
                break
            if 0 <= size <= len(self._decoded) - self._dpos:
                end = len(self._decoded)
                break
            if not self._read_chunk():
                end = len(self._decoded)
                break
        if size >= 0:
            end = min(end, self._dpos + size)
        out = self._decoded[self._dpos:end]
        self._dpos = end
        return out

    def __next__(self):
        self._telling = False
        if self._readtranslate:
            i = self._decoded.find('\n', self._dpos)
            if i >= 0:
                out = self._decoded[self._dpos:i + 1]
                self._dpos = i + 1
                return out
        line = self.readline()
        if not line:
            self._telling = self._seekable
            raise StopIteration
        return line

    # Positioning.

    def tell(self):
        self._b()
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self._buffer.flush()
        pos = self._buffer.tell() - len(self._pending)
        rest = self._decoded[self._dpos:]
        if rest:
            raw = self._raw_text[len(self._raw_text) - self._raw_len(rest):]
            pos -= len(raw.encode(self._encoding, self._errors))
        return pos

    def seek(self, cookie, whence=0):
        self._b()
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = SEEK_SET
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            return self._buffer.seek(0, whence)
        if whence != SEEK_SET:
            raise ValueError('invalid whence (%r, should be %d, %d or %d)'
                             % (whence, SEEK_SET, SEEK_CUR, SEEK_END))
        if isinstance(cookie, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        cookie = _index(cookie)
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._reset_read()
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)


TextIOWrapper.__module__ = '_io'


# In-memory streams.

class _MemoryIO:
    _empty = ''
    _closed_msg = 'I/O operation on closed file.'

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check_closed()
        return self._buf

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        if size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        nl = '\n' if isinstance(self._buf, str) else b'\n'
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        n = len(s)
        if self._pos > len(self._buf):
            self._buf = self._buf + self._empty * (self._pos - len(self._buf)) if isinstance(self._buf, str) \
                else self._buf + bytes(self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._pos += n
        return n

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def __del__(self):
        pass


class StringIO(_MemoryIO, TextIOBase):
    _closed_msg = 'I/O operation on closed file'
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        _MemoryIO.__init__(self, initial_value)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


class BytesIO(_MemoryIO, BufferedIOBase):
    _empty = b''

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _MemoryIO.__init__(self, bytes(initial_bytes))

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def write(self, s):
        if isinstance(s, (bytearray, memoryview)):
            self._check_closed()
            s = bytes(s)
        return _MemoryIO.write(self, s)

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        return bytearray(self._buf)

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return 'locale'
    return encoding


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, int):
        file = _os.fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not %s" % type(newline).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: %s' % (newline,))
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    raw = FileIO(file,
                 (creating and 'x' or '') + (reading and 'r' or '') + (writing and 'w' or '')
                 + (appending and 'a' or '') + (updating and '+' or ''),
                 closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except:
        result.close()
        raise


def open_code(path):
    return open(path, 'rb')
