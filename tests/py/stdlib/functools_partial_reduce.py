# functools.partial (repr without address), reduce, wraps
import functools, operator
def f(a, b, c=3):
    return a * 100 + b * 10 + c
p = functools.partial(f, 1)
print(p(2), p(2, c=9), p.func is f, p.args, p.keywords)
r = repr(p)
print(r.startswith('functools.partial(<function f at 0x'), r[r.index('>'):])
p2 = functools.partial(f, 1, c=5)
print(p2(0), repr(p2)[repr(p2).index('>'):])
pp = functools.partial(p, 2)
print(pp(), pp.args)
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a): return fn(*a)
    return wrapper
@deco
def documented():
    """The doc."""
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(repr(functools.partial(len)).endswith('<built-in function len>)'))
