# struct sequences (time.struct_time, sys.float_info, sys.version_info), io, importlib, os.path
import sys, time, io, importlib, os.path
t = time.gmtime(0)
print(t, t.tm_year, t[0], len(t), type(t).__name__, tuple(t)[:3])
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit)
try:
    t.tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
s = io.StringIO()
s.write('abc\ndef\n'); s.seek(0)
print(s.readline(), s.tell(), s.read(), list(io.StringIO('1\n2\n')))
with io.StringIO('x') as f:
    print(f.read())
print(f.closed)
b = io.BytesIO()
b.write(b'hi '); b.write(bytearray(b'there'))
print(b.getvalue(), b.tell(), b.seek(0), b.read(2))
print(importlib.import_module('json').dumps({'a': 1}), importlib.import_module('os.path') is os.path)
print(os.path.normpath('/a/./b/../c//d/'), os.path.split('/a/b/'), os.path.split('file'), os.path.isabs('x'))
print(os.path.relpath('/a/b/c', '/a'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.splitext('.bashrc'))
print(os.path.dirname('/a'), os.path.dirname('a'), os.path.basename('/a/b/'), os.path.join('/', 'a', 'b/', 'c'))
import collections
print(collections.namedtuple('P', 'x').__module__)
def f(a: int, *args: str, b: float = 1.0, **kw: bool) -> None: pass
print(f.__annotations__)
g = lambda x: x
print(g.__annotations__)
