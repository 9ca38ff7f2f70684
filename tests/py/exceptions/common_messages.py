# Common runtime error messages
class Foo: pass
cases = [
    lambda: 1 / 0,
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: 'abc'[10],
    lambda: 1 + 'a',
    lambda: 5[0],
    lambda: None(),
    lambda: Foo().bar,
    lambda: 'a' + 1,
    lambda: int('x'),
    lambda: [].pop(),
    lambda: [1].index(5),
    lambda: 'abc'.index('z'),
    lambda: {}['k'],
    lambda: None.attr,
    lambda: (1).foo,
    lambda: len(1),
    lambda: 'x' * 'y',
    lambda: [1, 2, 3][1:2:0],
    lambda: list(1),
    lambda: iter(5),
    lambda: {}.fromkeys(1),
    lambda: 'a'.join([1]),
    lambda: (1, 2) + [3],
    lambda: sum(['a', 'b']),
    lambda: chr(-1),
    lambda: ord('ab'),
    lambda: float('abc'),
    lambda: [][0],
    lambda: ().x,
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ':', e)
