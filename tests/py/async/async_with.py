# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__, errors.


class Pause:
    def __await__(self):
        yield 'tick'


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        await Pause()
        print('enter', self.name)
        return self.name

    async def __aexit__(self, typ, val, tb):
        await Pause()
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.swallow


class NoAexit:
    async def __aenter__(self):
        return 1


class SyncOnly:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


class BadAenter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        return False


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def main():
    async with CM('a') as a, CM('b') as b:
        print('body', a, b)
    async with CM('swallow', swallow=True):
        raise ValueError('hidden')
    try:
        async with CM('c'):
            raise KeyError('k')
    except KeyError as e:
        print('propagated', repr(e))
    for i in range(3):
        async with CM('loop%d' % i):
            if i == 1:
                break
            continue
    for cm in [NoAexit(), SyncOnly(), BadAenter(), 42]:
        try:
            async with cm:
                print('not reached')
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    return 'done'


print(run(main()))
