# Structural pattern matching basics
def describe(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2:
            return 'one or two'
        case int(n) if n < 0:
            return f'negative {n}'
        case [x, y]:
            return f'pair {x} {y}'
        case [x, *rest]:
            return f'list head {x} rest {rest}'
        case {'name': name, **others}:
            return f'name {name} others {others}'
        case str() as s:
            return f'string {s!r}'
        case (1.5 | 2.5):
            return 'float'
        case _:
            return 'other'
for v in [0, 2, -4, [1, 2], [1, 2, 3], {'name': 'x', 'k': 1}, 'hi', 2.5, None, 7]:
    print(describe(v))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
for p in [Point(0, 0), Point(0, 3), Point(2, 2), Point(1, 5)]:
    match p:
        case Point(0, 0):
            print('origin')
        case Point(0, y):
            print('on y axis', y)
        case Point(x=a, y=b) if a == b:
            print('diagonal', a)
        case Point():
            print('somewhere')
