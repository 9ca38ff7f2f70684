# Subclasses of the native collections.deque: __init__ overrides, attributes, overridden
# methods, class attributes, maxlen, copies, reprs, abc registration and `match`.
import collections.abc
import copy
from collections import deque


class Tagged(deque):
    kind = 'class attr'

    def __init__(self, items=(), tag='none'):
        super().__init__(items, 4)
        self.tag = tag

    def append(self, x):
        super().append(x * 10)


t = Tagged([1, 2], tag='T')
print(t, repr(t), str(t), f'{t}', t.tag, t.maxlen, len(t), t.kind)
t.append(3)
t.appendleft(0)
print(t, t[0], t[-1], list(reversed(t)), type(t).__name__)
t.kind = 'instance attr'
print(t.kind, Tagged.kind, t.__dict__)
print(isinstance(t, Tagged), isinstance(t, deque), issubclass(Tagged, deque), Tagged.__mro__)
print(isinstance(t, collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence))
print(type(t.copy()).__name__, t.copy(), t.copy().tag)
print(type(copy.copy(t)).__name__, copy.copy(t))
print(t + deque([5]), type(t + deque([5])).__name__, deque([5]) + t)
print(t * 2, type(t * 2).__name__)
print(t == deque([0, 10, 20, 30], 4), deque([0, 10, 20, 30]) == t, t != Tagged([0, 1, 2, 3]))
print(t.__reduce__()[:3])


class Plain(deque):
    pass


p = Plain('abc')
print(p, Plain(), Plain([1, 2], 2), Plain(maxlen=1))
p.x = 1
print(p.x, hasattr(deque(), 'x'))
p.rotate(1)
print(p, p.pop(), p.popleft(), p)
try:
    hash(p)
except TypeError as e:
    print(e)


class Counting(deque):
    def __init__(self, *args):
        self.calls = 0
        super().__init__(*args)

    def __len__(self):
        self.calls += 1
        return super().__len__()

    def __repr__(self):
        return 'Counting<' + ','.join(map(str, self)) + '>'


c = Counting([1, 2, 3])
print(len(c), c.calls, bool(c), c, [c])


class NoInit(deque):
    def __init__(self):
        pass


n = NoInit()
print(n, n.maxlen, len(n))
n.extend([1, 2])
print(n)


class WithNew(deque):
    def __new__(cls, *args, **kwargs):
        inst = super().__new__(cls, *args, **kwargs)
        inst.made = True
        return inst


w = WithNew([1, 2], maxlen=3)
print(w, w.made)


class Slotted(deque):
    __slots__ = ()

    def run(self, k):
        return [self.popleft() for _ in range(k)]


s = Slotted(range(5))
print(s.run(3), s)

for value in [deque([1, 2]), Plain([1, 2, 3]), deque(), t]:
    match value:
        case []:
            print('empty')
        case [a, b]:
            print('pair', a, b)
        case [first, *rest]:
            print('first', first, rest)

try:
    deque.__new__(int)
except TypeError as e:
    print(e)
print(type(deque.__new__(Plain)).__name__, deque.__new__(deque))
