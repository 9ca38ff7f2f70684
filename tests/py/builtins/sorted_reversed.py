# sorted with key, reverse and stability; reversed
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(sorted(records), key=lambda r: r[1], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((5, -1, 0)))
print(sorted([1.5, 1, True, 0.5]), sorted([[2, 1], [1, 2], [1]]))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
