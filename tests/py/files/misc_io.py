# Text reading across chunk boundaries (all newline modes), tell/seek round trips,
# print(file=), pipes through os.fdopen, os.devnull, in-memory streams.
import os
base = '/tmp/aspic_files_test_misc_io'
os.makedirs(base, exist_ok=True)
p = os.path.join(base, 's.txt')
pieces = ['a', 'é', '€', '\r\n', '\n', '\r', 'xyz', '😀', ' ']
text = ''.join(pieces[(i * 7 + i // 3) % len(pieces)] for i in range(12000))
with open(p, 'w', newline='') as f:
    f.write(text)
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        a = f.readlines()
    with open(p, newline=nl) as f:
        b = []
        n = 1
        while True:
            s = f.read(n)
            if not s:
                break
            b.append(s)
            n = n * 3 % 1000 + 1
    with open(p, newline=nl) as f:
        c = f.read()
    print(repr(nl), len(a), hash(''.join(a)) == hash(c), ''.join(b) == c, len(c), a[:5], a[-3:])
with open(p) as f:
    pos = []
    while True:
        t = f.tell()
        l = f.readline()
        if not l:
            break
        pos.append((t, l))
    ok = True
    for t, l in pos[::37]:
        f.seek(t)
        if f.readline() != l:
            ok = False
    print(ok, len(pos))
with open(p, 'rb') as f:
    data = f.read()
with open(p, 'rb') as f:
    buf = bytearray(100)
    mv = memoryview(buf)
    print(f.readinto(mv), bytes(buf[:10]) == data[:10])
os.remove(p)
os.rmdir(base)
import json, io
base = '/tmp/aspic_files_test_misc_io2'
os.makedirs(base, exist_ok=True)
p = os.path.join(base, 'o.txt')
with open(p, 'w') as f:
    print('hello', 42, file=f)
    print('x', end='', file=f)
    json.dump({'a': [1, 2]}, f)
print(repr(open(p).read()))
with open(os.devnull, 'w') as f:
    print(f.write('zz'), f.seekable())
r, w = os.pipe()
fw = os.fdopen(w, 'w')
fr = os.fdopen(r)
fw.write('line1\nline2\n')
fw.close()
print(fr.readline(), fr.seekable(), list(fr))
try:
    fr.tell()
except Exception as e:
    print(type(e).__name__, e)
fr.close()
s = io.StringIO('a\nb\n')
print(list(s), s.closed, isinstance(s, io.IOBase))
s.close()
try:
    s.read()
except ValueError as e:
    print(e)
b = io.BytesIO(b'xy')
print(b.read(1), b.getvalue(), isinstance(b, io.BufferedIOBase))
t = io.TextIOWrapper(io.BytesIO(b'abc\ndef'), encoding='utf-8')
print(t.readline(), t.read())
os.remove(p); os.rmdir(base)
print(os.path.exists(base))
