# min, max (key, default, errors), sum (start), any, all
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a', key=ord))
print(max(['aa', 'b', 'ccc'], key=len), min([], default='none'), max([], default=0))
print(max([1, 3, 3], key=lambda x: -x), max([(1, 'b'), (1, 'a')]), min({3: 'x', 2: 'y'}))
print(max([2, 5, 5.0]), max([5.0, 5]), min(0, -0.0), max(True, 1))
for bad in [lambda: max([]), lambda: min([]), lambda: max(), lambda: max(1), lambda: min([1, 'a']), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([1, 2], start=5))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, '', 1]), all([1, 'a', [0]]), all([1, 0]), any(x > 5 for x in range(10)))
def noisy(v):
    print('checking', v)
    return v
print(any(noisy(x) for x in [0, 1, 2]), all(noisy(x) for x in [1, 0, 2]))
