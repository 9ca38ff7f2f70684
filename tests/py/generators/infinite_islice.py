# Infinite generators consumed with itertools.islice and takewhile
import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(fib(), 15)))
print(list(itertools.islice(fib(), 10, 20, 3)))
print(list(itertools.takewhile(lambda x: x < 100, fib())))
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 20)))
g = naturals()
for v in g:
    if v > 3:
        break
print(next(g), next(g))
