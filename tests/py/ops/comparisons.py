# Comparisons, chaining, identity and membership
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(1 < 2 > 0, 5 >= 5 <= 5, 1 != 2 != 1)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(3) < v(2) < v(1), calls)
print('abc' < 'abd', 'a' < 'B', 'Z' < 'a', '' < 'a', 'abc' < 'ab')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), () == ())
print([1, 2] == (1, 2), [1] == [1.0], {1: 2} == {1: 2.0})
print(None is None, [] is [], 1 is not None)
print(3 in [1, 2, 3], 4 not in (1, 2), 'b' in 'abc', 'ac' in 'abc', 'k' in {'k': 1}, 2 in range(5))
print(float('nan') == float('nan'), float('nan') != float('nan'), float('inf') > 10 ** 400)
print(0.1 + 0.2 == 0.3, 2 ** 53 + 1 == float(2 ** 53 + 1))
for a, b in [(1, 'a'), ([], ()), (None, 0)]:
    try:
        a < b
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > {1})
print(max(1, 2.5), min('b', 'a'), 1 == 1 + 0j)
