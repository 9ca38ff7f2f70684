# The order in which the loop runs callbacks, timers and tasks
import asyncio

order = []


async def worker(name, n):
    for i in range(n):
        order.append(f'{name}{i}')
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, 'soon1')
    t1 = asyncio.create_task(worker('a', 3))
    loop.call_soon(order.append, 'soon2')
    t2 = asyncio.create_task(worker('b', 2))
    order.append('main-before-await')
    await asyncio.sleep(0)
    order.append('main-after-first-sleep0')
    await t1
    await t2
    print(order)

    # timers: by deadline; call_at with equal deadlines in scheduling order
    order.clear()
    now = loop.time()
    loop.call_at(now + 0.02, order.append, 'late')
    for i in range(5):
        loop.call_at(now + 0.01, order.append, f'same{i}')
    h = loop.call_at(now + 0.01, order.append, 'cancelled')
    h.cancel()
    loop.call_later(0, order.append, 'later0')
    loop.call_soon(order.append, 'soon')
    await asyncio.sleep(0.03)
    print(order)
    print(h.cancelled(), isinstance(h, asyncio.TimerHandle), h.when() == now + 0.01)

    # a handle cancelled before it runs is skipped
    order.clear()
    h = loop.call_soon(order.append, 'never')
    loop.call_soon(order.append, 'kept')
    h.cancel()
    await asyncio.sleep(0)
    print(order, h.cancelled())

    # callbacks scheduled by a callback run in the next iteration
    order.clear()

    def first():
        order.append('first')
        loop.call_soon(order.append, 'scheduled-by-first')

    loop.call_soon(first)
    loop.call_soon(order.append, 'second')
    await asyncio.sleep(0)
    order.append('main-resumed')
    await asyncio.sleep(0)
    print(order)

    try:
        loop.call_later(None, print)
    except TypeError as e:
        print('TypeError:', e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())

# run_forever with stop() from a callback: the callbacks already in the
# queue still run in that iteration
loop = asyncio.new_event_loop()
seen = []
loop.call_soon(seen.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(seen.append, 2)
loop.run_forever()
print(seen)
loop.call_soon(seen.append, 3)
loop.call_soon(loop.stop)
loop.run_forever()
print(seen)
loop.close()
