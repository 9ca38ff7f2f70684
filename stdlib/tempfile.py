"""Temporary files and directories: mkstemp, mkdtemp, gettempdir, NamedTemporaryFile,
TemporaryFile, TemporaryDirectory."""

import os
import sys
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'template',
           'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_text_openflags = os.O_RDWR | os.O_CREAT | os.O_EXCL if hasattr(os, 'O_EXCL') else None
if _text_openflags is not None and hasattr(os, 'O_NOFOLLOW'):
    _text_openflags |= os.O_NOFOLLOW
_bin_openflags = _text_openflags
if _bin_openflags is not None and hasattr(os, 'O_BINARY'):
    _bin_openflags |= os.O_BINARY


class _RandomNameSequence:
    """An endless supply of 8-character random names."""

    characters = 'abcdefghijklmnopqrstuvwxyz0123456789_'

    def __init__(self):
        self._rng = None
        self._rng_pid = None

    @property
    def rng(self):
        pid = os.getpid()
        if self._rng is None or pid != self._rng_pid:
            self._rng = _random.Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        choose = self.rng.choice
        return ''.join([choose(self.characters) for _ in range(8)])


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = os.environ.get(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(os.curdir)
    return dirlist


def _get_default_tempdir():
    for d in _candidate_tempdir_list():
        if d != os.curdir:
            d = os.path.abspath(d)
        if os.path.isdir(d):
            return d
    raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                            % _candidate_tempdir_list())


def gettempdir():
    """The default directory for temporary files."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir()) if hasattr(os, 'fsencode') else gettempdir().encode()


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _sanitize_params(prefix, suffix, dir):
    output_type = str
    for arg in (prefix, suffix, dir):
        if isinstance(arg, bytes):
            output_type = bytes
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else template.encode()
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _join(dir, pre, name, suf, output_type):
    if output_type is bytes:
        name = name.encode()
    return os.path.join(dir, pre + name + suf)


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        file = _join(dir, pre, next(names), suf, output_type)
        try:
            fd = os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by the user; return (fd, absolute path)."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory accessible only by the user; return its absolute path."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        file = _join(dir, prefix, next(names), suffix, output_type)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """Return a file name that did not exist when asked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        file = os.path.join(dir, prefix + next(names) + suffix)
        if not os.path.exists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


def _unlink(name):
    unlink = getattr(os, 'unlink', None) or os.remove
    unlink(name)


def _open_new(dir, prefix, suffix, mode, buffering, encoding, newline, errors, output_type):
    """Create a new uniquely named file and open it with mode; return (file, name)."""
    names = _get_candidate_names()
    binary = 'b' in mode
    for seq in range(TMP_MAX):
        name = os.path.abspath(_join(dir, prefix, next(names), suffix, output_type))
        if hasattr(os, 'open') and _bin_openflags is not None:
            try:
                fd = os.open(name, _bin_openflags, 0o600)
            except FileExistsError:
                continue
            try:
                kw = {} if binary else {'encoding': encoding, 'newline': newline,
                                        'errors': errors}
                f = open(fd, mode, buffering, **kw)
            except BaseException:
                os.close(fd)
                _unlink(name)
                raise
            return f, name
        # No os.open: exclusive creation through open() itself.
        xmode = 'x' + ''.join(c for c in mode if c in '+bt')
        try:
            if binary:
                f = open(name, xmode)
            else:
                f = open(name, xmode, encoding=encoding, newline=newline, errors=errors)
        except FileExistsError:
            continue
        return f, name
    raise FileExistsError(17, 'No usable temporary file name found')


class _TemporaryFileWrapper:
    """A file object wrapper that deletes the file when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        if name in ('file', 'name', 'delete', '_closed'):
            raise AttributeError(name)
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        try:
            if not self._closed and self.delete:
                self.close()
        except Exception:
            pass

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at %#x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), deleted on close if delete is true."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    file, name = _open_new(dir, prefix, suffix, mode, buffering, encoding, newline, errors,
                           output_type)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file (its name is removed at once)."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    file, name = _open_new(dir, prefix, suffix, mode, buffering, encoding, newline, errors,
                           output_type)
    try:
        _unlink(name)
    except OSError:
        file.close()
        raise
    return file


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past max_size (or fileno() is asked)."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO()
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv


class TemporaryDirectory:
    """A temporary directory removed (with its contents) by cleanup() or on exiting a with."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._cleaned:
            return
        self._cleaned = True
        if os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        try:
            if not self._cleaned:
                self.cleanup()
        except Exception:
            pass
