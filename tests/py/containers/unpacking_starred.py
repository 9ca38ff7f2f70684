# Starred unpacking in assignment, for loops, literals
a, *b = 'hello'
print(a, b)
*a, b = [1]
print(a, b)
a, *b, c, d = range(10)
print(a, b, c, d)
print([*'ab', *range(2), *{'k': 1}], (*[1], 2), {*'aa', *'b'} == {'a', 'b'}, {**{'x': 1}, 'y': 2})
for first, *others in ['abc', 'de', 'f']:
    print(first, others)
((a, b), *c), d = [[1, 2], 3, 4], 5
print(a, b, c, d)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec('a, *b, *c = [1, 2, 3]')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
