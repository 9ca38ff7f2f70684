# str.format with positional, keyword, index, attribute fields and conversions
class P:
    x = 3
    y = [10, 20]
print('{} {} {}'.format(1, 'a', None))
print('{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {0[0]} {d[k]} {d[k2][0]}'.format(['x', 'y'], d={'k': 'v', 'k2': [9]}))
print('{p.x} {p.y[1]}'.format(p=P()))
print('{!r:>10}|{!s:<6}|{!a}'.format('hi', 'there', 'é'))
print('{:>8}|{:<8}|{:^8}|{:*^9}'.format('r', 'l', 'c', 'f'))
print('{0:{1}}|{0:>{w}.{p}f}'.format(3.14159, 10, w=9, p=2))
print('{{}} {{{0}}}'.format('in braces'))
print('{0}{1}{0}'.format('ab', 'cd'), '{:d}'.format(True), '{}'.format([1, 'x']))
for bad in [lambda: '{}'.format(), lambda: '{0} {}'.format(1, 2), lambda: '{x}'.format(y=1), lambda: '{:d}'.format('s'), lambda: '{'.format(1), lambda: '{0[5]}'.format([1])]:
    try:
        bad()
    except (IndexError, ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print('{a} and {b}'.format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, k): return f'<{k}>'
print('{known} {unknown}'.format_map(Default(known='K')))
