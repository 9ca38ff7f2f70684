# Generous timing bounds: five 0.2 s jobs run concurrently (about 0.2 s, not 1 s), and
# the default executor has min(32, cpu_count + 4) workers, so one job more than that
# waits for a second round.
import asyncio, functools, os, time

def job(delay, tag):
    time.sleep(delay)
    return tag

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    tags = await asyncio.gather(*(loop.run_in_executor(None, functools.partial(job, 0.2, i)) for i in range(5)))
    took = time.monotonic() - t0
    print(tags, 'concurrent:', took < 0.6)
    workers = min(32, (os.cpu_count() or 1) + 4)
    t0 = time.monotonic()
    await asyncio.gather(*(asyncio.to_thread(job, 0.1, i) for i in range(workers + 1)))
    took = time.monotonic() - t0
    print('second round:', took >= 0.19, took < 0.6)

asyncio.run(main())
