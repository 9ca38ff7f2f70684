# Async comprehensions: list/set/dict/genexp with async for, if, nesting and await.


class Pause:
    def __await__(self):
        yield 'tick'


async def arange(n):
    for i in range(n):
        await Pause()
        yield i


async def double(x):
    await Pause()
    return x * 2


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def main():
    print([x async for x in arange(4)])
    print({x % 2 async for x in arange(5)})
    print({x: x * x async for x in arange(3)})
    print([x async for x in arange(6) if x % 2 if x > 1])
    print([await double(x) for x in range(3)])
    print([x for x in range(6) if await double(x) > 4])
    print([(x, y) async for x in arange(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in arange(2)])
    print([[y async for y in arange(x)] for x in range(3)])
    print([await double(y) async for y in arange(3)])
    agen = (x * 10 async for x in arange(3))
    print(type(agen).__name__, agen.__name__)
    print([v async for v in agen])
    gen_await = (await double(x) for x in range(3))
    print(type(gen_await).__name__)
    print([v async for v in gen_await])
    sync_gen = (x for x in await double(1) * [1])
    print(type(sync_gen).__name__, list(sync_gen))
    return 'ok'


print(run(main()))
