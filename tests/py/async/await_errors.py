# Errors of await on things that are not awaitable.
import types


async def simple():
    return 1


async def run(aw):
    return await aw


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def plain_gen():
    yield 1


class NonIter:
    def __await__(self):
        return 1


made = []


class ReturnsCoro:
    def __await__(self):
        c = simple()
        made.append(c)
        return c


class GoodAwait:
    def __await__(self):
        return iter([None, None])


for aw in [1, plain_gen(), NonIter(), ReturnsCoro(), 'text']:
    try:
        drive(run(aw))
    except TypeError as e:
        print('TypeError:', e)

print(drive(run(GoodAwait())))
c = simple()
print(drive(run(c)))
try:
    drive(run(c))
except RuntimeError as e:
    print('RuntimeError:', e)

s = simple()
made.append(s)
try:
    for x in s:
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    next(s)
except TypeError as e:
    print('TypeError:', e)


def gen_yield_from_coro():
    yield from s

try:
    list(gen_yield_from_coro())
except TypeError as e:
    print('TypeError:', e)

try:
    iter(s)
except TypeError as e:
    print('TypeError:', e)
for c in made:
    c.close()
print('closed', len(made))
