# collections.deque: maxlen, appendleft, popleft, rotate, extend, repr
from collections import deque
d = deque([1, 2, 3])
d.appendleft(0); d.append(4)
print(d, len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.extend([5, 6]); d.extendleft([-1, -2]); print(d)
print(d.popleft(), d.pop(), d)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.appendleft(99); print(b)
print(deque('abc'), deque(), deque([1], maxlen=0), d.count(1), d.index(2), 3 in d)
d.remove(3); d.reverse(); print(d)
d2 = d.copy(); d2.clear(); print(d2, d)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
try:
    d.remove(100)
except ValueError as e:
    print(type(e).__name__, e)
