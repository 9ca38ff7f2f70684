# Calls that leave trailing parameters to their defaults bind positionally (no names);
# every other shape still binds by name and reports CPython's errors.


def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


print(f(1))
print(f(1, 5))
print(f(1, 5, [0]))
print(f(b=7, a=3))
print(f(4, c=[9, 9]))


def g(a, b, c=3, d=4):
    return a + b + c + d


print(g(1, 2), g(1, 2, 10), g(1, 2, 10, 20))
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)

# Defaults replaced after definition are seen by the next call.
g.__defaults__ = (100, 200)
print(g(1, 2), g(1, 2, 3))
g.__defaults__ = None
try:
    g(1, 2)
except TypeError as e:
    print("TypeError:", e)


# A closure over a parameter that may come from a default.
def outer(x=10):
    def inner():
        return x

    return inner


print(outer()(), outer(5)())


# Generators and methods with defaults.
def gen(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


print(list(gen(5)), list(gen(5, 2)))


class K:
    def m(self, a, b="dflt"):
        return a, b


k = K()
print(k.m(1), k.m(1, 2), K.m(k, 3))
print(sorted([3, 1, 2], key=lambda v, w=10: w - v))
