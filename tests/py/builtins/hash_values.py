# hash() of ints, floats, tuples, strings equality (CPython values)
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5), hash(-(2 ** 61)))
print(hash(2 ** 64), hash(10 ** 20), hash(-(10 ** 20)))
print(hash(1.0), hash(1.5), hash(-1.0), hash(0.0), hash(-0.0), hash(0.1), hash(1e100))
print(hash(float('inf')), hash(float('-inf')))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})))
print(hash('abc') == hash('ab' + 'c'), hash(b'x') == hash(b'x'), hash(1) == hash(1.0) == hash(True))
print(hash(3 + 0j) == hash(3), hash(1j))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
