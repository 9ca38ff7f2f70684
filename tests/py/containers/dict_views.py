# dict views: keys/values/items, dynamic updates, set operations
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(list(k), list(v), list(it), len(k))
print(k & {'a', 'z'} == {'a'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(it & {('a', 1), ('b', 5)}), 'a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it)
print(k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'}, k.isdisjoint({'x'}))
print(list(reversed(k)), list(reversed(d.values())))
print(v == v, list(d.values()) == [1, 2, 3, 4])
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
