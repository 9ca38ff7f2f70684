# A thread wakes the event loop with call_soon_threadsafe while the loop waits.
import _thread, asyncio, time

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def worker(x):
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, x * 2)

    _thread.start_new_thread(worker, (21,))
    ticks = 0
    async def ticker():
        nonlocal ticks
        while not fut.done():
            ticks += 1
            await asyncio.sleep(0.005)
    t = asyncio.create_task(ticker())
    print(await fut, ticks > 2)
    await t

asyncio.run(main())
