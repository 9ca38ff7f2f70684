# RecursionError from mutual recursion and from recursive __repr__
def ping(n): return pong(n + 1)
def pong(n): return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__, str(e).split(' while')[0])
class Attr:
    def __getattr__(self, name):
        return self.other
try:
    Attr().x
except RecursionError as e:
    print(type(e).__name__, str(e).split(' while')[0])
print('still alive')
