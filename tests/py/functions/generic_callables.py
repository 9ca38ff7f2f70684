# Callable objects, bound methods, and builtin functions as values
class Mul:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
    def meth(self, y):
        return self.k + y
m = Mul(3)
print(m(5), list(map(m, [1, 2])), callable(m), callable(Mul), callable(3))
bound = m.meth
print(bound(10), bound.__name__, bound.__self__ is m)
unbound = Mul.meth
print(unbound(m, 1))
up = 'hello'.upper
print(up(), str.upper('x'), list(map(str.strip, [' a ', 'b '])))
print(sorted(['b', 'A', 'c'], key=str.lower))
try:
    Mul.meth(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
