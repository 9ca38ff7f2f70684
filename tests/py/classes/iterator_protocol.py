# __iter__ and __next__ custom iterators, broken protocols
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
class Reusable:
    def __init__(self, items): self.items = items
    def __iter__(self):
        return iter(self.items)
r = Reusable([1, 2])
print(list(r), list(r), sum(r), sorted(r, reverse=True))
class GenIter:
    def __iter__(self):
        yield 'a'
        yield 'b'
print(list(GenIter()), 'b' in GenIter())
class NoNext:
    def __iter__(self): return 5
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
class NotIter: pass
try:
    for _ in NotIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
a, b, c = Countdown(3)
print(a, b, c)
it = iter(Countdown(2))
print(iter(it) is it)
