# repr, str, ascii of builtin values
vals = [1, -1.5, 'text', "it's", 'say "hi"', 'both \' "', 'tab\t', 'é', '\x00', None, True,
        [1, 'a'], ('t',), (), {'k': [1]}, {1, 2}, frozenset(), set(), b'by', 1 + 2j, range(3), ...]
for v in vals:
    print(repr(v), '|', str(v), '|', ascii(v))
print(str(), str(b'x'), str(1e100), str(-0.0))
print(ascii('☃ snowman'), ascii('\U0001F600'), repr('\U0001F600'))
print(str(b'abc', 'ascii'), str(bytearray(b'q'), encoding='utf-8'))
