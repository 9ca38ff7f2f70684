# coro.__await__() returns a coroutine_wrapper that user code drives by hand.


async def inner():
    print('inner start')
    v = await Step('a')
    print('inner got', v)
    return 'inner done'


class Step:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        got = yield self.name
        return got


async def outer():
    r = await inner()
    print('outer got', r)
    s = await Step('b')
    return s


w = outer().__await__()
print(repr(w).split(' at 0x')[0] + '>')
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send(1))
try:
    w.send(2)
except StopIteration as e:
    print('stop', e.value)
try:
    next(w)
except RuntimeError as e:
    print(e)

for step in outer().__await__():
    print('step', step)

w = outer().__await__()
next(w)
try:
    w.throw(ValueError('x'))
except ValueError as e:
    print('raised', e)
w = outer().__await__()
next(w)
w.close()
print('closed')


async def simple_print(msg):
    print(msg)

for _ in simple_print('Hello').__await__():
    pass
print(sorted(set(dir(w)) - set(dir(object()))))
