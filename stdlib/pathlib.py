"""Object-oriented filesystem paths for POSIX (after CPython 3.11's pathlib)."""

import fnmatch
import os
import posixpath
from errno import ENOENT, ENOTDIR, EBADF, ELOOP, EINVAL
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _parse_args(args):
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            parts.append(a._str)
            continue
        a = os.fspath(a)
        if isinstance(a, str):
            parts.append(a)
        else:
            raise TypeError(
                "argument should be a str object or an os.PathLike "
                "object returning str, not %r" % type(a))
    return _parse_parts(parts)


def _parse_parts(parts):
    """(root, [names]) for the joined string parts: later absolute parts restart."""
    root = ''
    names = []
    for p in parts:
        if not p:
            continue
        if p.startswith('/'):
            if p.startswith('//') and not p.startswith('///'):
                root = '//'
            else:
                root = '/'
            names = []
        for x in p.split('/'):
            if x and x != '.':
                names.append(x)
    return root, names


class _PathParents:
    """This object provides sequence-like access to the logical ancestors of a path."""

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._names = path._names

    def __len__(self):
        return len(self._names)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parts(self._root, self._names[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """Base class for manipulating paths without I/O."""

    __slots__ = ('_root', '_names', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        self = object.__new__(cls)
        self._root, self._names = _parse_args(args)
        self._init()
        return self

    @classmethod
    def _from_parts(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = list(names)
        self._init()
        return self

    def _init(self):
        self._str = (self._root + '/'.join(self._names)) or '.'
        self._hash = None

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        return self._str

    def __bytes__(self):
        return os.fsencode(self._str)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + self._str

    def _key(self):
        return (self._root, self._names)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._str)
        return self._hash

    def _cmp_key(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return None
        return (self._root and [self._root] or []) + self._names, \
            (other._root and [other._root] or []) + other._names

    def __lt__(self, other):
        k = self._cmp_key(other)
        if k is None:
            return NotImplemented
        return k[0] < k[1]

    def __le__(self, other):
        k = self._cmp_key(other)
        if k is None:
            return NotImplemented
        return k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmp_key(other)
        if k is None:
            return NotImplemented
        return k[0] > k[1]

    def __ge__(self, other):
        k = self._cmp_key(other)
        if k is None:
            return NotImplemented
        return k[0] >= k[1]

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._names)
        return tuple(self._names)

    @property
    def name(self):
        if not self._names:
            return ''
        return self._names[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parts(self._root, self._names[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        o = type(self)(*other)
        n = len(o._names)
        if o._root != self._root or self._names[:n] != o._names:
            formatted = str(o)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parts('', self._names[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return type(self)._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return type(self)._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_args((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._names:
            return self
        return self._from_parts(self._root, self._names[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = type(self)(path_pattern)
        if not pat._root and not pat._names:
            raise ValueError("empty pattern")
        pat_parts = pat.parts
        parts = self.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat_part in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat_part):
                return False
        return True


def _same_flavour(a, b):
    return isinstance(a, PurePosixPath) == isinstance(b, PurePosixPath)


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems (unsupported by aspic beyond construction)."""
    __slots__ = ()


class Path(PurePath):
    """PurePath subclass that can make system calls."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def _make_child_relpath(self, part):
        return self._from_parts(self._root, self._names + [part])

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return posixpath.samestat(st, other_st)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._names)
        if pattern[-1] == '/':
            parts.append('')
        seen = set()
        for p in self._select(self, parts, 0):
            if p._str not in seen:
                seen.add(p._str)
                yield p

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = ['**'] + list(pat._names)
        if pattern and pattern[-1] == '/':
            parts.append('')
        seen = set()
        for p in self._select(self, parts, 0):
            if p._str not in seen:
                seen.add(p._str)
                yield p

    @staticmethod
    def _entries(path):
        try:
            with os.scandir(path) as it:
                return list(it)
        except PermissionError:
            return []
        except OSError as e:
            if _ignore_error(e):
                return []
            raise

    def _select(self, path, parts, i):
        if i == len(parts):
            yield path
            return
        part = parts[i]
        last = i == len(parts) - 1
        if part == '':
            if path.is_dir():
                yield path
            return
        if part == '**':
            for d in self._iter_dirs(path):
                yield from self._select(d, parts, i + 1) if not last else [d]
            return
        if part == '..' or not any(c in part for c in '*?['):
            child = path._make_child_relpath(part)
            if last:
                if child.exists() or part == '..':
                    yield child
            elif child.is_dir():
                yield from self._select(child, parts, i + 1)
            return
        for entry in self._entries(path):
            if not last:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            if fnmatch.fnmatchcase(entry.name, part):
                child = path._make_child_relpath(entry.name)
                if last:
                    yield child
                else:
                    yield from self._select(child, parts, i + 1)

    def _iter_dirs(self, path):
        yield path
        for entry in self._entries(path):
            try:
                if entry.is_dir() and not entry.is_symlink():
                    yield from self._iter_dirs(path._make_child_relpath(entry.name))
            except OSError:
                pass

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        s = os.path.realpath(self, strict=strict)
        return type(self)(s)

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(memoryview(data))
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        os.link(target, self)

    def link_to(self, target):
        os.link(self, target)

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode_test(self, test, follow=True):
        try:
            return test(self.stat(follow_symlinks=follow).st_mode)
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False

    def is_dir(self):
        return self._mode_test(S_ISDIR)

    def is_file(self):
        return self._mode_test(S_ISREG)

    def is_mount(self):
        return posixpath.ismount(self)

    def is_symlink(self):
        return self._mode_test(S_ISLNK, False)

    def is_block_device(self):
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        return self._mode_test(S_ISCHR)

    def is_fifo(self):
        return self._mode_test(S_ISFIFO)

    def is_socket(self):
        return self._mode_test(S_ISSOCK)

    def expanduser(self):
        if not self._root and self._names and self._names[0][:1] == '~':
            homedir = os.path.expanduser(self._names[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((homedir,) + tuple(self._names[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
