# struct: pack, unpack, calcsize, Struct, byte orders and errors.
import struct


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


for f, v in [('<h', 70000), ('<b', 200), ('<B', 256), ('<B', -1), ('<H', -1), ('<I', -1), ('<I', 2**32),
             ('I', 2**32), ('I', -1), ('i', 2**31), ('l', 2**63), ('L', -1), ('<l', 2**31), ('<L', 2**32),
             ('q', 2**63), ('Q', -1), ('<q', 2**63), ('<Q', -1), ('n', 2**63), ('N', -1), ('b', 2**70),
             ('<i', 2**70), ('B', 2**70), ('<H', 2**70), ('e', 1e10), ('<i', True), ('<?', 5), ('<?', []),
             ('<Q', 2**64 - 1), ('>q', -2**63), ('<i', 'x'), ('<i', 1.5), ('<f', 'x'), ('<d', 3), ('c', b'ab'),
             ('c', 'a'), ('c', b'z'), ('4s', 'ab'), ('<f', 1e300), ('<i', None)]:
    t(lambda: struct.pack(f, v))
for v in [1.5, -2.0, 0.1, 65504.0, 65520.0, 6e-8, 1e-5, 0.0, -0.0, float('inf'), 3.14159, 2.0**-24, 1.0009765625]:
    t(lambda: (struct.pack('<e', v), struct.unpack('<e', struct.pack('<e', v))))
t(lambda: struct.pack('i'))
t(lambda: struct.pack('<ii', 1))
t(lambda: struct.pack('<i', 1, 2))
t(lambda: struct.pack('z', 1))
t(lambda: struct.pack('<2', 1))
t(lambda: struct.pack('<P', 1))
t(lambda: struct.pack(5))
t(lambda: struct.unpack('<i', b'abc'))
t(lambda: struct.unpack('<2i', b'abcdefgh'))
t(lambda: struct.unpack('>2iqQhHbB?', struct.pack('>2iqQhHbB?', -1, 2, -3, 2**64 - 1, -5, 6, -7, 8, True)))
t(lambda: struct.unpack('<IHB', b'\xff\xff\xff\xff\xff\xff\xff'))
t(lambda: [struct.calcsize(f) for f in ['@bi', '=bi', '<bi', '!bi', '@bq0i', '3x2s', '@hic', '@ci', '@cd', '@cP',
                                         '@ce', '<0s', 'l', '<l', 'q', '10s', '5p', ' i i ', '@?', 'nN']])
t(lambda: struct.calcsize('<q!'))
t(lambda: struct.pack('@ii', 1, 0))
t(lambda: struct.pack('!hhl', 1, 2, 3))
t(lambda: struct.pack('>HH', 1, 2) + struct.pack('!I', 0xdeadbeef))
t(lambda: struct.pack('<hhl', 1, 2, 3))
t(lambda: struct.pack('=bxh', 1, 2))
t(lambda: struct.unpack('<d', struct.pack('<d', 3.14)))
t(lambda: struct.unpack('>f', struct.pack('>f', 0.1)))
t(lambda: struct.pack('<d', float('-inf')))
t(lambda: struct.unpack('<3c2s', b'abcde'))
t(lambda: struct.pack('<3s', b'abcdef'))
t(lambda: struct.pack('10s', b'ab'))
t(lambda: struct.pack('<5p', b'abc'))
t(lambda: struct.unpack('<5p', b'\x03abc\x00'))
t(lambda: struct.pack('<2p', b'abc'))
t(lambda: struct.unpack('<2s', bytearray(b'ab')))
t(lambda: struct.unpack('<h', memoryview(b'ab')))
t(lambda: struct.unpack('<h', 'ab'))
t(lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
t(lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02')))
t(lambda: struct.iter_unpack('', b''))
t(lambda: struct.unpack_from('<h', b'xx\x01\x00', 2))
t(lambda: struct.unpack_from('<h', b'xx\x01\x00', 3))
t(lambda: struct.unpack_from('<h', b'xx\x01\x00', offset=-2))
b = bytearray(6)
t(lambda: (struct.pack_into('<h', b, 2, 5), b))
t(lambda: struct.pack_into('<i', b, 4, 5))
s = struct.Struct('<hi')
print(s.size, s.format, type(s).__name__, struct.Struct(b'>I').format)
t(lambda: s.pack(1, 2))
t(lambda: s.unpack(s.pack(-1, -2)))
t(lambda: s.unpack_from(b'\x00' + s.pack(3, 4), 1))
t(lambda: list(s.iter_unpack(s.pack(1, 2) + s.pack(3, 4))))
t(lambda: s.pack(1))
t(lambda: struct.Struct(5))
print(struct.error, issubclass(struct.error, Exception))


class I:
    def __index__(self):
        return 7


t(lambda: struct.pack('<i', I()))
t(lambda: struct.pack('<d', I()))
print(struct.pack('<l', 0x01020304).hex(), struct.pack('>l', 0x01020304).hex(), struct.pack('ii', 1, 0) == struct.pack('=ii', 1, 0))
linger = struct.pack('ii', 1, 5)
print(len(linger), struct.unpack('ii', linger))
