# asyncio.run, the running loop, loop state and the errors around them
import asyncio


async def answer():
    await asyncio.sleep(0)
    return 42


print(asyncio.run(answer()))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


async def nested():
    coro = answer()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    # the coroutine given to the refused run() can still be awaited
    print(await coro)
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed())
    print(asyncio.get_event_loop() is loop)
    coro = answer()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError:', e)
    return loop


loop = asyncio.run(nested())
print(loop.is_running(), loop.is_closed())
print(repr(loop).replace('_UnixSelectorEventLoop', 'Loop'))

try:
    asyncio.run(answer)
except ValueError as e:
    print('ValueError:', str(e).split(' at ')[0])

try:
    loop.call_soon(print, 'x')
except RuntimeError as e:
    print('RuntimeError:', e)
coro = answer()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
loop.close()  # closing twice is fine

loop = asyncio.new_event_loop()
print(repr(loop).replace('_UnixSelectorEventLoop', 'Loop'))
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(answer()))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'from callback')
print(loop.run_until_complete(fut))
loop.call_soon(loop.stop)
loop.run_forever()
print('stopped', loop.is_running())
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print('TypeError:', e)


async def fails():
    await asyncio.sleep(0)
    raise KeyError('boom')

try:
    asyncio.run(fails())
except KeyError as e:
    print('KeyError', e)


with asyncio.Runner() as runner:
    print(runner.run(answer()))
    print(runner.run(answer()))
    print(runner.get_loop().is_closed())
print(runner.get_loop() if False else 'closed runner')
coro = answer()
try:
    runner.run(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
