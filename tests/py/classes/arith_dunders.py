# Binary, reflected and in-place operator dunders
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)): return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd', o)
        return self + o
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __sub__(self, o): return self + (-o)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __pow__(self, k): return Vec(self.x ** k, self.y ** k)
    def __pos__(self): return self
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 1, 1 + v, v * 3, 3 * v, -v, abs(w), w - v, v @ w)
print(w / 2, w // 2, w % 2, v ** 2, +v)
print(sum([v, w]))
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        return 'plain add'
a = Acc()
ref = a
a += 1
a += 2
print(a.items, a is ref, a + 3)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1); m = n
n += 5
print(n.v, m.v, n is m)
try:
    v + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' - v
except TypeError as e:
    print(type(e).__name__, e)
