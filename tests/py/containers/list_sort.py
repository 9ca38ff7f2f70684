# list.sort with key and reverse, stability, errors during sorting
l = [5, 2, 9, 1, 5, 6]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana']
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0]); print(pairs)
print(l.sort(), 'sort returns None')
mixed = [3, 1.5, True, 0]
mixed.sort(); print(mixed)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
nested = [[3, 'c'], [1, 'z'], [1, 'a']]
nested.sort(); print(nested)
data = list(range(20))
data.sort(key=lambda x: (x % 3, -x)); print(data)
