# strip family with chars, replace with count, removeprefix/removesuffix
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHELLOcba'.strip('abc'), '..,hi,..'.lstrip('.,'), 'path///'.rstrip('/'))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'), 'aaaa'.replace('aa', 'b'))
print('hello'.replace('l', ''), 'a.b.c'.replace('.', '::', 1), 'abc'.replace('', '-', 2))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'abc'.removeprefix('x'))
print(repr('\u3000 wide space\u3000'.strip()), 'xyx'.strip('xy'))
try:
    'a'.strip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.replace('a')
except TypeError as e:
    print(type(e).__name__, e)
