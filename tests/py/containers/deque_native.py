# collections.deque (native): construction, ends, bounded deques, indexing, searching,
# rotation, arithmetic, comparisons, iteration and every error message.
from collections import deque


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', repr(r))


print('--- construction')
print(deque(), deque([]), deque('abc'), deque(range(4)), deque((1, 2), 3))
print(deque(iterable=[1], maxlen=2), deque([1, 2, 3, 4], maxlen=2), deque(maxlen=True))
print(deque(x * x for x in range(5)), deque({'a': 1, 'b': 2}))
attempt('maxlen str', lambda: deque(maxlen='3'))
attempt('maxlen float', lambda: deque(maxlen=3.0))
attempt('maxlen negative', lambda: deque(maxlen=-1))
attempt('maxlen huge', lambda: deque(maxlen=2 ** 70))
attempt('not iterable', lambda: deque(1))
attempt('None iterable', lambda: deque(None))
attempt('three args', lambda: deque([1], 2, 3))
attempt('bad keyword', lambda: deque(foo=1))
attempt('twice', lambda: deque([1], iterable=[2]))
d = deque([1, 2, 3])
d.__init__('xy', 5)
print('reinit', d, d.maxlen)

print('--- ends')
d = deque()
d.append(1); d.append(2); d.appendleft(0); d.appendleft(-1)
print(d, len(d), bool(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([3, 4]); d.extendleft('ab')
print(d)
d.extend(d); print(d)
d.extendleft(iter([7, 8])); print(d)
d.clear(); print(d, len(d), bool(d))
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('append no arg', lambda: deque().append())
attempt('append two', lambda: deque().append(1, 2))
attempt('pop arg', lambda: deque([1]).pop(0))
attempt('append kw', lambda: deque().append(x=1))
attempt('extend int', lambda: deque().extend(5))
attempt('extendleft int', lambda: deque().extendleft(5))

print('--- bounded')
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b)
b.appendleft('L'); print(b)
b.extend('xy'); print(b)
b.extendleft([10, 20]); print(b)
print(b.maxlen, deque().maxlen)
attempt('set maxlen', lambda: setattr(b, 'maxlen', 4))
attempt('insert full', lambda: b.insert(0, 1))
z = deque(maxlen=0)
z.append(1); z.appendleft(2); z.extend(range(10)); z.extendleft('abc')
print(z, len(z))
consumed = []
z.extend(consumed.append(i) for i in range(3))
print('consumed', consumed)

print('--- indexing')
d = deque(range(10))
print(d[0], d[9], d[-1], d[-10], d[3])
d[0] = 'a'; d[-1] = 'z'; d[4] = 'm'
print(d)
del d[1]; del d[-2]; del d[5]
print(d)
attempt('index past end', lambda: d[7])
attempt('index before start', lambda: d[-8])
attempt('index empty', lambda: deque()[0])
attempt('index str', lambda: d['a'])
attempt('index float', lambda: d[1.0])
attempt('slice', lambda: d[1:2])
attempt('index huge', lambda: d[2 ** 70])


def setitem(i, v):
    d[i] = v


def delitem(i):
    del d[i]


attempt('set past end', lambda: setitem(100, 0))
attempt('set slice', lambda: setitem(slice(0, 1), [1]))
attempt('del past end', lambda: delitem(-100))
attempt('del str', lambda: delitem('x'))


class Idx:
    def __index__(self):
        return 2


print('__index__', d[Idx()], d)

print('--- searching')
d = deque([1, 2, 3, 2, 1, 2.0, 'x'])
print(d.count(2), d.count('x'), d.count(99), 2 in d, 99 in d, 'x' in d)
print(d.index(2), d.index(2, 2), d.index(2, -3), d.index(1, 1, 5), d.index(2, -100, 100))
attempt('index missing', lambda: d.index(99))
attempt('index out of window', lambda: d.index('x', 0, 3))
attempt('index no args', lambda: d.index())
attempt('index bad start', lambda: d.index(1, 'a'))
attempt('index too many', lambda: d.index(1, 0, 1, 2))
attempt('count no arg', lambda: d.count())
nan = float('nan')
print('nan identity', nan in deque([nan]), deque([nan]).count(nan), deque([nan]).index(nan))
d.remove(2); print(d)
d.remove(2.0); print(d)
attempt('remove missing', lambda: d.remove(99))
attempt('remove empty', lambda: deque().remove(1))

print('--- insert')
d = deque([1, 2, 3])
d.insert(0, 'a'); d.insert(2, 'b'); d.insert(-1, 'c'); d.insert(100, 'd'); d.insert(-100, 'e')
print(d)
attempt('insert str', lambda: d.insert('a', 1))
attempt('insert one arg', lambda: d.insert(1))

print('--- rotate / reverse')
d = deque(range(7))
d.rotate(); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(15); print(d)
d.rotate(-15); print(d)
d.rotate(0); print(d)
d.reverse(); print(d)
e = deque(); e.rotate(5); e.reverse(); print(e)
one = deque([1]); one.rotate(-7); print(one)
attempt('rotate str', lambda: d.rotate('a'))
attempt('rotate float', lambda: d.rotate(1.5))
attempt('rotate huge', lambda: d.rotate(2 ** 70))
attempt('rotate two', lambda: d.rotate(1, 2))

print('--- copy and arithmetic')
d = deque([1, [2]], 4)
c = d.copy()
print(c, c == d, c is d, c[1] is d[1])
import copy
print(copy.copy(d), copy.deepcopy(d), copy.deepcopy(d)[1] is d[1])
print(d + deque([3]), deque([1, 2]) + deque([3], 1), deque() + deque())
print(deque([1, 2]) * 3, 2 * deque('ab'), deque([1, 2]) * 0, deque([1]) * -2)
print(deque([1, 2, 3], 5) * 4, deque([7], 3) * 10)
x = deque([1])
y = x
x += [2, 3]
x += 'ab'
print(x, x is y)
x *= 2
print(x, x is y)
x *= 0
print(x, x is y)
attempt('add list', lambda: deque([1]) + [1])
attempt('radd list', lambda: [1] + deque([1]))
attempt('mul str', lambda: deque([1]) * 'a')
attempt('rmul float', lambda: 2.5 * deque([1]))
attempt('mul huge', lambda: deque([1, 2]) * (2 ** 62))
attempt('hash', lambda: hash(deque()))
attempt('set of deques', lambda: {deque()})


class Radd:
    def __radd__(self, other):
        return 'radd'


print(deque([1]) + Radd())

print('--- comparisons')
pairs = [([], []), ([1], [1]), ([1], [2]), ([1, 2], [1]), ([1], [1, 0]), ([2], [1, 9]), (['a'], ['b'])]
for p, q in pairs:
    a, b = deque(p), deque(q)
    print(p, q, a == b, a != b, a < b, a <= b, a > b, a >= b)
d = deque([1])
print(d == d, d != d, d <= d, deque([1]) == [1], deque([1]) != [1], deque([1], 3) == deque([1], 7))
attempt('lt list', lambda: deque([1]) < [1])
attempt('ge tuple', lambda: deque([1]) >= (1,))
attempt('incomparable items', lambda: deque([1]) < deque(['a']))

print('--- iteration')
d = deque('abcde')
print(list(d), list(reversed(d)), [x for x in d if x > 'b'], sorted(d, reverse=True))
print(type(iter(d)).__name__, type(reversed(d)).__name__, iter(d).__length_hint__())
it = iter(d)
print(next(it), next(it), it.__length_hint__(), list(it), list(it))
a, b, *rest = deque(range(5))
print(a, b, rest, max(deque([3, 9, 2])), sum(deque(range(10))), ','.join(deque('xyz')))
for label, mutate in [('append', lambda: d.append('f')), ('pop', d.pop), ('rotate', d.rotate),
                      ('clear', d.clear)]:
    d.extend('abc')
    it = iter(d)
    next(it)
    mutate()
    attempt('after ' + label, lambda: next(it))
d = deque('abc')
it = reversed(d)
next(it)
d.appendleft('z')
attempt('reversed after appendleft', lambda: next(it))
d = deque([1, 2, 3])
it = iter(d)
next(it)
d[1] = 'set'
d.reverse()
print('set/reverse keep iterating', list(it))
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('loop', e)


class Mutator:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


d = deque([1, 2, 3])
attempt('count mutating', lambda: d.count(Mutator(d)))
attempt('contains mutating', lambda: Mutator(d) in d)
attempt('index mutating', lambda: d.index(Mutator(d)))
attempt('remove mutating', lambda: d.remove(Mutator(d)))

print('--- repr')
d = deque([1, 'two', [3], (4,), {5: 6}, None])
print(repr(d), str(d), f'{d}', '%s' % (d,))
d = deque()
d.append(d)
print(d)
d.append([d])
print(d)
e = deque([d], maxlen=5)
print(e)
print(repr(deque(maxlen=2)), deque([deque([1]), deque(maxlen=1)]))

print('--- misc')
print(deque.__name__, deque.__module__, deque.__qualname__, deque.__hash__, deque.maxlen.__doc__)
print(type(deque()) is deque, isinstance(deque(), deque), type(deque).__name__)
attempt('new attribute', lambda: setattr(deque(), 'foo', 1))
attempt('descriptor', lambda: deque.append(1, 2))
attempt('slot descriptor', lambda: deque.__len__(1))
print(deque([1, 2, 3], 4).__reduce__()[:3], deque('ab').__reduce__()[:3])
print(list(deque('ab').__reduce__()[3]))
