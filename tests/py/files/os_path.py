# os.path: pure string functions and file system queries.
import os
import os.path as op

base = '/tmp/aspic_files_test_os_path'
if op.isdir(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(op.join(root, f))
        for d in dirs:
            os.rmdir(op.join(root, d))
    os.rmdir(base)
os.mkdir(base)
os.chdir(base)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


for p in ['', '/', 'a', 'a/', '/a/b', 'a/b/', 'a//b', '//a', '///a', 'a/b.txt', '.bashrc', 'a.b.c', 'a/.b', 'a.']:
    print(repr(p), op.split(p), op.splitext(p), repr(op.basename(p)), repr(op.dirname(p)), op.isabs(p))
for parts in [('a', 'b'), ('a/', 'b'), ('a', '/b'), ('', 'b'), ('a', ''), ('/', 'a', 'b/', 'c')]:
    print(parts, op.join(*parts))
for p in ['', '.', 'a/./b', 'a/../b', '../a', '/../a', 'a/b/../../..', '//a//b/', '///a', 'a/b/']:
    print(repr(p), repr(op.normpath(p)))
print(op.relpath('/a/b/c', '/a'), op.relpath('/a', '/a/b/c'), op.relpath('a/b', 'a'), op.relpath('/x', '/x'))
t(lambda: op.relpath(''))
print(op.commonprefix(['/usr/lib', '/usr/local']), op.commonpath(['/usr/lib', '/usr/local']))
t(lambda: op.commonpath(['/a', 'b']))
print(op.abspath('x') == op.join(base, 'x'), op.abspath('/a/../b'), op.abspath('.') == base)
print(op.normcase('AbC'), op.splitdrive('/a/b'))
t(lambda: op.join('a', 1))
t(lambda: op.basename(None))

os.makedirs('d/sub')
with open('d/f.txt', 'w') as f:
    f.write('hello')
os.symlink('d/f.txt', 'link')
os.symlink('missing', 'broken')
for p in ['d', 'd/f.txt', 'link', 'broken', 'nope', 'd/sub']:
    print(p, op.exists(p), op.lexists(p), op.isfile(p), op.isdir(p), op.islink(p))
print(op.getsize('d/f.txt'), type(op.getmtime('d/f.txt')), op.getmtime('d/f.txt') == os.stat('d/f.txt').st_mtime)
print(op.getatime('d/f.txt') > 0, op.getctime('d/f.txt') > 0)
t(lambda: op.getsize('nope'))
t(lambda: op.getmtime('nope'))
print(op.realpath('link') == op.join(base, 'd/f.txt'), op.realpath('d/sub/../f.txt') == op.join(base, 'd/f.txt'))
print(op.realpath('broken') == op.join(base, 'missing'), op.realpath('/') == '/')
print(os.readlink('link'), op.samefile('link', 'd/f.txt'), op.ismount('/'), op.ismount('d'))
print(op.exists(''), op.isdir(''), op.exists('a\0b'))

for p in ['link', 'broken', 'd/f.txt']:
    os.remove(p)
os.rmdir('d/sub')
os.rmdir('d')
os.chdir('/')
os.rmdir(base)
print(op.exists(base))
