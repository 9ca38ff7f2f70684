# len() and range() objects: repr, slicing, negative steps, membership
r = range(10)
print(r, range(1, 10, 2), range(5, 0, -1), repr(range(0)))
print(len(r), len(range(1, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)), len(range(-5, 5)))
print(list(range(5, -5, -3)), list(range(0, 10, 4)), list(range(3, 3)))
print(r[3], r[-1], r[2:8:2], r[::-1], r[::-3], list(r[::-3]), r[100:])
print(5 in r, 10 in r, -1 in r, 4.0 in r, 'x' in r, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.start, r.stop, r.step)
print(range(3) == range(0, 3, 1), range(0) == range(5, 5), range(1, 2) == range(1, 3))
print(list(range(-3)), range(2 ** 70)[-1], 2 ** 70 - 1 in range(2 ** 70))
try:
    len(range(2 ** 70))
except OverflowError as e:
    print(type(e).__name__, e)
for bad in [lambda: range(1, 10, 0), lambda: r[20], lambda: r.index(50), lambda: range('a'), lambda: range(), lambda: len(5), lambda: len(None)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(len('héllo'), len([1, [2, 3]]), len({'a': 1}), len(b'\x00\x01'), len(set()), len(()))
print(hash(range(3)) == hash(range(0, 3)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
