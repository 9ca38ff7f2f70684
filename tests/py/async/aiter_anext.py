# aiter() and anext() with and without a default, on async generators and classes.


class Pause:
    def __await__(self):
        yield 'tick'


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def ag():
    yield 1
    await Pause()
    yield 2


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def main():
    it = aiter(ag())
    print(await anext(it), await anext(it, 'default'), await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('stop')
    print(type(anext(it, 5)).__name__, type(anext(it)).__name__)
    cd = Countdown(2)
    print(aiter(cd) is cd)
    print(await anext(cd), await anext(cd), await anext(cd, 'done'))
    for bad in [1, [1]]:
        try:
            anext(bad)
        except TypeError as e:
            print('TypeError:', e)
        try:
            aiter(bad)
        except TypeError as e:
            print('TypeError:', e)
    return 'ok'


print(run(main()))
