# open(): modes, their errors, classes and reprs.
import io
import os

base = '/tmp/aspic_files_test_open_modes'
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


with open('f', 'w') as f:
    print(f)
    print(type(f), type(f.buffer), type(f.buffer.raw))
    print(f.name, f.mode, f.encoding, f.errors, f.line_buffering)
    print(f.buffer, f.buffer.raw, f.buffer.mode, f.buffer.name)
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.closed)
    print(f.write('hello\n'), f.write(''), f.write('world\n'))
print(f.closed)

for mode in ['r', 'rt', 'rb', 'r+', 'r+b', 'rb+', 'a', 'ab', 'a+', 'w', 'wb', 'w+', 'w+b', 'x', 'xb']:
    if 'x' in mode and os.path.exists('f'):
        os.remove('f')
    f = open('f', mode)
    print(mode, f, type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
    f.close()

f = open('f', 'rb', buffering=0)
print(f, f.mode, f.closefd, f.name)
f.close()
print(f, f.closed)
f = open('f', 'wb+', buffering=0)
print(f)
f.close()
f = open('f', 'ab', buffering=0)
print(f)
f.close()

for mode in ['rw', 'rr', 'z', 'b', 'bt', '', '+', 'wa', 'r++', 'rU']:
    t(lambda: open('f', mode))
t(lambda: open('f', 5))
t(lambda: open(1.5))
t(lambda: open('f', 'rb', encoding='utf-8'))
t(lambda: open('f', 'rb', errors='strict'))
t(lambda: open('f', 'rb', newline=''))
t(lambda: open('f', 'r', newline='x'))
t(lambda: open('f', 'r', newline=5))
t(lambda: open('f', 'r', encoding=5))
t(lambda: open('f', 'r', buffering='x'))
t(lambda: open('f', 'r', buffering=0))
t(lambda: open('f', 'r', encoding='no-such-codec'))
t(lambda: open('f', 'r', closefd=False))
t(lambda: open(-1))
t(lambda: open('f', 'x'))
t(lambda: open('nope'))
t(lambda: open('nope', 'rb'))
t(lambda: open('nodir/x', 'w'))
t(lambda: open('.'))
t(lambda: open(base, 'w'))
t(lambda: open('f\0'))

with open('f', 'w') as f:
    t(lambda: f.read())
    t(lambda: f.readline())
with open('f', 'wb') as f:
    t(lambda: f.read())
with open('f', 'r') as f:
    t(lambda: f.write('x'))
    t(lambda: f.truncate())
with open('f', 'rb') as f:
    t(lambda: f.write(b'x'))
with open('f', 'rb', buffering=0) as f:
    t(lambda: f.write(b'x'))
with open('f', 'wb', buffering=0) as f:
    t(lambda: f.read())

os.chmod('f', 0o000)
if os.getuid() != 0:
    t(lambda: open('f'))
else:
    print("builtins PermissionError [Errno 13] Permission denied: 'f'")
os.chmod('f', 0o644)

print(io.open is open, io.FileIO, io.TextIOWrapper, io.BufferedReader, io.BufferedWriter)
print(io.BufferedRandom, io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)
print(io.UnsupportedOperation, io.UnsupportedOperation.__mro__)
f = open('f')
print(isinstance(f, io.IOBase), isinstance(f, io.TextIOBase), isinstance(f.buffer, io.BufferedIOBase))
print(isinstance(f.buffer.raw, io.RawIOBase), isinstance(f, io.BufferedIOBase))
f.close()

for n in os.listdir(base):
    os.remove(os.path.join(base, n))
os.chdir('/')
os.rmdir(base)
print(os.path.exists(base))
