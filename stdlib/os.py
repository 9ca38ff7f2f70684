"""OS routines for POSIX, over the native posix module (after CPython's os.py)."""

import sys
import abc as _abc
import posix as _posix
from posix import (
    getcwd, getcwdb, getpid, getppid, getuid, geteuid, getgid, cpu_count, umask, strerror,
    urandom, read, write, lseek, fsync, ftruncate, dup, dup2, isatty, close, pipe, kill,
    set_blocking, get_blocking,
    O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_NONBLOCK, O_NDELAY,
    O_SYNC, O_DSYNC, O_NOCTTY, O_CLOEXEC, O_DIRECTORY, O_NOFOLLOW, O_ACCMODE, O_TMPFILE,
    O_NOATIME, O_PATH, F_OK, R_OK, W_OK, X_OK, SEEK_SET, SEEK_CUR, SEEK_END, SEEK_DATA,
    SEEK_HOLE, EX_OK, WNOHANG,
)

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

error = OSError

import posixpath as path
sys.modules['os.path'] = path


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8')
    return filename


class PathLike(metaclass=_abc.ABCMeta):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


def _path(fname, p, allow_fd=False):
    if isinstance(p, (str, bytes)):
        return p
    if allow_fd and isinstance(p, int):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is not None:
        r = f(p)
        if isinstance(r, (str, bytes)):
            return r
    if allow_fd == 'none':
        raise TypeError('%s: path should be string, bytes, os.PathLike, integer or None, not %s'
                        % (fname, type(p).__name__))
    if allow_fd:
        raise TypeError('%s: path should be string, bytes, os.PathLike or integer, not %s'
                        % (fname, type(p).__name__))
    raise TypeError('%s: path should be string, bytes or os.PathLike, not %s'
                    % (fname, type(p).__name__))


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence (%d-sequence given)'
                            % len(seq))
        self = tuple.__new__(cls, seq[:10])
        if len(seq) < 19:
            seq = seq[:10] + (None,) * 9
        self._all = seq
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._all[10])
    st_mtime = property(lambda self: self._all[11])
    st_ctime = property(lambda self: self._all[12])
    st_atime_ns = property(lambda self: self._all[13])
    st_mtime_ns = property(lambda self: self._all[14])
    st_ctime_ns = property(lambda self: self._all[15])
    st_blksize = property(lambda self: self._all[16])
    st_blocks = property(lambda self: self._all[17])
    st_rdev = property(lambda self: self._all[18])

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (stat_result, (self._all,))


stat_result.__module__ = 'os'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix.stat(_path('stat', path, True), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.stat(_path('lstat', path), False))


def fstat(fd):
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    return stat_result(_posix.stat(fd, True))


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _posix.open(_path('open', path), flags, mode)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _posix.mkdir(_path('mkdir', path), mode)


def rmdir(path, *, dir_fd=None):
    _posix.rmdir(_path('rmdir', path))


def unlink(path, *, dir_fd=None):
    _posix.unlink(_path('unlink', path))


def remove(path, *, dir_fd=None):
    _posix.unlink(_path('remove', path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_path('rename', src), _path('rename', dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_path('replace', src), _path('replace', dst))


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _posix.link(_path('link', src), _path('link', dst))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _posix.symlink(_path('symlink', src), _path('symlink', dst))


def readlink(path, *, dir_fd=None):
    return _posix.readlink(_path('readlink', path))


def chdir(path):
    _posix.chdir(_path('chdir', path, True))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _posix.chmod(_path('chmod', path, True), mode)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _posix.access(_path('access', path), mode)


def truncate(path, length):
    if isinstance(path, int):
        return _posix.ftruncate(path, length)
    _posix.truncate(_path('truncate', path, True), length)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    path = _path('utime', path, True)
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        ns = tuple(int(round(t * 1e9)) if isinstance(t, float) else t * 1000000000 for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: \'ns\' must be a tuple of two ints')
    if ns is None:
        _posix.utime(path)
    else:
        _posix.utime(path, ns[0], ns[1])


def listdir(path=None):
    if path is None:
        path = '.'
    return _posix.listdir(_path('listdir', path, 'none'))


class DirEntry:
    __slots__ = ('name', 'path', '_kind', '_ino', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def inode(self):
        return self._ino

    def is_symlink(self):
        return self._kind == 'l'

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == 'l':
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _test(self, kind, follow_symlinks):
        if self._kind == 'l' and follow_symlinks:
            try:
                st = self.stat()
            except FileNotFoundError:
                return False
            import stat as st_mod
            return st_mod.S_ISDIR(st.st_mode) if kind == 'd' else st_mod.S_ISREG(st.st_mode)
        return self._kind == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._test('d', follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test('f', follow_symlinks)

    def __class_getitem__(cls, item):
        return cls


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, path, entries):
        self._entries = entries
        self._i = 0
        self._path = path

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._i >= len(self._entries):
            self._entries = None
            raise StopIteration
        name, kind, ino = self._entries[self._i]
        self._i += 1
        e = object.__new__(DirEntry)
        e.name = name
        e.path = path.join(self._path, name)
        e._kind = kind
        e._ino = ino
        e._stat = None
        e._lstat = None
        return e

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return '<posix.ScandirIterator object at %#x>' % id(self)


_ScandirIterator.__name__ = 'ScandirIterator'
_ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path='.'):
    if path is None:
        path = '.'
    p = _path('scandir', path, 'none')
    return _ScandirIterator(p, _posix.scandir(p))


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False]): recursive mkdir."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name): remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator (as CPython's os.walk)."""
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def putenv(key, value):
    _posix.putenv(_envstr(key), _envstr(value))


def unsetenv(key):
    _posix.unsetenv(_envstr(key))


def _envstr(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


_marker = object()


class _Environ:
    """os.environ: a mutable mapping that also updates the process environment.

    It does not import collections.abc (slow to load); collections.abc registers it as a
    MutableMapping when both are loaded."""

    def __init__(self, data):
        self._store = data

    @property
    def _data(self):
        # Empty to an interpreter denied the environment, even when os was imported
        # before the capability was taken away.
        return self._store if _posix.environ_allowed() else {}

    def __getitem__(self, key):
        return self._data[_envstr(key)]

    def __setitem__(self, key, value):
        key = _envstr(key)
        value = _envstr(value)
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        key = _envstr(key)
        _posix.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        return 'environ({{{}}})'.format(', '.join(
            '{!r}: {!r}'.format(k, v) for k, v in self._data.items()))

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def items(self):
        return self._data.items()

    def values(self):
        return self._data.values()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new


if 'collections.abc' in sys.modules:
    sys.modules['collections.abc'].MutableMapping.register(_Environ)


environ = _Environ(dict(_posix.environ_items()))


def getenv(key, default=None):
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


from _aspic_structseq import structseq as _structseq
terminal_size = _structseq('os', 'terminal_size', ['columns', 'lines'])
del _structseq


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(_posix.get_terminal_size(fd))


_exit = _posix._exit

supports_fd = set()
supports_dir_fd = set()
supports_follow_symlinks = set()
supports_effective_ids = set()
supports_bytes_environ = True
