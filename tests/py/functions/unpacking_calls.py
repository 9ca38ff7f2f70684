# Argument unpacking in calls and assignment targets
def f(a, b, c, d=0):
    return [a, b, c, d]
print(f(*'xyz'), f(*range(4)), f(1, *[2, 3]), f(*[1], *[2], 3))
print(f(**dict(a=1, b=2, c=3)), f(1, **{'c': 3, 'b': 2}, d=9))
print(f(*(1, 2), **{'c': 3}))
print(*[1, 2, 3], sep='-')
print(*'abc', *[1, 2])
print(max(*[3, 9, 2]), [*range(3), *'ab'], {*range(3)}, {**{'a': 1}, 'b': 2, **{'a': 3}})
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
first, *_, last = range(10)
print(first, last)
def kw(**k):
    return sorted(k.items())
print(kw(**{'z': 1}, **{'y': 2}))
try:
    kw(**{'z': 1}, **{'z': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
