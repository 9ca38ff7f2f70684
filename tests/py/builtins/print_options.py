# print with sep, end, file=sys.stderr, flush and multiple args
import sys
print('a', 'b', 'c')
print('a', 'b', sep='-')
print('x', end='|')
print('y', end='\n')
print(1, 2, 3, sep='')
print()
print('to stderr', file=sys.stderr)
print('no sep', 'ok', sep=None, end=None)
print(*range(5), sep=', ', end='.\n')
print('flushed', flush=True)
print([1, 'a'], (None,), {'k': 'v'}, sep=' ; ')
sys.stdout.write('written directly\n')
print(sys.stdout.write('abc'), '<- returned count')
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
