# types.coroutine: generator-based coroutines that can be awaited and can await.
import types
import inspect


@types.coroutine
def legacy_sleep():
    got = yield 'sleeping'
    return got


async def native():
    v = await legacy_sleep()
    return v * 2


@types.coroutine
def legacy_caller():
    r = yield from native()
    return r + 1


def run(coro, sends):
    try:
        print('yielded', coro.send(None))
        for s in sends:
            print('yielded', coro.send(s))
    except StopIteration as e:
        return e.value


print(run(native(), [5]))
print(run(legacy_caller(), [10]))
g = legacy_sleep()
print(type(g).__name__, inspect.isawaitable(g), inspect.iscoroutine(g), inspect.isgenerator(g))
print(bool(legacy_sleep.__code__.co_flags & 0x100), bool(native.__code__.co_flags & 0x80))
print(inspect.iscoroutinefunction(native), inspect.iscoroutinefunction(legacy_sleep))
print(inspect.isgeneratorfunction(legacy_sleep))
g.close()


pending = native()


def plain():
    r = yield from pending
    return r


p = plain()
try:
    next(p)
except TypeError as e:
    print('TypeError:', e)


@types.coroutine
def not_gen():
    return 42

pending.close()
print(not_gen())
print(types.coroutine(native) is native)
try:
    types.coroutine(1)
except TypeError as e:
    print('TypeError:', e)


async def agen():
    yield 1

print(inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen()), inspect.isawaitable(agen()))


class A:
    def __await__(self):
        yield

print(inspect.isawaitable(A()), inspect.isawaitable(1))


class M:
    async def m(self):
        pass

print(inspect.iscoroutinefunction(M().m), inspect.iscoroutinefunction(M.m))
