# Exceptions propagating from comprehensions, generator expressions, and map
def bad(x):
    if x == 3:
        raise ValueError(f'bad value {x}')
    return x * 2
try:
    print([bad(x) for x in range(5)])
except ValueError as e:
    print('list comp', e)
g = (bad(x) for x in range(5))
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print('genexp', e)
print(next(g, 'exhausted after error'))
m = map(bad, [1, 3])
print(next(m))
try:
    next(m)
except ValueError as e:
    print('map', e)
try:
    sorted([3, 1, 'x'])
except TypeError as e:
    print('sorted', e)
try:
    {k: 1 / k for k in [1, 0]}
except ZeroDivisionError as e:
    print('dict comp', e)
