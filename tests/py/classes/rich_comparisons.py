# Rich comparisons, NotImplemented fallbacks and reflection
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f'V{self.v}.__eq__')
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print(f'V{self.v}.__lt__')
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __hash__(self): return hash(self.v)
a, b = V(1), V(2)
print(a < b, b > a)
print(a == V(1), a != b)
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v)
print(max([V(3), V(5), V(4)]).v)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
class Always:
    def __eq__(self, o): return NotImplemented
x, y = Always(), Always()
print(x == x, x == y, x != y)
class Num:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print('Num.__gt__')
        return self.v > o
print(3 < Num(5))
class Weird:
    def __eq__(self, o): return 'yes'
print(Weird() == 1, Weird() != 1, [Weird()] == [1])
print(1 in [Weird()])
