# bytes/bytearray constructors and conversions
print(bytes(), bytes(4), bytes([1, 2, 255]), bytes(b'copy'), bytes('é', 'utf-8'), bytes(bytearray(b'ba')))
print(bytearray(b'x'), bytearray([65]), bytearray('hi', 'ascii'), bytearray(range(3)))
print(list(b'abc'), tuple(bytearray(b'\x01\x02')), bytes(memoryview(b'mv')))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x01\x02', 'little'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes('x', 'bogus-codec')
except LookupError as e:
    print(type(e).__name__, e)
print(b'%d-%s' % (5, b'x'), b'abc'.translate(None, b'b'))
