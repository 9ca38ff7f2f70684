"""struct: packing values into bytes and back (pure Python, x86-64 native layout).

Formats: byte order '@' (native, aligned), '=', '<', '>', '!'; codes x c b B ? h H i I l L
q Q n N e f d s p P, with repeat counts.
"""

import math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

_STD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
              'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_NATIVE_SIZES = dict(_STD_SIZES, l=8, L=8, n=8, N=8, P=8)
_INT_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_cache = {}


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    r = _cache.get(fmt)
    if r is not None:
        return r
    order = '@'
    s = fmt
    if s and s[0] in '@=<>!':
        order, s = s[0], s[1:]
    native = order == '@'
    little = order in '@=<'
    sizes = _NATIVE_SIZES if native else _STD_SIZES
    items = []   # (code, offset, size, count)
    offset = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            j = i
            while j < n and s[j].isdigit():
                j += 1
            count = int(s[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            ch = s[i]
        i += 1
        if ch not in sizes:
            raise error('bad char in struct format')
        size = sizes[ch]
        if native and ch not in 'xcbB?sp':
            offset = (offset + size - 1) // size * size
        if count is None:
            count = 1
        if ch in 'sp':
            items.append((ch, offset, count, 1))
            offset += count
        elif ch == 'x':
            offset += count
        else:
            items.append((ch, offset, size, count))
            offset += size * count
    r = (little, native, items, offset)
    _cache[fmt] = r
    return r


def calcsize(fmt):
    return _parse(fmt)[3]


def _nvalues(items):
    return sum(1 if c in 'sp' else cnt for c, _, _, cnt in items)


def _int_bytes(code, v, size, little, native):
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise error('required argument is not an integer')
    unsigned = code in 'BHILQNP'
    bits = size * 8
    lo, hi = (0, (1 << bits) - 1) if unsigned else (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
    if not lo <= v <= hi:
        if code in _INT_NAMES:
            raise error('%s format requires %d <= number <= %d' % (_INT_NAMES[code], lo, hi))
        if native:
            if code == 'i':
                raise error("'i' format requires %d <= number <= %d" % (lo, hi))
            raise error('argument out of range')
        if size == 8 or (unsigned and v < 0):
            raise error('argument out of range')
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return (v & ((1 << bits) - 1)).to_bytes(size, 'little' if little else 'big')


def _float_bits(x, ebits, mbits, code):
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if (x < 0 or (x == 0 and math.copysign(1.0, x) < 0)) else 0
    x = abs(x)
    emax = (1 << ebits) - 1
    if math.isnan(x):
        return (sign << (ebits + mbits)) | (emax << mbits) | (1 << (mbits - 1))
    if math.isinf(x):
        return (sign << (ebits + mbits)) | (emax << mbits)
    if x == 0:
        return sign << (ebits + mbits)
    m, e = math.frexp(x)          # x = m * 2**e, 0.5 <= m < 1
    exp = e - 1 + bias
    if exp <= 0:
        # subnormal
        mant = round(math.ldexp(x, bias - 1 + mbits))
        exp = 0
        if mant >= (1 << mbits):
            exp, mant = 1, mant - (1 << mbits)
    else:
        mant = round(math.ldexp(m * 2 - 1, mbits))
        if mant >= (1 << mbits):
            mant = 0
            exp += 1
    if exp >= emax:
        raise OverflowError('float too large to pack with %s format' % code)
    return (sign << (ebits + mbits)) | (exp << mbits) | mant


def _bits_float(b, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if b >> (ebits + mbits) else 1.0
    exp = (b >> mbits) & ((1 << ebits) - 1)
    mant = b & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        return sign * math.inf if mant == 0 else math.nan
    if exp == 0:
        return sign * math.ldexp(mant, 1 - bias - mbits)
    return sign * math.ldexp(mant + (1 << mbits), exp - bias - mbits)


_FLOAT_LAYOUT = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _pack_one(code, v, size, little, native):
    if code in 'efd':
        if not isinstance(v, (int, float)):
            if hasattr(type(v), '__float__'):
                v = float(v)
            else:
                raise error('required argument is not a float')
        ebits, mbits = _FLOAT_LAYOUT[code]
        return _float_bits(float(v), ebits, mbits, code).to_bytes(size, 'little' if little else 'big')
    if code == '?':
        return b'\x01' if v else b'\x00'
    if code == 'c':
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error('char format requires a bytes object of length 1')
        return bytes(v)
    return _int_bytes(code, v, size, little, native)


def _pack(fmt, args):
    little, native, items, total = _parse(fmt)
    need = _nvalues(items)
    if len(args) != need:
        raise error('pack expected %d items for packing (got %d)' % (need, len(args)))
    out = bytearray(total)
    k = 0
    for code, off, size, cnt in items:
        if code in 'sp':
            v = args[k]
            k += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if code == 's':
                data = bytes(v[:size])
                out[off:off + len(data)] = data
            elif size > 0:
                data = bytes(v[:min(size - 1, 255)])
                out[off] = len(data)
                out[off + 1:off + 1 + len(data)] = data
            continue
        for j in range(cnt):
            b = _pack_one(code, args[k], size, little, native)
            k += 1
            p = off + j * size
            out[p:p + size] = b
    return bytes(out)


def pack(fmt, *args):
    return _pack(fmt, args)


def pack_into(fmt, buffer, offset, *args):
    data = _pack(fmt, args)
    if offset < 0:
        offset += len(buffer)
    if offset < 0 or offset + len(data) > len(buffer):
        raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                    '(actual buffer size is %d)' % (offset + len(data), len(data), offset, len(buffer)))
    buffer[offset:offset + len(data)] = data


def _unpack(fmt, data, offset):
    little, native, items, total = _parse(fmt)
    order = 'little' if little else 'big'
    res = []
    for code, off, size, cnt in items:
        p0 = offset + off
        if code == 's':
            res.append(bytes(data[p0:p0 + size]))
            continue
        if code == 'p':
            if size == 0:
                res.append(b'')
                continue
            n = min(data[p0], size - 1)
            res.append(bytes(data[p0 + 1:p0 + 1 + n]))
            continue
        for j in range(cnt):
            p = p0 + j * size
            chunk = bytes(data[p:p + size])
            if code == 'c':
                res.append(chunk)
            elif code == '?':
                res.append(chunk != b'\x00')
            elif code in 'efd':
                ebits, mbits = _FLOAT_LAYOUT[code]
                res.append(_bits_float(int.from_bytes(chunk, order), ebits, mbits))
            else:
                res.append(int.from_bytes(chunk, order, signed=code in 'bhilqn'))
    return tuple(res)


def unpack(fmt, buffer):
    size = calcsize(fmt)
    if len(buffer) != size:
        raise error('unpack requires a buffer of %d bytes' % size)
    return _unpack(fmt, buffer, 0)


def unpack_from(fmt, buffer, offset=0):
    size = calcsize(fmt)
    if offset < 0:
        offset += len(buffer)
    if offset < 0 or len(buffer) - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                    '(actual buffer size is %d)' % (size + offset, size, offset, len(buffer)))
    return _unpack(fmt, buffer, offset)


def iter_unpack(fmt, buffer):
    size = calcsize(fmt)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return (_unpack(fmt, buffer, i) for i in range(0, len(buffer), size))


class Struct:
    def __init__(self, format):
        self.format = format if isinstance(format, str) else format.decode('ascii')
        self.size = calcsize(format)

    def pack(self, *args):
        return _pack(self.format, args)

    def pack_into(self, buffer, offset, *args):
        pack_into(self.format, buffer, offset, *args)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)


Struct.__module__ = 'struct'
