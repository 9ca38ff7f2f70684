# Minimal file objects behind open(): text and binary reading and writing.
import _aspic_fs


class _File:
    def __init__(self, name, mode, binary):
        self.name = name
        self.mode = mode
        self._binary = binary
        self.closed = False
        self._writing = 'w' in mode or 'a' in mode or 'x' in mode
        if self._writing:
            self._buf = b'' if binary else ''
            if 'a' in mode and _aspic_fs.exists(name):
                self._buf = _aspic_fs.read(name, binary)
            else:
                _aspic_fs.write(name, b'' if binary else '', binary)
            self._data = None
        else:
            self._data = _aspic_fs.read(name, binary)
            self._pos = 0

    def read(self, n=-1):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if n is None or n < 0:
            out = self._data[self._pos:]
            self._pos = len(self._data)
        else:
            out = self._data[self._pos:self._pos + n]
            self._pos += len(out)
        return out

    def readline(self):
        nl = b'\n' if self._binary else '\n'
        i = self._data.find(nl, self._pos)
        end = len(self._data) if i < 0 else i + 1
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        self._buf += s
        return len(s)

    def writelines(self, lines):
        for l in lines:
            self.write(l)

    def flush(self):
        if self._writing and not self.closed:
            _aspic_fs.write(self.name, self._buf, self._binary)

    def close(self):
        if not self.closed:
            self.flush()
            self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding='UTF-8'>"


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
    return _File(file, mode, 'b' in mode)
