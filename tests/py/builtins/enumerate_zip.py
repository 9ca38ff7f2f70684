# enumerate with start, zip including strict mode
print(list(enumerate('abc')), list(enumerate('ab', start=10)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip('xy', [1, 2]), 1):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3], 'ab')), list(zip(range(3), range(3), range(3))))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
pairs = [(1, 'a'), (2, 'b')]
nums, lets = zip(*pairs)
print(nums, lets)
e = enumerate('xy')
print(next(e), next(e), next(e, None))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(zip('abc', range(3))), dict(enumerate('xy')))
