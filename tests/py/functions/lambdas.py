# Lambda expressions
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, b=2))
print(sq.__name__, (lambda: 0).__qualname__)
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print((lambda x, y=10, *, z=1: x + y + z)(1, z=100))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
def f():
    return lambda: __name__
print(f()())
print(repr(sq).startswith('<function <lambda> at 0x'))
