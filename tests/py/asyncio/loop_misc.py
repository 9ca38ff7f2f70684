# Task factories, debug mode checks, get_event_loop policy behaviour
import asyncio


class MyTask(asyncio.Task):
    pass


def factory(loop, coro, **kw):
    print('factory called', type(loop).__name__, sorted(kw))
    return MyTask(coro, loop=loop, **kw)


async def work():
    await asyncio.sleep(0)
    return 'worked'


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(work(), name='made')
    print(type(t).__name__, t.get_name(), await t)
    t = loop.create_task(work())
    print(type(t).__name__, await t)
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print('TypeError:', e)

    print(loop.get_debug())
    loop.set_debug(True)
    print(loop.get_debug())
    c = work()
    for method in (loop.call_soon, loop.call_soon_threadsafe):
        try:
            method(c)
        except TypeError as e:
            print('TypeError:', e)
        try:
            method(42)
        except TypeError as e:
            print('TypeError:', e)
    try:
        loop.call_at(loop.time(), work)
    except TypeError as e:
        print('TypeError:', e)
    c.close()
    loop.set_debug(False)
    h = loop.call_soon_threadsafe(print, 'threadsafe callback')
    print(type(h).__name__)
    await asyncio.sleep(0)


asyncio.run(main(), debug=False)

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
try:
    # asyncio.run() left the policy with no loop set
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
asyncio.set_event_loop_policy(None)
policy = asyncio.get_event_loop_policy()
loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_closed())
loop.close()
asyncio.set_event_loop_policy(None)
print(asyncio.get_event_loop_policy() is policy)
try:
    asyncio.set_event_loop_policy(1)
except TypeError as e:
    print('TypeError:', e)
loop = asyncio.new_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
fut = asyncio.gather()  # bound to the policy's loop, not to `loop`
try:
    loop.run_until_complete(fut)
except ValueError as e:
    print('ValueError:', e)
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.gather()))
loop.close()
