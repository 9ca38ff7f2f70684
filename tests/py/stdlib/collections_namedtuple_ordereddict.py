# namedtuple and OrderedDict
from collections import namedtuple, OrderedDict
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._replace(x=10), p._asdict(), tuple(p), p == (1, 2))
x, y = p
print(x + y, len(p), Point._make([5, 6]), Point.__name__)
P3 = namedtuple('P3', 'a b c', defaults=[0])
print(P3(1, 2), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
od = OrderedDict()
od['a'] = 1; od['b'] = 2; od['c'] = 3
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
