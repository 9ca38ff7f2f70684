# loop.run_in_executor: the default executor (made lazily, 'asyncio'
# thread names), functools.partial, a given executor, exceptions, gather
import asyncio
import functools
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def say_after(delay, what):
    time.sleep(delay)
    return what


def where():
    return threading.current_thread().name.startswith('asyncio_')


def fail(msg):
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    print(loop._default_executor)
    fut = loop.run_in_executor(None, functools.partial(say_after, 0.01, 'Hello'))
    print(type(fut).__name__, asyncio.isfuture(fut))
    print(await fut)
    print(type(loop._default_executor).__name__,
          loop._default_executor._thread_name_prefix)
    print(await loop.run_in_executor(None, where))

    # five jobs at once, gathered in order
    t0 = time.monotonic()
    results = await asyncio.gather(
        *[loop.run_in_executor(None, say_after, 0.1, i) for i in range(5)])
    print(results)

    try:
        await loop.run_in_executor(None, fail, 'oops')
    except ValueError as e:
        print('ValueError:', e)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix='mine') as ex:
        name = await loop.run_in_executor(
            ex, lambda: threading.current_thread().name)
        print(name)
        print(await loop.run_in_executor(ex, sum, [1, 2, 3]))

    # awaiting with a timeout: the asyncio future is cancelled
    try:
        await asyncio.wait_for(
            loop.run_in_executor(None, say_after, 0.05, 'late'), 0.01)
    except asyncio.TimeoutError:
        print('timed out')

    # a coroutine function runs in the thread and returns a coroutine
    # (checked only in debug mode)
    async def coro():
        return 1
    loop.set_debug(True)
    try:
        loop.run_in_executor(None, coro)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_debug(False)
    return loop


loop = asyncio.run(main())
print(loop.is_closed(), loop._default_executor)
