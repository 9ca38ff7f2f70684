# os: directories, files, stat, walk, and their errors.
import os
import stat

base = '/tmp/aspic_files_test_os_fs'


def rmtree(p):
    for root, dirs, files in os.walk(p, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(p)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e, e.errno if isinstance(e, OSError) else '')


if os.path.isdir(base):
    rmtree(base)
start = os.getcwd()
os.mkdir(base)
os.chdir(base)
print(os.getcwd() == base, os.path.samefile(os.getcwd(), base))

print(os.listdir(), os.listdir('.'), os.listdir(base))
os.mkdir('d')
os.makedirs('d/e/f')
os.makedirs('d/e/f', exist_ok=True)
t(lambda: os.makedirs('d/e/f'))
t(lambda: os.mkdir('d'))
t(lambda: os.mkdir('nope/x'))
with open('d/file.txt', 'w') as f:
    f.write('12345')
with open('top.txt', 'wb') as f:
    f.write(b'x' * 100)
print(sorted(os.listdir('d')), sorted(os.listdir()))
t(lambda: os.listdir('nope'))
t(lambda: os.listdir('top.txt'))
t(lambda: os.listdir(3.5))

with os.scandir('d') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), e.stat().st_size if e.is_file() else '-',
          os.fspath(e), e.inode() == e.stat().st_ino)
print(sorted(e.path for e in os.scandir()))
it = os.scandir('.')
print(type(it).__name__, next(iter(it)).name in ('d', 'top.txt'))
it.close()
print(list(it))
t(lambda: os.scandir('nope'))

st = os.stat('top.txt')
print(type(st), st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)) != '')
print(st[6], len(st), st.st_mtime == os.path.getmtime('top.txt'), isinstance(st.st_mtime, float),
      isinstance(st.st_mtime_ns, int), isinstance(st[8], int), st.st_nlink)
print(repr(st).startswith('os.stat_result(st_mode='), repr(st).split(', ')[6])
print(stat.S_ISDIR(os.stat('d').st_mode), stat.filemode(os.stat('d').st_mode)[0], stat.filemode(0o100644))
with open('top.txt', 'rb') as f:
    print(os.fstat(f.fileno()).st_size, os.fstat(f.fileno()) == os.stat('top.txt'))
print(os.lstat('top.txt').st_size)
t(lambda: os.stat('nope'))
t(lambda: os.lstat('nope'))
t(lambda: os.stat('top.txt/x'))
t(lambda: os.stat(''))

# utime, chmod, access.
os.utime('top.txt', (1000000000, 1500000000))
st = os.stat('top.txt')
print(st.st_atime, st.st_mtime, st[8], st.st_mtime_ns)
os.utime('top.txt', ns=(5 * 10**9, 6 * 10**9 + 5))
print(os.stat('top.txt').st_mtime_ns, os.path.getmtime('top.txt'))
os.utime('top.txt')
print(os.stat('top.txt').st_mtime > 1600000000)
os.chmod('top.txt', 0o600)
print(oct(stat.S_IMODE(os.stat('top.txt').st_mode)))
os.chmod('top.txt', 0o644)
print(oct(os.stat('top.txt').st_mode & 0o777))
print(os.access('top.txt', os.F_OK), os.access('top.txt', os.R_OK), os.access('nope', os.F_OK))
t(lambda: os.chmod('nope', 0o644))
t(lambda: os.utime('nope'))

# rename, replace, remove, unlink, rmdir, removedirs.
os.rename('top.txt', 'moved.txt')
print(sorted(os.listdir()))
t(lambda: os.rename('nope', 'other'))
with open('other.txt', 'w') as f:
    f.write('other')
os.replace('other.txt', 'moved.txt')
print(open('moved.txt').read(), sorted(os.listdir()))
t(lambda: os.rename('d', 'moved.txt'))
os.remove('moved.txt')
t(lambda: os.remove('moved.txt'))
t(lambda: os.unlink('moved.txt'))
t(lambda: os.remove('d'))
t(lambda: os.rmdir('d'))
t(lambda: os.rmdir('nope'))
t(lambda: os.rmdir('d/file.txt'))
os.unlink('d/file.txt')
os.makedirs('d/e/f/g')
os.removedirs('d/e/f/g')
print(os.listdir())

# walk.
for p in ['w/a/b', 'w/a/c', 'w/d']:
    os.makedirs(p)
for p in ['w/1.txt', 'w/a/2.txt', 'w/a/b/3.txt', 'w/d/4.txt']:
    with open(p, 'w') as f:
        f.write(p)
for root, dirs, files in os.walk('w'):
    dirs.sort()
    print(root, dirs, sorted(files))
print(sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk('w', topdown=False)))
print(list(os.walk('nope')))
errs = []
print(list(os.walk('nope', onerror=errs.append)), [type(e).__name__ for e in errs])
for root, dirs, files in os.walk('w'):
    dirs[:] = [d for d in dirs if d != 'a']
    print(root, sorted(dirs), sorted(files))

# chdir and getcwd.
os.chdir('w/a')
print(os.path.relpath(os.getcwd(), base), sorted(os.listdir()))
os.chdir('..')
print(os.path.relpath(os.getcwd(), base))
t(lambda: os.chdir('nope'))
t(lambda: os.chdir('1.txt'))
os.chdir(base)

# Paths given as bytes and PathLike objects.
print(sorted(os.listdir(b'w')))
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(sorted(os.listdir(P('w'))), os.stat(P('w/1.txt')).st_size, os.path.exists(P('w')))
t(lambda: os.stat(P('nope')))

os.chdir(start)
rmtree(base)
print(os.path.exists(base))
