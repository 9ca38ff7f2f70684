# send() and yield as an expression
def echo():
    print('started')
    received = None
    while True:
        received = yield f'got {received}'
        if received == 'stop':
            return 'stopped'
g = echo()
print(g.send(None))
print(g.send('a'))
print(g.send(1))
print(next(g))
try:
    g.send('stop')
except StopIteration as e:
    print('returned', e.value)
g2 = echo()
try:
    g2.send('early')
except TypeError as e:
    print(type(e).__name__, e)
def acc():
    total = 0
    while True:
        v = yield total
        total += v
a = acc()
next(a)
for v in [5, 10, 15]:
    print(a.send(v))
def two_way():
    x = yield 1
    y = yield x * 2
    yield x + y
t = two_way()
print(next(t), t.send(10), t.send(5))
