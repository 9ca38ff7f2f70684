# Exact TypeError messages for bad calls
def f(x, y):
    return x + y
def g(a, /, b, *, c):
    return a, b, c
def h(x, y=1, *args, z, **kw):
    pass
def none():
    pass
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, x=2),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, 2, 3),
    lambda: g(1, 2),
    lambda: g(1, b=2),
    lambda: h(1),
    lambda: none(1),
    lambda: none(x=1),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{'x': 1, 'y': 2, 'w': 3}),
    lambda: f(1, **{'x': 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: (lambda q: q)(),
    lambda: len(),
    lambda: len([], []),
    lambda: int(x=1),
    lambda: f(1, 2, **{'y': 3}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
