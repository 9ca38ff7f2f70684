# A 1000-deep chain of yield from delegations
import sys
sys.setrecursionlimit(5000)
def chain(n):
    if n == 0:
        yield 'bottom'
        x = yield 'second'
        return f'returned {x}'
    r = yield from chain(n - 1)
    return r
g = chain(1000)
print(next(g))
print(next(g))
try:
    g.send('val')
except StopIteration as e:
    print(e.value)
def count_chain(n):
    if n == 0:
        yield from range(3)
        return 0
    return 1 + (yield from count_chain(n - 1))
g = count_chain(1000)
print(list(g))
def total():
    return (yield from count_chain(1000))
t = total()
for _ in t:
    pass
print('done')
