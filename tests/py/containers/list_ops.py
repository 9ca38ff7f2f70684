# List concatenation, repetition, membership, comparison, builtins on lists
a = [1, 2, 3]
print(a + [4], a * 2, 2 in a, 5 not in a, a == [1, 2, 3], a < [1, 2, 4], a > [1, 2], [] < [0])
print(len(a), min(a), max(a), sum(a), sorted(a, reverse=True), list(reversed(a)), a.__len__())
print(list('abc'), list((1, 2)), list(range(3)), list({'x': 1}), list(), list(x * 2 for x in a))
b = a
b += [4]
print(a, a is b)
a = a + [5]
print(a, b)
print([1, [2, [3, [4]]]][1][1][1][0], [0] * 0, [None] * 2)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ['a'][1.0]
except TypeError as e:
    print(type(e).__name__, e)
