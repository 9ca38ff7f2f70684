# The loop's exception handler: failing callbacks, exceptions never
# retrieved, tasks destroyed while pending
import asyncio
import gc
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def handler(loop, context):
    print('handler:', context['message'].replace(HERE, ''))
    for key in sorted(context):
        if key != 'message':
            print('   ', key, type(context[key]).__name__)
    exc = context.get('exception')
    if exc is not None:
        print('    exception:', repr(exc))


def bad_callback(x):
    raise ZeroDivisionError(x)


async def fails():
    raise ValueError('never retrieved')


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)

    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)

    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print('task done:', t.done())
    del t
    gc.collect()
    await asyncio.sleep(0)

    fut = loop.create_future()
    fut.set_exception(KeyError('fut'))
    del fut
    gc.collect()

    # retrieved: nothing reported
    fut = loop.create_future()
    fut.set_exception(KeyError('seen'))
    fut.exception()
    del fut
    gc.collect()

    loop.call_exception_handler({'message': 'custom message', 'extra': 1})

    def broken_handler(loop, context):
        raise RuntimeError('handler broke')

    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)

    # an exception in a done callback goes to the handler too
    fut = loop.create_future()
    fut.add_done_callback(lambda f: 1 / 0)
    fut.set_result(None)
    await asyncio.sleep(0)


asyncio.run(main())
print('end')
