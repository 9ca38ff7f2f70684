# asyncio.Task: names, reprs, cancellation, current_task/all_tasks
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(r):
    return r.replace(HERE, '')


async def child(n):
    await asyncio.sleep(0)
    return n * 10


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('sleeper cancelled with', e.args)
        raise


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me is asyncio.current_task(asyncio.get_running_loop()))
    t = asyncio.create_task(child(1))
    print(clean(repr(t)))
    print(t.get_name(), t.done())
    print(await t, clean(repr(t)))
    t2 = asyncio.create_task(child(2), name='worker')
    t2.set_name('renamed')
    print(t2.get_name(), await t2)
    t3 = asyncio.ensure_future(child(3))
    print(type(t3).__name__, t3.get_name(), await t3)
    print(asyncio.ensure_future(t3) is t3)
    print(len(asyncio.all_tasks()), asyncio.all_tasks() == {me})

    # cancel a task sleeping: CancelledError at its await, carrying the message
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(s.cancel('enough'), s.cancelling())
    print(clean(repr(s)).split(' wait_for=')[0])
    try:
        await s
    except asyncio.CancelledError as e:
        print('awaiting it raised CancelledError', e.args)
    print(s.cancelled(), s.done(), s.cancel(), clean(repr(s)))

    # cancel before the task ever ran
    s = asyncio.create_task(sleeper())
    s.cancel()
    print(clean(repr(s)))
    try:
        await s
    except asyncio.CancelledError:
        print('cancelled before start', s.cancelled())

    # uncancel / cancelling counts
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print('cancelling:', t.cancelling())
            print('uncancel ->', t.uncancel(), t.uncancel())
        return 'survived'

    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    s.cancel()
    print(await s, s.cancelled())

    # cancelling the awaiting task cancels the future it waits on
    fut = asyncio.get_running_loop().create_future()

    async def waiter():
        await fut

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print(fut.cancelled(), w.cancelled())

    # exceptions
    async def boom():
        raise ValueError('boom')

    b = asyncio.create_task(boom())
    try:
        await b
    except ValueError as e:
        print('ValueError', e, clean(repr(b)))
    print(repr(b.exception()))

    try:
        t.set_result(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError:', e)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)

    # awaiting itself
    async def self_await():
        await asyncio.current_task()

    sa = asyncio.create_task(self_await())
    try:
        await sa
    except RuntimeError as e:
        print('RuntimeError:', clean(str(e)).split(' coro=')[0])

    # a bad yield
    class Bad:
        def __await__(self):
            yield 'nonsense'

    async def bad():
        await Bad()

    try:
        await asyncio.create_task(bad())
    except RuntimeError as e:
        print('RuntimeError:', clean(str(e)))

    # an awaitable object wrapped by ensure_future
    class Aw:
        def __await__(self):
            yield
            return 'awaitable result'

    print(await asyncio.ensure_future(Aw()))
    c = child(0)
    print(asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(print),
          asyncio.iscoroutine(c), asyncio.iscoroutine(child))
    c.close()


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print('RuntimeError:', e)
