# Keyword-only and positional-only parameters
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, f=60))
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(*, only):
    return only
print(h(only='k'))
for call in [lambda: f(1, b=2, c=3, e=5), lambda: f(1, 2, 3, 4, 5), lambda: h(1), lambda: f(1, 2, 3), lambda: f(a=1, b=2, c=3, e=4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
