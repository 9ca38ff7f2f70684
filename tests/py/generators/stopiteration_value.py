# StopIteration(value) from return in generators and for loops ignoring it
def g():
    yield 1
    return 42
for v in g():
    print('loop', v)
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value, e.args)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value, e.args)
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)
def returns_none_explicit():
    yield
    return None
r = returns_none_explicit()
next(r)
try:
    next(r)
except StopIteration as e:
    print(repr(e.value))
print(list(g()), [x for x in g()])
