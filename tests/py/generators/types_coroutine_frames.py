# types.coroutine, co_flags (CPython's values), co_firstlineno of decorated
# functions, and the frames of suspended generators and coroutines
import inspect
import types


def deco(f):
    return f


@deco
def decorated():
    pass


@deco
class Decorated:
    pass


print(decorated.__code__.co_firstlineno)


def plain(a, *args, **kw):
    pass


def gen():
    yield 1
    yield 2


async def coro():
    pass


async def agen():
    yield


for f in (plain, gen, coro, agen):
    print(f.__name__, hex(f.__code__.co_flags & 0x3af))
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro),
      inspect.isasyncgenfunction(agen), inspect.iscoroutinefunction(gen))

g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code is gen.__code__)
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
for _ in g:
    pass
print(g.gi_frame)

c = coro()
print(c.cr_frame.f_lineno)
c.close()
print(c.cr_frame)


@types.coroutine
def legacy_sleep():
    value = yield 'suspended'
    return value


print(hex(legacy_sleep.__code__.co_flags & 0x1a0))


async def uses_legacy():
    return await legacy_sleep()


c = uses_legacy()
print(c.send(None))
try:
    c.send('resumed')
except StopIteration as e:
    print('result', e.value)


@types.coroutine
def delegates():
    # a types.coroutine generator may `yield from` a native coroutine
    return (yield from uses_legacy())


d = delegates()
print(d.send(None))
try:
    d.send('through')
except StopIteration as e:
    print('result', e.value)


def not_marked(c):
    yield from c

c = uses_legacy()
try:
    next(not_marked(c))
except TypeError as e:
    print('TypeError:', e)
c.close()

lg = legacy_sleep()
print(inspect.isawaitable(lg), inspect.isawaitable(gen()), inspect.isawaitable(1))
lg.close()
c = coro()
print(inspect.isawaitable(c))
c.close()


class Awaitable:
    def __await__(self):
        yield


print(inspect.isawaitable(Awaitable()))
try:
    types.coroutine(1)
except TypeError as e:
    print('TypeError:', e)
print(types.coroutine(coro) is coro)
