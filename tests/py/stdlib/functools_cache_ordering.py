# lru_cache/cache with cache_info, total_ordering, cmp_to_key
import functools
@functools.lru_cache(maxsize=2)
def sq(n):
    print('computing', n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.lru_cache(maxsize=None)
def add(a, b=0): return a + b
add(1); add(1); add(1, b=0); add(1, 0)
print(add.cache_info())
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
