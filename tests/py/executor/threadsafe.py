# Talking to a running loop from other threads: call_soon_threadsafe,
# run_coroutine_threadsafe (a concurrent.futures.Future), wrap_future
import asyncio
import concurrent.futures
import threading
import time


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def bad():
    await asyncio.sleep(0)
    raise ValueError('bad coroutine')


async def forever():
    await asyncio.sleep(10)


async def main():
    loop = asyncio.get_running_loop()

    # call_soon_threadsafe from a thread wakes the loop up
    fut = loop.create_future()

    def setter():
        time.sleep(0.02)
        loop.call_soon_threadsafe(fut.set_result, 'from thread')
    t = threading.Thread(target=setter)
    t.start()
    print(await fut)
    t.join()

    # several callbacks, in order
    got = []
    done = loop.create_future()

    def many():
        for i in range(5):
            loop.call_soon_threadsafe(got.append, i)
        loop.call_soon_threadsafe(done.set_result, None)
    threading.Thread(target=many).start()
    await done
    print(got)

    # run_coroutine_threadsafe from a thread
    def in_thread():
        f = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
        out = [type(f).__module__, type(f).__name__, f.result(timeout=5)]
        f = asyncio.run_coroutine_threadsafe(bad(), loop)
        try:
            f.result()
        except ValueError as e:
            out.append(str(e))
        f = asyncio.run_coroutine_threadsafe(forever(), loop)
        try:
            f.result(timeout=0.02)
        except concurrent.futures.TimeoutError:
            out.append('timeout')
        out.append(f.cancel())
        time.sleep(0.02)
        out.append(f.cancelled())
        return out
    print(await loop.run_in_executor(None, in_thread))

    try:
        asyncio.run_coroutine_threadsafe(add, loop)
    except TypeError as e:
        print('TypeError:', e)

    # wrap_future
    cf = concurrent.futures.Future()
    print(asyncio.isfuture(cf), asyncio.isfuture(loop.create_future()))
    af = asyncio.wrap_future(cf)
    print(type(af).__name__, af.done())
    threading.Thread(target=lambda: cf.set_result('wrapped')).start()
    print(await af)
    same = loop.create_future()
    print(asyncio.wrap_future(same) is same)
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf, loop=loop)
    af.cancel()
    await asyncio.sleep(0)
    print(cf.cancelled())
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    cf.set_exception(KeyError('k'))
    try:
        await af
    except KeyError as e:
        print('KeyError', e)
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    cf.cancel()
    try:
        await af
    except asyncio.CancelledError:
        print('asyncio.CancelledError')
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print('AssertionError:', e)


asyncio.run(main())
