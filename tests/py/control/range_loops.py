# for loops over ranges with steps and modifications
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for i in range(0):
    print('never')
for i in range(-5, 5, 4):
    print(i, end=' ')
print()
r = range(3)
for i in r:
    i = i * 100
    print(i, end=' ')
print()
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print(x, end=' ')
print()
d = {'a': 1}
try:
    for k in d:
        d['b'] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
n = 0
for _ in range(1000):
    n += 1
print(n)
