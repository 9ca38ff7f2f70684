# Text files: reading, writing, newline translation, encodings, seek/tell.
import os

base = '/tmp/aspic_files_test_text_io'
if os.path.isdir(base):
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
os.mkdir(base)
os.chdir(base)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


def raw(name):
    with open(name, 'rb') as f:
        return f.read()


with open('a.txt', 'w') as f:
    print(f.write('line one\nline two\n'))
    f.writelines(['three\n', 'four', '\n', 'five'])
print(raw('a.txt'))

with open('a.txt') as f:
    print(repr(f.read()))
with open('a.txt') as f:
    print(repr(f.read(4)), repr(f.read(6)), repr(f.read(0)), repr(f.readline()))
    print(repr(f.readline(3)), repr(f.readline(100)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open('a.txt') as f:
    print(f.readlines(10))
    print(list(f))
with open('a.txt') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open('a.txt') as f:
    t(lambda: f.read('x'))
    t(lambda: f.read(None))
    t(lambda: f.readline(None))

# Newline translation on reading.
with open('nl.txt', 'wb') as f:
    f.write(b'a\r\nb\rc\nd\r\n\r\ne\r')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('nl.txt', newline=nl) as f:
        print(repr(nl), f.readlines())
    with open('nl.txt', newline=nl) as f:
        print(repr(nl), repr(f.read()))

# Newline translation on writing.
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('w.txt', 'w', newline=nl) as f:
        f.write('x\ny\r\nz\r')
    print(repr(nl), raw('w.txt'))

# Encodings and errors.
with open('u.txt', 'w', encoding='utf-8') as f:
    print(f, f.write('héllo wörld €\n'))
print(raw('u.txt'))
with open('u.txt', encoding='utf-8') as f:
    print(repr(f.read(2)), repr(f.read(3)), f.tell(), repr(f.read()))
with open('u.txt', encoding='latin-1') as f:
    print(f, repr(f.read()))
with open('l.txt', 'w', encoding='latin-1') as f:
    f.write('café')
print(raw('l.txt'))
with open('l.txt', encoding='Latin-1') as f:
    print(f.encoding, repr(f.read()))
t(lambda: open('l.txt').read())
with open('l.txt', errors='replace') as f:
    print(f.errors, repr(f.read()))
with open('l.txt', errors='ignore') as f:
    print(repr(f.read()))
with open('asc.txt', 'w', encoding='ascii') as f:
    t(lambda: f.write('naïve'))
with open('asc.txt', 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve')
print(raw('asc.txt'))
with open('u.txt', encoding='ascii') as f:
    t(lambda: f.read())

# A long file read in pieces: multi-byte characters across chunk boundaries.
text = ''.join('%d:é€\n' % i for i in range(5000))
with open('big.txt', 'w') as f:
    f.write(text)
with open('big.txt') as f:
    print(f.read() == text)
with open('big.txt') as f:
    parts = []
    while True:
        s = f.read(777)
        if not s:
            break
        parts.append(s)
    print(''.join(parts) == text, len(parts))
with open('big.txt') as f:
    print(f.readlines() == text.splitlines(True))
with open('crlf.txt', 'w', newline='\r\n') as f:
    f.write(text)
with open('crlf.txt') as f:
    print(f.read() == text)
with open('crlf.txt', newline='') as f:
    lines = f.readlines()
    print(len(lines), repr(lines[4999]), all(l.endswith('\r\n') for l in lines))

# seek and tell.
with open('a.txt') as f:
    print(f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read(5)), f.tell())
    print(f.seek(pos), repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), f.seek(0, 1), repr(f.read(3)))
    t(lambda: f.seek(1, 1))
    t(lambda: f.seek(-1, 2))
    t(lambda: f.seek(0, 3))
    t(lambda: f.seek(-1))
with open('nl.txt') as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()))
    print(repr(f.read()), f.seek(3), repr(f.read()))
with open('u.txt') as f:
    f.read(3)
    p = f.tell()
    print(p, repr(f.read(4)), f.seek(p), repr(f.read(4)))
with open('a.txt') as f:
    next(f)
    t(lambda: f.tell())

# r+ / w+ / a / a+ and truncate.
with open('rw.txt', 'w+') as f:
    f.write('abcdef\n')
    print(f.seek(0), repr(f.read()))
    print(f.seek(2), f.write('XY'), f.seek(0), repr(f.read()))
    print(f.truncate(3), f.tell(), f.seek(0), repr(f.read()))
print(raw('rw.txt'))
with open('rw.txt', 'a') as f:
    print(f.tell(), f.write('+more'))
print(raw('rw.txt'))
with open('rw.txt', 'a+') as f:
    print(f.tell(), repr(f.read()), f.seek(0), repr(f.read()))
    f.write('!')
print(raw('rw.txt'))
with open('rw.txt', 'r+') as f:
    print(repr(f.read(2)), f.write('ZZ'), f.tell())
print(raw('rw.txt'))

# Writes become visible after flush; write() returns the number of characters.
f = open('fl.txt', 'w')
print(f.write('é' * 3), raw('fl.txt'))
f.flush()
print(raw('fl.txt'))
f.close()

# detach and buffer.
f = open('a.txt')
b = f.buffer
print(b, b.read(4))
d = f.detach()
print(d is b, d.closed)
t(lambda: f.read())
t(lambda: f.buffer)
t(lambda: repr(f))
d.close()
f = open('a.txt', 'w')
print(f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno())
f.close()

for n in os.listdir(base):
    os.remove(os.path.join(base, n))
os.chdir('/')
os.rmdir(base)
print(os.path.exists(base))
