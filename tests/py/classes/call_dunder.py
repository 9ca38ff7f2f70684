# __call__ makes instances callable
class Counter:
    def __init__(self): self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
print(c(), c(), c(10), callable(c))
class Poly:
    def __init__(self, *coef): self.coef = coef
    def __call__(self, x):
        return sum(k * x ** i for i, k in enumerate(self.coef))
p = Poly(1, 2, 3)
print([p(x) for x in range(4)], list(map(p, [10])))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
try:
    'str'()
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *a):
        print('Meta call', cls.__name__, a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, x): self.x = x
print(WithMeta(7).x)
