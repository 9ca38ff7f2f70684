# async for: protocol errors, StopAsyncIteration ends the loop, else clause, break.


class Pause:
    def __await__(self):
        yield 'tick'


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class NoAnext:
    def __aiter__(self):
        return 1


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class Plain:
    def __iter__(self):
        return iter([1])


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    async for v in Counter(3):
        print('v', v)
    else:
        print('else ran')
    async for v in Counter(5):
        if v == 2:
            break
    else:
        print('not printed')
    print('broke at', v)
    for obj in [1, Plain(), NoAnext(), BadAnext()]:
        try:
            async for v in obj:
                print('not reached')
        except TypeError as e:
            print('TypeError:', e)
    return 'done'


print(run(main()))
