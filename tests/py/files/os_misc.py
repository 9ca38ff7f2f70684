# os: environ, file descriptors, fspath/PathLike, constants and small functions.
import os
import sys

base = '/tmp/aspic_files_test_os_misc'
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


# environ, getenv, putenv.
os.environ['ASPIC_TEST_VAR'] = 'value 1'
print(os.environ['ASPIC_TEST_VAR'], os.getenv('ASPIC_TEST_VAR'), 'ASPIC_TEST_VAR' in os.environ)
print(os.environ.get('ASPIC_NO_SUCH'), os.getenv('ASPIC_NO_SUCH'), os.getenv('ASPIC_NO_SUCH', 'dflt'))
t(lambda: os.environ['ASPIC_NO_SUCH'])
t(lambda: os.environ.__setitem__('ASPIC_X', 1))
t(lambda: os.environ.__setitem__(1, 'x'))
print(os.environ.setdefault('ASPIC_TEST_VAR', 'other'), os.environ.setdefault('ASPIC_TEST_2', 'two'))
print(os.environ.pop('ASPIC_TEST_2'), os.environ.pop('ASPIC_TEST_2', 'gone'))
env = os.environ.copy()
print(type(env), env['ASPIC_TEST_VAR'], type(os.environ).__name__)
del os.environ['ASPIC_TEST_VAR']
print('ASPIC_TEST_VAR' in os.environ, 'ASPIC_TEST_VAR' in env)
t(lambda: os.environ.__delitem__('ASPIC_TEST_VAR'))
os.environ.update({'ASPIC_TA': '1', 'ASPIC_TB': '2'})
print(sorted(k for k in os.environ if k.startswith('ASPIC_T')), len(os.environ) == len(list(os.environ)))
print(repr(os.environ).startswith('environ({'), isinstance(os.environ, __import__('collections.abc').abc.MutableMapping))
os.putenv('ASPIC_PUT', 'x')
print('ASPIC_PUT' in os.environ)
t(lambda: os.putenv('A=B', 'x'))
t(lambda: os.putenv('', 'x'))
os.unsetenv('ASPIC_PUT')
os.environ['HOME'] = '/home/someone'
print(os.path.expanduser('~'), os.path.expanduser('~/x/y'), os.path.expanduser('x/~'))
os.environ['ASPIC_V'] = 'vv'
print(os.path.expandvars('$ASPIC_V/${ASPIC_V}/$ASPIC_NOPE/$'))

# File descriptors.
fd = os.open('fd.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd), os.write(fd, b'hello fd'), os.lseek(fd, 0, os.SEEK_CUR))
os.fsync(fd)
print(os.get_blocking(fd), os.isatty(fd), os.fstat(fd).st_size)
os.set_blocking(fd, False)
print(os.get_blocking(fd))
os.set_blocking(fd, True)
os.close(fd)
t(lambda: os.close(fd))
t(lambda: os.write(fd, b'x'))
t(lambda: os.open('fd.bin', os.O_WRONLY | os.O_CREAT | os.O_EXCL))
t(lambda: os.open('nope', os.O_RDONLY))
fd = os.open('fd.bin', os.O_RDWR)
print(os.read(fd, 5), os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 100))
print(os.read(fd, 10), os.lseek(fd, 0, 0), os.read(fd, 0))
fd2 = os.dup(fd)
print(fd2 != fd, os.lseek(fd2, 0, os.SEEK_CUR), os.read(fd2, 4))
os.close(fd2)
os.ftruncate(fd, 3)
print(os.fstat(fd).st_size)
os.close(fd)
os.truncate('fd.bin', 1)
print(os.path.getsize('fd.bin'))
t(lambda: os.read(-1, 1))
r, w = os.pipe()
print(os.write(w, b'piped'), os.read(r, 100))
os.close(r)
os.close(w)

# Constants and small functions.
print(os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.name)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.O_NONBLOCK)
print(os.getpid() > 0, os.getpid() == os.getpid(), os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r), len(r), len(os.urandom(0)), os.urandom(8) != os.urandom(8))
t(lambda: os.urandom(-1))
print(os.strerror(2), os.strerror(13), os.strerror(39))
print(os.error is OSError, os.path is sys.modules['os.path'], os.path.__name__)
import os.path
import posixpath
print(os.path is posixpath)

# fspath and PathLike.
class P:
    def __fspath__(self):
        return 'p/q'
class B:
    def __fspath__(self):
        return 42
print(os.fspath('s'), os.fspath(b'b'), os.fspath(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
t(lambda: os.fspath(1))
t(lambda: os.fspath(None))
t(lambda: os.fspath(B()))
t(lambda: os.stat(1.5))
t(lambda: os.mkdir(None))
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fsencode(P()))

t(lambda: os.get_terminal_size(99))
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).lines)

# OSError construction and reprs.
e = OSError(2, 'No such file or directory', 'x')
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, 'msg', 'a', None, 'b')
print(e, e.filename2)
e = OSError(39, os.strerror(39), 'd')
print(type(e).__name__, e)
print(OSError('plain').filename, OSError(1, 'x').filename)

for n in os.listdir(base):
    os.remove(os.path.join(base, n))
os.chdir('/')
os.rmdir(base)
print(os.path.exists(base))
