# set methods and operators on small ints
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference(range(3)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1}, {1, 2}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({7}))
s = set()
s.add(3); s.add(1); s.add(3); print(s)
s.discard(10); s.discard(1); print(s)
s.update([5, 6], {7}); print(s)
print(s.pop(), s)
s.remove(5); print(s)
s2 = {1, 2, 3}
s2 &= {2, 3, 4}; print(s2)
s2 |= {10}; print(s2)
s2 -= {2}; print(s2)
s2 ^= {3, 11}; print(s2)
s2.intersection_update([10, 99]); print(s2)
s2.clear(); print(s2, len(s2), set() == frozenset())
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
print(set([3, 1, 2, 1]), {x % 4 for x in range(10)}, set(range(5)) - {0})
