# vars(), dir() of user classes (sorted, non-dunder), globals/locals
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def _private(self):
        pass
p = Point(3, 4)
print(vars(p), p.__dict__ is vars(p))
print([n for n in dir(p) if not n.startswith('__')])
print([n for n in dir(Point) if not n.startswith('__')])
print(dir(p) == sorted(dir(p)), '__init__' in dir(p))
vars(p)['z'] = 5
print(p.z)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print('Point' in globals(), globals()['__name__'], '__builtins__' in globals())
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Point):
    extra = True
print([n for n in dir(Sub) if not n.startswith('_')])
import math
print([n for n in dir(math) if n.startswith('is')])
