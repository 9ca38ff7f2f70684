# print() writes to a replaced sys.stdout (piece by piece, as CPython), also from a thread.
import sys, io
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print(1, 2, sep='-', end='!', file=w)
print(w.parts)
old = sys.stdout
sys.stdout = w
print('a', 'b')
sys.stdout = None
print('nothing')
sys.stdout = old
print(w.parts)
from contextlib import redirect_stdout
f = io.StringIO()
with redirect_stdout(f):
    print('captured', 42)
print(repr(f.getvalue()))
import threading, time
class C:
    def __init__(self, out): self.out = out; self.buf = []
    def write(self, t):
        if threading.current_thread().name == 'srv':
            self.buf.append(t)
        else:
            self.out.write(t)
        return len(t)
    def flush(self): pass
c = sys.stdout = C(sys.stdout)
def f():
    sys.__stdout__.write('in thread: %s\n' % threading.current_thread().name)
    print('from thread')
threading.Thread(target=f, name='srv', daemon=True).start()
time.sleep(0.1)
print('main', c.buf)
