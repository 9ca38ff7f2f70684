# Unpacking ValueErrors: too many / not enough values
def attempt(src, n):
    try:
        if n == 2:
            a, b = src
            return a, b
        a, b, c = src
        return a, b, c
    except ValueError as e:
        return f'{type(e).__name__}: {e}'
print(attempt([1, 2], 3))
print(attempt([1, 2, 3], 2))
print(attempt((1, 2, 3), 3))
print(attempt('ab', 2))
print(attempt('abcd', 2))
print(attempt(iter(range(10)), 2))
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [a, b] = {'x': 1}
except ValueError as e:
    print(type(e).__name__, e)
try:
    for x, y in [(1, 2), (3,)]:
        print(x, y)
except ValueError as e:
    print(type(e).__name__, e)
