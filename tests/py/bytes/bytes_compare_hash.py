# bytes vs str vs bytearray comparisons and hashing
print(b'a' == 'a', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' != 'a')
print(b'abc' < b'abd', b'' < b'\x00', b'\xff' > b'\x00\x00', bytearray(b'b') > b'a')
print({b'k': 1}[b'k'], b'k' in {b'k'}, hash(b'abc') == hash(bytes(bytearray(b'abc'))))
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' < 'b'
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([b'b', b'a', b'ab']), max(b'hello'), min(b'hello'), sum(b'\x01\x02'))
