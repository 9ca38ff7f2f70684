# bytes indexing, slicing, iteration, repr with non-printables
b = b'Hello\x00\xff\n\t\\'
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b[::2], list(b[:3]))
print(repr(b'\x7f\x80\r'), repr(b"'"), repr(b'"'), repr(b'\'"'))
print(type(b[0]).__name__, type(b[0:1]).__name__, b'abc' == b'abc', b'a' < b'b', b'abc' + b'def', b'ab' * 3)
print(b'ell' in b'hello', 104 in b'hello', 300 in b'' if False else 'skip', bytes(range(65, 70)))
for x in b'hi':
    print(x, end=' ')
print()
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'abc'[10]
except IndexError as e:
    print(type(e).__name__, e)
