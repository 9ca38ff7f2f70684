# TypeError messages from mismatched operand types
cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + (1,), lambda: 'a' * 'b',
    lambda: None + 1, lambda: 1 - 'x', lambda: {} + {}, lambda: [1] * 1.5,
    lambda: -'x', lambda: ~1.5, lambda: 'a' / 2, lambda: 3 % [1], lambda: 2 ** 'x',
    lambda: 'x' < 1, lambda: len(5), lambda: 1 @ 2, lambda: +None,
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
print('abc' * 0, 'abc' * -1, [1] * 0)
print('%s' % 1, '%d%%' % 50)
try:
    '%d' % 'x'
except TypeError as e:
    print(type(e).__name__, e)
