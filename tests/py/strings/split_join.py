# split/rsplit with separators and maxsplit, join
s = 'a,b,,c,d'
print(s.split(','), s.split(',', 2), s.rsplit(',', 2), s.split(',', 0), s.split(',', -1))
print('  lots   of  space  '.split(), '  x  y '.split(None, 1), '  x  y '.rsplit(None, 1))
print(''.split(), ''.split(','), 'abc'.split('abc'), 'aXbXc'.split('X'), 'a--b--c'.split('--'))
print('one\ntwo\tthree four'.split(), 'a b c'.rsplit(maxsplit=1), 'a b c'.split(maxsplit=1))
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(map(str, range(4))), '.'.join([]), 'x'.join('ab'))
print(' '.join(('tuple', 'join')), '+'.join({'k': 1, 'j': 2}))
for bad in [lambda: ','.join([1, 2]), lambda: 'a'.split(''), lambda: 'a'.join(5), lambda: 'a'.split(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
