# The cycle collector reclaims cycles through native deques (a deque holding itself, an
# object holding a deque holding the object, subclass instances, iterators), and dropping
# deeply nested or long deques does not overflow the stack.
import gc
import weakref
from collections import deque


class Node:
    def __init__(self, name):
        self.name = name


def collected(make):
    ref = make()
    gc.collect()
    return ref() is None


def self_cycle():
    d = deque()
    d.append(d)
    n = Node('n')
    d.append(n)
    return weakref.ref(n)


def object_cycle():
    n = Node('n')
    n.d = deque([n])
    return weakref.ref(n)


def bounded_cycle():
    n = Node('n')
    n.d = deque([1, 2, n], maxlen=3)
    return weakref.ref(n)


class Sub(deque):
    pass


def subclass_cycle():
    s = Sub()
    s.append(s)
    s.me = s
    return weakref.ref(s)


def iterator_cycle():
    n = Node('n')
    d = deque([n])
    n.it = iter(d)
    n.rit = reversed(d)
    return weakref.ref(n)


def two_deques():
    a, b = deque(), deque()
    a.append(b)
    b.append(a)
    n = Node('n')
    a.append(n)
    return weakref.ref(n)


for f in [self_cycle, object_cycle, bounded_cycle, subclass_cycle, iterator_cycle, two_deques]:
    print(f.__name__, collected(f))


def alive():
    n = Node('kept')
    d = deque([n])
    d.append(d)
    return d, weakref.ref(n)


keep, ref = alive()
gc.collect()
print('reachable survives', ref() is not None, ref().name, len(keep))
del keep
gc.collect()
print('then collected', ref() is None)


class Fin:
    def __del__(self):
        print('finalized')


def fin_cycle():
    f = Fin()
    f.d = deque([f])


fin_cycle()
gc.collect()
print('after collect')

q = deque()
for i in range(100000):
    q = deque([[q]])
del q
print('deep chain dropped')
q = deque([i] for i in range(200000))
q.append(deque([[[]]]))
del q
print('long deque dropped')
