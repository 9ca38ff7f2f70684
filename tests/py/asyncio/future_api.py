# asyncio.Future: states, results, callbacks, cancellation and reprs
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut, fut.done(), fut.cancelled(), fut.get_loop() is loop)
    for meth in (fut.result, fut.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)

    calls = []
    fut.add_done_callback(lambda f: calls.append(('a', f.result())))
    cb = lambda f: calls.append(('b', f.result()))
    fut.add_done_callback(cb)
    fut.add_done_callback(cb)
    print(fut.remove_done_callback(cb))
    fut.set_result(3)
    print(fut, calls)
    await asyncio.sleep(0)
    print(calls)
    # a callback added to a done future is scheduled at once
    fut.add_done_callback(lambda f: calls.append('late'))
    print(calls)
    await asyncio.sleep(0)
    print(calls)
    try:
        fut.set_result(4)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(await fut, fut.exception())

    fut = loop.create_future()
    fut.set_exception(ValueError('bad'))
    print(fut)
    print(repr(fut.exception()))
    try:
        await fut
    except ValueError as e:
        print('raised', repr(e))

    fut = loop.create_future()
    fut.set_exception(KeyError)
    print(repr(fut.exception()))

    fut = loop.create_future()
    try:
        fut.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError:', e)

    fut = loop.create_future()
    print(fut.cancel('stop it'), fut.cancel(), fut, fut.cancelled(), fut.done())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    try:
        fut.exception()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)

    fut = loop.create_future()
    fut.set_result('x' * 100)
    print(fut)
    fut = loop.create_future()
    fut.set_result(list(range(20)))
    print(fut)

    print(asyncio.isfuture(fut), asyncio.isfuture(1), asyncio.isfuture(asyncio.Future))
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception),
          asyncio.TimeoutError is TimeoutError)

    # awaiting a future from a task: the task resumes with its result
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, 'done later')
    print(await fut)

    # yield from a future in a generator-based coroutine
    import types

    @types.coroutine
    def legacy(f):
        return (yield from f)

    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'via yield from')
    print(await legacy(fut))


asyncio.run(main())
