# Dict insertion order after deletion and re-insertion, | merge, comprehension
d = {}
for ch in 'python':
    d[ch] = ord(ch)
print(d)
del d['t']
d['t'] = 0
print(list(d))
d['p'] = 'updated keeps position'
print(list(d.items())[:2])
d.pop('y'); d['y'] = 1
print(list(d))
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, {**a, **b})
a |= b
print(a)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
sq = {n: n * n for n in range(6) if n % 2 == 0}
print(sq)
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
print({(i, j): i * j for i in range(2) for j in range(2)})
print({1: 'a', True: 'b', 1.0: 'c'})
print(dict(sorted({'b': 1, 'a': 2}.items())), {} == dict(), {'a': 1} == {'a': 1.0})
