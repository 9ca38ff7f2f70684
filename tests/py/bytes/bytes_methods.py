# bytes methods: decode, hex, fromhex, split, join, find, replace, strip, upper
b = b'  alpha,beta,,gamma  '
print(b.strip(), b.split(b','), b.strip().split(b',', 1), b'a b  c'.split(), b','.join([b'x', b'y', b'z']))
print(b'hello'.find(b'l'), b'hello'.rfind(b'l'), b'hello'.find(b'z'), b'hello'.index(b'e'), b'hello'.count(b'l'))
print(b'hello'.replace(b'l', b'L'), b'hello'.upper(), b'HeLLo'.lower(), b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')))
print(b'\xde\xad\xbe\xef'.hex(), b'abc'.hex('-'), bytes.fromhex('de ad BE ef'), bytes.fromhex(''))
print(b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'), b'abc'.decode())
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b'  '.isspace(), b'x'.center(5, b'-'), b'7'.zfill(3))
print(b'a-b-c'.partition(b'-'), b'a-b-c'.rpartition(b'-'), b'line1\nline2'.splitlines())
try:
    b'abc'.index(b'z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b','.join(['a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
