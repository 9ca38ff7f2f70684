# fnmatch: shell-style patterns.
import fnmatch

names = ['a.py', 'b.txt', 'abc.py', '.hidden', 'x[1].txt', 'data1', 'data2', 'data10', 'A.PY', 'dir/a.py', '']
pats = ['*', '*.py', 'a*', '?.py', '???.py', 'data?', 'data[12]', 'data[!1]', 'data[0-9]*', '[a-b]*',
        '*[', 'x[[]1].txt', '*.*', '.*', '*/*', 'd*a.py', '[!a]*', '[]]', '[!]]', '**', '*a*b*', 'a?c*']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.filter(names, '*.py'), fnmatch.filter(['x', 'y'], '[xz]'))
print(fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch('A.PY', '*.PY'))
print(fnmatch.fnmatchcase(b'abc', b'a*'), fnmatch.fnmatchcase(b'abc', b'b*'))
print(fnmatch.fnmatch('a' * 30 + 'b', '*a*a*a*a*a*c'), fnmatch.fnmatch('xaaay', '*a*y'))
for p in ['*.py', 'a?c', '[abc]', '[!x]', '[', 'a.b', 'x[]', '*']:
    print(repr(p), fnmatch.translate(p))
