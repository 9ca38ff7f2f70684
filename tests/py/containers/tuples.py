# Tuple methods, packing/unpacking, starred assignment, immutability
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2), len(t), t[1:], t[::-1], t + (4,), t * 2, (1,) * 0)
single = 1,
print(single, type(single).__name__, (), tuple(), tuple('ab'), tuple([1]), (1), ((1,),))
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = 'pq'
print(p, q)
for i, (m, *n) in enumerate([(1, 2, 3), (4,)]):
    print(i, m, n)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0), hash((1, 2)) == hash((1, 2)), (1, [2])[1])
