# struct: pack/unpack/calcsize for the usual formats, and SO_LINGER packed with struct.
import socket
import struct

for fmt, v in [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('i', 2**31), ('I', -1), ('<i', 2**31),
               ('<I', -1), ('q', 2**63), ('<Q', -1), ('l', 2**63), ('<l', 2**31), ('!I', 2**32),
               ('i', 'x'), ('f', 'x'), ('c', b'ab'), ('s', 'x'), ('?', []), ('<f', 1e300), ('e', 1e10),
               ('<d', float('inf')), ('>d', -0.0), ('<f', 3.4e38), ('<e', 65504.0), ('<d', 5e-324),
               ('<f', 1e-45), ('>e', 6e-08), ('<Q', 2**64 - 1), ('>q', -2**63), ('=l', -5), ('@n', -1)]:
    try:
        print(fmt, struct.pack(fmt, v))
    except Exception as e:
        print(fmt, type(e).__name__, e)
for f in [lambda: struct.pack('ii', 1), lambda: struct.pack('i', 1, 2), lambda: struct.unpack('ii', b'x'),
          lambda: struct.calcsize('z'), lambda: struct.pack('z', 1), lambda: struct.unpack('<q', b''),
          lambda: struct.unpack_from('<i', b'abc', 1), lambda: struct.iter_unpack('<h', b'abc')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(struct.calcsize('ii'), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('hh'),
      struct.calcsize('!I'), struct.calcsize('P'), struct.calcsize('3s2x'), struct.calcsize('bq'),
      struct.calcsize('5p'), struct.calcsize('<2h3i'), struct.calcsize('@cd'))
print(struct.pack('ii', 1, 0), struct.unpack('hh', b'\x01\x00\x02\x00'), struct.pack('!I', 1),
      struct.pack('<d', 1.5), struct.pack('>f', -0.1), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('3s', b'abcdef'), struct.pack('5p', b'ab'), struct.unpack('3s?', b'ab\x00\x02'),
      struct.pack('?', []), struct.pack('c', b'a'))
print(struct.error, struct.error.__mro__, struct.pack('<e', 1.5), struct.unpack('>e', b'\x3c\x00'))
print(struct.Struct('ii').size, struct.Struct('!h').pack(5), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
for fmt in ['<d', '>f', '<e']:
    for x in [0.0, -0.0, 1.0, -2.5, 1e-310, 123456.789, float('inf'), float('-inf'), 1/3]:
        try:
            b = struct.pack(fmt, x)
            print(fmt, x, b, struct.unpack(fmt, b))
        except OverflowError as e:
            print(fmt, x, e)
print(struct.unpack('<d', struct.pack('<d', float('nan')))[0] != struct.unpack('<d', struct.pack('<d', float('nan')))[0])
print(struct.unpack('<2h3sxi?', struct.pack('<2h3sxi?', 1, -2, b'xyz', 70000, True)))
print(struct.unpack_from('!H', b'\x00\x01\x02', 1), struct.pack('@bhiq', 1, 2, 3, 4))
buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 7, -1)
print(buf)

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
print(struct.unpack('ii', s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 0, 0))
print(struct.unpack('ii', s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
s.close()
