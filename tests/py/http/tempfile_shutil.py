# tempfile (mkdtemp, mkstemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory,
# SpooledTemporaryFile) and shutil (copy, copyfile, copytree, move, rmtree, which).
import os, tempfile, shutil
d = tempfile.mkdtemp(prefix='aspic_t_')
print(os.path.isdir(d), os.path.basename(d).startswith('aspic_t_'), os.path.dirname(d) == tempfile.gettempdir())
fd, p = tempfile.mkstemp(suffix='.txt', dir=d)
os.write(fd, b'hello'); os.close(fd)
print(os.path.basename(p).endswith('.txt'), open(p).read())
q = shutil.copy(p, os.path.join(d, 'copy.txt')); print(os.path.basename(q), open(q).read())
os.mkdir(os.path.join(d, 'sub'))
print(os.path.basename(shutil.copy(q, os.path.join(d, 'sub'))))
shutil.copyfile(q, os.path.join(d, 'sub', 'b.txt'))
print(sorted(os.listdir(os.path.join(d, 'sub'))))
m = shutil.move(os.path.join(d, 'sub', 'b.txt'), os.path.join(d, 'moved.txt')); print(os.path.basename(m))
shutil.copytree(os.path.join(d, 'sub'), os.path.join(d, 'sub2'))
print(sorted(os.listdir(d)) == sorted([os.path.basename(p), 'copy.txt', 'sub', 'moved.txt', 'sub2']))
try: shutil.copyfile(q, q)
except shutil.SameFileError as e: print('same', type(e).__name__)
with tempfile.NamedTemporaryFile(dir=d, suffix='.bin') as f:
    f.write(b'abc'); f.flush(); f.seek(0); print(f.read(), os.path.exists(f.name))
    name = f.name
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile('w', dir=d, delete=False); f.write('text'); f.close(); print(open(f.name).read(), os.path.exists(f.name))
with tempfile.TemporaryFile() as f:
    f.write(b'xyz'); f.seek(0); print(f.read())
with tempfile.TemporaryDirectory() as td:
    open(os.path.join(td, 'x'), 'w').write('1'); os.mkdir(os.path.join(td, 'y')); print(os.listdir(td) != [])
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(); print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name)); t.cleanup(); print(os.path.isdir(t.name))
shutil.rmtree(d); print(os.path.exists(d))
try: shutil.rmtree(d)
except FileNotFoundError as e: print('FNF', e.errno)
shutil.rmtree(d, ignore_errors=True)
print(shutil.which('sh'), shutil.which('no-such-cmd-xyz'))
s = tempfile.SpooledTemporaryFile(max_size=10); s.write(b'abc'); s.seek(0); print(s.read()); s.close()
print(shutil.ignore_patterns('*.pyc', 'tmp*')('.', ['a.py', 'b.pyc', 'tmpx', 'c']) == {'b.pyc', 'tmpx'})
d = tempfile.mkdtemp()
for name in ('a', 'b'):
    os.makedirs(os.path.join(d, 'tree', name, 'deep'))
    with open(os.path.join(d, 'tree', name, 'deep', 'f.txt'), 'w') as f:
        f.write(name)
print(shutil.move(os.path.join(d, 'tree'), os.path.join(d, 'moved')) == os.path.join(d, 'moved'))
print(sorted(os.listdir(os.path.join(d, 'moved'))), os.path.exists(os.path.join(d, 'tree')))
try:
    shutil.rmtree(os.path.join(d, 'moved', 'a', 'deep', 'f.txt'))
except NotADirectoryError as e:
    print('NotADirectoryError', e.errno)
errors = []
shutil.rmtree(os.path.join(d, 'nothing'), onerror=lambda f, p, e: errors.append((f.__name__, e[0].__name__)))
print(errors)
with open(os.path.join(d, 'src.bin'), 'wb') as f:
    f.write(bytes(range(256)) * 1000)
with open(os.path.join(d, 'src.bin'), 'rb') as fsrc, open(os.path.join(d, 'dst.bin'), 'wb') as fdst:
    shutil.copyfileobj(fsrc, fdst, 1000)
print(os.path.getsize(os.path.join(d, 'dst.bin')))
shutil.rmtree(d)
print(os.path.exists(d), tempfile.gettempprefix(), tempfile.gettempdir() == tempfile.tempdir)
