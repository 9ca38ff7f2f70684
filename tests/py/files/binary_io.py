# Binary files: FileIO, BufferedReader/Writer/Random, file descriptors, closed files.
import io
import os

base = '/tmp/aspic_files_test_binary_io'
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


with open('b.bin', 'wb') as f:
    print(f.write(b'0123456789\nabc\n'), f.write(bytearray(b'xyz')), f.tell())
    f.writelines([b'\n', b'end'])
    t(lambda: f.write('str'))
with open('b.bin', 'rb') as f:
    print(f.read())
with open('b.bin', 'rb') as f:
    print(f.read(3), f.read(0), f.tell(), f.readline(), f.readline(2), f.readline())
    print(f.readlines())
    print(f.read(), f.read(5))
with open('b.bin', 'rb') as f:
    print(list(f))
with open('b.bin', 'rb') as f:
    print(f.peek(1)[:1], f.read1(4), f.read1())
with open('b.bin', 'rb') as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf, f.seek(-3, 2), f.readinto(buf), buf)
    print(f.seek(2), f.seek(3, 1), f.read(2), f.seek(0, 2), f.read())
    t(lambda: f.seek(-1))
    t(lambda: f.seek(0, 5))
    t(lambda: f.seek(1.5))
    t(lambda: f.read('x'))

# BufferedRandom: reads and writes interleaved.
with open('r.bin', 'w+b') as f:
    f.write(b'hello world')
    print(f.tell(), f.seek(0), f.read(5), f.tell())
    print(f.write(b'_'), f.tell(), f.read())
    print(f.seek(0), f.read())
    print(f.truncate(5), f.tell(), f.seek(0), f.read())
    print(f.seek(8), f.write(b'!'), f.seek(0), f.read())
with open('r.bin', 'r+b') as f:
    print(f.read(2), f.write(b'ZZ'), f.tell())
    f.seek(0)
    print(f.read())

# Appending.
with open('r.bin', 'ab') as f:
    print(f.tell(), f.write(b'+tail'), f.tell())
with open('r.bin', 'rb') as f:
    print(f.read())

# Unbuffered FileIO.
f = io.FileIO('r.bin')
print(f, f.read(3), f.readall(), f.read(), f.tell(), f.seek(1), f.read(2))
buf = bytearray(3)
print(f.readinto(buf), buf, f.fileno() > 2, f.isatty())
f.close()
t(lambda: f.read())
t(lambda: f.fileno())
t(lambda: f.readable())
print(f, f.closed)
f = io.FileIO('n.bin', 'w')
print(f, f.write(b'abc'), f.truncate(2), f.tell())
f.close()
print(open('n.bin', 'rb').read())
t(lambda: io.FileIO('n.bin', 'rw'))
t(lambda: io.FileIO('n.bin', 'q'))

# Opening file descriptors; closefd.
fd = os.open('b.bin', os.O_RDONLY)
f = open(fd, 'rb', closefd=False)
print(type(f), f.name == fd, f.read(4))
f.close()
print(os.read(fd, 4))
f = open(fd)
print(type(f), f.name == fd, repr(f.readline()))
f.close()
t(lambda: os.read(fd, 1))
fd = os.open('b.bin', os.O_RDONLY)
with os.fdopen(fd, 'rb') as f:
    print(f.read(2))
t(lambda: os.close(fd))

# Operations on closed files.
f = open('b.bin', 'rb')
f.close()
f.close()
for name, call in [('read', lambda: f.read()), ('readline', lambda: f.readline()),
                   ('seek', lambda: f.seek(0)), ('tell', lambda: f.tell()),
                   ('fileno', lambda: f.fileno()), ('iter', lambda: iter(f)),
                   ('readable', lambda: f.readable()), ('enter', lambda: f.__enter__()),
                   ('flush', lambda: f.flush())]:
    print(name, end=' ')
    t(call)
print(f, f.closed, f.name)
f = open('w.bin', 'wb')
f.close()
for name, call in [('write', lambda: f.write(b'x')), ('flush', lambda: f.flush()),
                   ('seek', lambda: f.seek(0)), ('writelines', lambda: f.writelines([b'x'])),
                   ('writable', lambda: f.writable())]:
    print(name, end=' ')
    t(call)
f = open('w.txt', 'w')
f.close()
for name, call in [('write', lambda: f.write('x')), ('read', lambda: f.read()),
                   ('flush', lambda: f.flush()), ('tell', lambda: f.tell()),
                   ('seek', lambda: f.seek(0)), ('fileno', lambda: f.fileno()),
                   ('next', lambda: next(f)), ('with', lambda: f.__enter__()),
                   ('readable', lambda: f.readable())]:
    print(name, end=' ')
    t(call)
print(f, f.closed)

# Detaching a buffered file.
f = open('b.bin', 'rb')
r = f.detach()
print(r, r.closed)
t(lambda: f.read())
t(lambda: f.raw)
t(lambda: repr(f))
r.close()

# Buffering sizes; a write larger than the buffer.
with open('big.bin', 'wb', buffering=16) as f:
    f.write(b'x' * 10)
    print(os.path.getsize('big.bin'))
    f.write(b'y' * 100)
    print(os.path.getsize('big.bin'))
print(os.path.getsize('big.bin'))
data = bytes(range(256)) * 300
with open('big.bin', 'wb') as f:
    f.write(data)
with open('big.bin', 'rb') as f:
    print(f.read() == data)
with open('big.bin', 'rb', buffering=100) as f:
    got = b''
    while True:
        chunk = f.read(333)
        if not chunk:
            break
        got += chunk
    print(got == data)

# Files are flushed and closed when collected.
def scribble():
    g = open('gc.bin', 'wb')
    g.write(b'kept')
scribble()
print(open('gc.bin', 'rb').read())
open('gc2.txt', 'w').write('also kept')
print(open('gc2.txt').read())

for n in os.listdir(base):
    os.remove(os.path.join(base, n))
os.chdir('/')
os.rmdir(base)
print(os.path.exists(base))
