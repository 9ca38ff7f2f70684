# map and filter: laziness, multiple iterables, None predicate
print(list(map(abs, [-1, -2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')))
print(list(map(len, ['', 'a', 'abc'])), list(map(int, '123')))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(map(str.upper, 'hi')), list(map(lambda x: x, [])))
def noisy(x):
    print('map saw', x)
    return x * 2
m = map(noisy, [1, 2, 3])
print('created')
print(next(m))
print(list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), list(f), list(f))
print(list(map(lambda x, y: (x, y), [1, 2, 3], 'ab')))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(len, 5)
except TypeError as e:
    print(type(e).__name__, e)
