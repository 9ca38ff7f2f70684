# The loop's default executor: set_default_executor, shut down by
# asyncio.run() (shutdown_default_executor), not usable after that
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

executors = []


def job(x):
    time.sleep(0.02)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, job, 21))
    executors.append(loop._default_executor)
    print(executors[0]._shutdown)
    # a job still running when main() ends: asyncio.run waits for it
    loop.run_in_executor(None, job, 1).add_done_callback(
        lambda f: print('left-over job done', f.result()))
    return loop


loop = asyncio.run(main())
ex = executors[0]
print(ex._shutdown, loop._default_executor, loop._executor_shutdown_called)
print(not any(t.is_alive() for t in ex._threads))


async def custom():
    loop = asyncio.get_running_loop()
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print('TypeError:', e)
    mine = ThreadPoolExecutor(1, thread_name_prefix='custom')
    loop.set_default_executor(mine)
    print(await loop.run_in_executor(
        None, lambda: threading.current_thread().name))
    print(loop._default_executor is mine)
    executors.append(mine)
    await loop.shutdown_default_executor()
    print(mine._shutdown, loop._executor_shutdown_called)
    try:
        loop.run_in_executor(None, job, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    # an explicit executor still works
    with ThreadPoolExecutor(1) as other:
        print(await loop.run_in_executor(other, job, 5))


asyncio.run(custom())
print(executors[1]._shutdown)


# shutdown_default_executor without a default executor
async def nothing():
    loop = asyncio.get_running_loop()
    await loop.shutdown_default_executor()
    print(loop._default_executor, loop._executor_shutdown_called)
asyncio.run(nothing())

# a loop closed without shutdown_default_executor shuts it down (no wait)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(loop.run_in_executor(None, job, 4)))
ex = loop._default_executor
loop.close()
print(ex._shutdown, loop._default_executor)
