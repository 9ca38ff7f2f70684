# itertools: accumulate (func, initial), groupby, tee
import itertools as it, operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=0)), list(it.accumulate('abc')))
for k, g in it.groupby('aaabbcaa'):
    print(k, list(g))
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
print([(k, [v for _, v in g]) for k, g in it.groupby(data, key=lambda t: t[0])])
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 2, 1, 3, 3]))])
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
x, y, z = it.tee('xy', 3)
print(list(x), list(y), list(z))
