# frozenset operations, hashing, mixing with set
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1, 9}, f - {1})
print(hash(f) == hash(frozenset({1, 2, 3})), {f: 'ok'}[frozenset([1, 2, 3])], f == {1, 2, 3})
print(frozenset(), frozenset('') == frozenset(), len(f), 2 in f, sorted(f))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {frozenset([1]), frozenset([1])}
print(s, f.copy() is f)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(f.union([10]), f.isdisjoint([7]), f.issubset(range(5)))
