# String multiplication, in, comparison, concatenation, iteration
print('ab' * 3, 3 * 'ab', 'ab' * 0, '-' * 10, 'x' + 'y' + 'z')
print('ell' in 'hello', '' in 'abc', 'z' not in 'abc', 'HELLO' in 'hello')
print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', 'Z' < 'a', 'é' > 'z', 'a' == 'a', 'a' != 'A')
print(sorted(['b', 'A', 'a', 'B', '1', '_']), max('hello'), min('hello'))
print(''.join(reversed('stressed')), 'abc'[::-1] == 'cba', 'ab' + str(1) + repr('q'))
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'ab' * 2.0
except TypeError as e:
    print(type(e).__name__, e)
s = 'x'
s += 'y'
s *= 2
print(s, 'abc' is 'abc' if False else 'skip identity')
