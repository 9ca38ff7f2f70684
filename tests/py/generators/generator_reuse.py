# Exhausted generators stay exhausted; iter(gen) is gen
def g():
    yield from range(3)
it = g()
print(iter(it) is it, list(it), list(it), next(it, 'empty'))
a = g()
b = zip(a, a)
print(list(b))
c = g()
print(3 in c, list(c))
d = g()
print(1 in d, list(d))
e = (x for x in range(5))
print(sorted(e), sorted(e))
