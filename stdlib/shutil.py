"""High-level file operations: copying, moving, removing trees, which()."""

import os
import sys
from collections import namedtuple

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'ReadError',
           'RegistryError', 'SameFileError', 'which', 'ignore_patterns', 'disk_usage',
           'get_terminal_size', 'chown']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not supported
    on a special file (e.g. a named pipe)."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy data from file-like object fsrc to file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    fsrc_read = fsrc.read
    fdst_write = fdst.write
    while True:
        buf = fsrc_read(length)
        if not buf:
            break
        fdst_write(buf)


def _samefile(src, dst):
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def _fspath(p):
    return os.fspath(p) if hasattr(os, 'fspath') else p


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst; return dst."""
    if _samefile(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits from src to dst (when os supports it)."""
    if not hasattr(os, 'chmod') or not hasattr(os, 'stat'):
        return
    st = os.stat(src)
    os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and times from src to dst (when os supports it)."""
    if not hasattr(os, 'stat'):
        return
    st = os.stat(src)
    if hasattr(os, 'utime'):
        try:
            os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
        except (AttributeError, TypeError):
            os.utime(dst, (st.st_atime, st.st_mtime))
    if hasattr(os, 'chmod'):
        os.chmod(dst, st.st_mode & 0o7777)


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ('cp src dst'); dst may be a directory. Return the file made."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata ('cp -p src dst'). Return the file made."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def _fnmatch(name, pat):
    """Shell-style match of name against pat (*, ?, [seq], [!seq])."""
    def match(i, j):
        while j < len(pat):
            c = pat[j]
            if c == '*':
                while j < len(pat) and pat[j] == '*':
                    j += 1
                if j == len(pat):
                    return True
                for k in range(i, len(name) + 1):
                    if match(k, j):
                        return True
                return False
            if i >= len(name):
                return False
            if c == '?':
                i += 1
                j += 1
                continue
            if c == '[':
                end = pat.find(']', j + 2)
                if end < 0:
                    if name[i] != '[':
                        return False
                    i += 1
                    j += 1
                    continue
                body = pat[j + 1:end]
                neg = body[:1] == '!'
                if neg:
                    body = body[1:]
                ok = False
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == '-':
                        if body[k] <= name[i] <= body[k + 2]:
                            ok = True
                        k += 3
                    else:
                        if body[k] == name[i]:
                            ok = True
                        k += 1
                if ok == neg:
                    return False
                i += 1
                j = end + 1
                continue
            if name[i] != c:
                return False
            i += 1
            j += 1
        return i == len(name)
    return match(0, 0)


def ignore_patterns(*patterns):
    """A copytree ignore function ignoring names matching any of the glob patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(n for n in names if _fnmatch(n, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; return dst."""
    names = os.listdir(src)
    ignored_names = ignore(os.fspath(src) if hasattr(os, 'fspath') else src, names) \
        if ignore is not None else set()
    if hasattr(os, 'makedirs'):
        os.makedirs(dst, exist_ok=dirs_exist_ok)
    elif not (dirs_exist_ok and os.path.isdir(dst)):
        os.mkdir(dst)
    errors = []
    for name in names:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.islink(srcname) and symlinks:
                os.symlink(os.readlink(srcname), dstname)
            elif os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _rmtree(path, onerror):
    unlink = getattr(os, 'unlink', None) or os.remove
    lister = getattr(os, 'scandir', None) or os.listdir
    try:
        names = os.listdir(path)
    except OSError:
        onerror(lister, path, sys.exc_info())
        names = []
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname) and not os.path.islink(fullname):
            _rmtree(fullname, onerror)
        else:
            try:
                unlink(fullname)
            except OSError:
                onerror(unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete a directory tree. Errors are ignored, passed to onerror(func, path, exc_info),
    or raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    lstat = getattr(os, 'lstat', None)
    try:
        if lstat is not None:
            lstat(path)
        elif not os.path.lexists(path):
            raise FileNotFoundError(2, 'No such file or directory', path)
    except Exception:
        onerror(lstat or os.listdir, path, sys.exc_info())
        return
    try:
        if os.path.islink(path):
            raise OSError('Cannot call rmtree on a symbolic link')
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    if not os.path.isdir(path):
        try:
            raise NotADirectoryError(20, 'Not a directory', path)
        except OSError:
            onerror(getattr(os, 'scandir', None) or os.listdir, path, sys.exc_info())
        try:
            os.rmdir(path)
        except OSError:
            onerror(os.rmdir, path, sys.exc_info())
        return
    _rmtree(path, onerror)


rmtree.avoids_symlink_attacks = False


def _basename(path):
    sep = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (rename if possible, else copy and delete).
    Return the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except (OSError, AttributeError):
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            (getattr(os, 'unlink', None) or os.remove)(src)
    return real_dst


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


_ntuple_diskusage = namedtuple('usage', 'total used free')


def disk_usage(path):
    """Return (total, used, free) bytes of the file system holding path."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)


def chown(path, user=None, group=None):
    if user is None and group is None:
        raise ValueError('user and/or group must be set')
    os.chown(path, -1 if user is None else user, -1 if group is None else group)


class _terminal_size(namedtuple('terminal_size', 'columns lines')):
    """Stands in for os.terminal_size where os does not have it."""
    __slots__ = ()

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self.columns, self.lines)


def get_terminal_size(fallback=(80, 24)):
    """Terminal size from $COLUMNS/$LINES, the terminal itself, or fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = _terminal_size(*fallback)
        if columns <= 0:
            columns = size[0] or fallback[0]
        if lines <= 0:
            lines = size[1] or fallback[1]
    if hasattr(os, 'terminal_size'):
        return os.terminal_size((columns, lines))
    return _terminal_size(columns, lines)


def _access_check(fn, mode):
    if not os.path.exists(fn) or os.path.isdir(fn):
        return False
    if hasattr(os, 'access'):
        return os.access(fn, mode)
    return True


def which(cmd, mode=None, path=None):
    """Return the path of the executable cmd found on PATH (or None)."""
    if mode is None:
        mode = getattr(os, 'F_OK', 0) | getattr(os, 'X_OK', 1)
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            try:
                path = os.confstr('CS_PATH')
            except (AttributeError, ValueError):
                path = os.defpath if hasattr(os, 'defpath') else '/bin:/usr/bin'
    if not path:
        return None
    if use_bytes:
        path = path.encode() if isinstance(path, str) else path
        path = path.split(os.pathsep.encode())
    else:
        path = path.split(os.pathsep)
    seen = set()
    for dir in path:
        normdir = os.path.normcase(dir)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None
