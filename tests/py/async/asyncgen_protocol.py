# Async generators: __aiter__, __anext__, asend, athrow, aclose, attributes, reprs.


def short(x):
    return repr(x).split(' at 0x')[0] + '>'


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        v = yield 'paused'
        return v


async def agen():
    print('start')
    try:
        got = yield 1
        print('got', got)
        p = await Pause()
        print('pause gave', p)
        got = yield 2
        print('got', got)
    except ValueError as e:
        print('agen caught', e)
        yield 'recovered'
    finally:
        print('finally')


g = agen()
print(short(g), g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_code.co_name)
print(g.__aiter__() is g)
a = g.__anext__()
print(short(a), short(g.asend(None)), short(g.athrow(ValueError)), short(g.aclose()))
try:
    a.send(None)
except StopIteration as e:
    print('first value', e.value)
try:
    a.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

s = g.asend('hello')
print(s.send(None))
print(g.ag_running, type(g.ag_await).__name__)
try:
    s.send('p')
except StopIteration as e:
    print('second value', e.value)

t = g.athrow(ValueError('bad'))
try:
    t.send(None)
except StopIteration as e:
    print('athrow value', e.value)
try:
    t.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

c = g.aclose()
try:
    c.send(None)
except StopIteration as e:
    print('aclose done', e.value)
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print('StopAsyncIteration', repr(e))


async def counter(n):
    for i in range(n):
        yield i
        await Pause()


async def main():
    out = []
    async for v in counter(3):
        out.append(v)
    print(out)
    it = counter(2)
    print(await it.__anext__(), await it.asend(None))
    try:
        await it.athrow(KeyError, KeyError('k'))
    except KeyError as e:
        print('athrow raised', repr(e))
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    print(await it.aclose())
    g2 = counter(5)
    await g2.__anext__()
    await g2.aclose()
    print(g2.ag_frame)
    return 'main done'


m = main()
while True:
    try:
        m.send(None)
    except StopIteration as e:
        print(e.value)
        break


async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2


ig = ignores()
run_first = ig.__anext__()
try:
    run_first.send(None)
except StopIteration:
    pass
try:
    run(ig.aclose())
except RuntimeError as e:
    print('RuntimeError:', e)


async def running():
    await Pause()
    yield 1

r = running()
first = r.__anext__()
print(first.send(None))
try:
    r.aclose().send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    r.athrow(ValueError).send(None)
except RuntimeError as e:
    print('RuntimeError:', e)


async def raises_stop():
    yield 1
    raise StopAsyncIteration

rs = raises_stop()
run_it = rs.__anext__()
try:
    run_it.send(None)
except StopIteration:
    pass
try:
    run(rs.__anext__())
except RuntimeError as e:
    print('RuntimeError:', e)
print(sorted(set(dir(agen())) - set(dir(object()))))
