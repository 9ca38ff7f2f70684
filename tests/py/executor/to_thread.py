# asyncio.to_thread: arguments, keyword arguments, the contextvars context
# is copied into the thread, exceptions come back
import asyncio
import contextvars
import threading

request = contextvars.ContextVar('request', default='unset')


def blocking(a, b=0, *, scale=1):
    return (a + b) * scale


def read_var(tag):
    value = request.get()
    request.set('changed in thread')  # only in the copy
    return tag, value, threading.current_thread() is not threading.main_thread()


def fail():
    raise KeyError('missing')


async def handler(name):
    request.set(name)
    return await asyncio.to_thread(read_var, name)


async def main():
    print(await asyncio.to_thread(blocking, 1, 2, scale=10))
    print(await asyncio.to_thread(blocking, a=5))
    print(await asyncio.to_thread(read_var, 'top'))
    request.set('main')
    print(await asyncio.to_thread(read_var, 'again'), request.get())
    print(await asyncio.gather(handler('one'), handler('two'), handler('three')))
    print(request.get())
    try:
        await asyncio.to_thread(fail)
    except KeyError as e:
        print('KeyError', e)
    print('to_thread' in asyncio.__all__)


asyncio.run(main())
