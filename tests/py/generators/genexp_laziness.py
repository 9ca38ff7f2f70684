# Generator expressions are lazy; first iterable evaluated eagerly
def src(n):
    print('src called')
    for i in range(n):
        print('producing', i)
        yield i
g = (x * 10 for x in src(3))
print('genexp created')
print(next(g))
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
g2 = (1 / x for x in [1, 0])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']))
print(repr((x for x in [])).startswith('<generator object <genexpr> at 0x'))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(list(x for x in range(10) if x % 3 == 0))
