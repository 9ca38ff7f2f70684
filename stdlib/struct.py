"""Functions to convert between Python values and C structs (over the native _struct)."""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'
_struct.error = error


def _buffer(buf):
    if isinstance(buf, (bytes, bytearray)):
        return buf
    if isinstance(buf, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(buf))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__) from None


def _format(fmt):
    if isinstance(fmt, (str, bytes)):
        return fmt
    raise TypeError('Struct() argument 1 must be a str or bytes object, not %s' % type(fmt).__name__)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self._fmt = _format(format)
        self.size = _struct.calcsize(self._fmt)

    @property
    def format(self):
        f = self._fmt
        return f.decode('ascii') if isinstance(f, bytes) else f

    def pack(self, *args):
        return _struct.pack(self._fmt, args)

    def pack_into(self, buffer, offset, *args):
        data = _struct.pack(self._fmt, args)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < len(data):
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes '
                        'at offset %d (actual buffer size is %d)'
                        % (len(data) + offset, len(data), offset, len(buffer)))
        buffer[offset:offset + len(data)] = data

    def unpack(self, buffer):
        return _struct.unpack(self._fmt, _buffer(buffer))

    def unpack_from(self, buffer, offset=0):
        buf = _buffer(buffer)
        size = self.size
        if offset < 0:
            if offset + len(buf) < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, len(buf)))
            offset += len(buf)
        if len(buf) - offset < size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes '
                        'at offset %d (actual buffer size is %d)'
                        % (size + offset, size, offset, len(buf)))
        return _struct.unpack(self._fmt, buf[offset:offset + size])

    def iter_unpack(self, buffer):
        buf = _buffer(buffer)
        size = self.size
        if size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buf) % size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
        return _iter(self._fmt, buf, size)

    def __repr__(self):
        return '<_struct.Struct object at %#x>' % id(self)


Struct.__module__ = '_struct'


def _iter(fmt, buf, size):
    for i in range(0, len(buf), size):
        yield _struct.unpack(fmt, buf[i:i + size])


_cache = {}


def _get(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _get(_format(format)).size


def pack(format, *args):
    return _struct.pack(_format(format), args)


def pack_into(format, buffer, offset, *args):
    return _get(_format(format)).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return _struct.unpack(_format(format), _buffer(buffer))


def unpack_from(format, /, buffer, offset=0):
    return _get(_format(format)).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _get(_format(format)).iter_unpack(buffer)
