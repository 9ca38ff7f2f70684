# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier and queues
import asyncio


def short(obj):
    # '<asyncio.locks.Lock object at 0x... [unlocked]>' without the address
    r = repr(obj)
    return r.split(' object at ')[0] + ' [' + r.split(' [', 1)[1]


async def main():
    lock = asyncio.Lock()
    print(short(lock), lock.locked())
    log = []

    async def user(name):
        async with lock:
            log.append(f'{name} in')
            await asyncio.sleep(0)
            log.append(f'{name} out')

    await asyncio.gather(user('a'), user('b'), user('c'))
    print(log)
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(short(lock))
    lock.release()
    await t
    print(short(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

    # a waiter cancelled in the queue does not get the lock
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    lock.release()
    await asyncio.sleep(0)
    print(w1.cancelled(), w2.done(), lock.locked())
    for _ in range(3):
        await asyncio.sleep(0)
        print(w2.done(), lock.locked())
    if lock.locked():
        lock.release()
    w2.cancel()

    ev = asyncio.Event()
    print(short(ev), ev.is_set())

    async def wait_ev(n):
        await ev.wait()
        log.append(f'ev{n}')

    log.clear()
    ts = [asyncio.create_task(wait_ev(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(short(ev))
    ev.set()
    await asyncio.gather(*ts)
    print(log, ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    print(short(cond))
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f'c{n} got {items.pop(0)}')

    log.clear()
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.extend([1, 2])
        cond.notify(2)
    await asyncio.sleep(0.001)
    async with cond:
        items.append(3)
        cond.notify_all()
    await asyncio.gather(*cs)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)

    sem = asyncio.Semaphore(2)
    print(short(sem), sem.locked())
    log.clear()

    async def limited(n):
        async with sem:
            log.append(f'+{n}')
            await asyncio.sleep(0.001)
            log.append(f'-{n}')

    await asyncio.gather(*(limited(i) for i in range(5)))
    print(log)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    print(short(bs))

    barrier = asyncio.Barrier(3)
    print(short(barrier))

    async def party(n):
        idx = await barrier.wait()
        return idx

    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))))
    print(short(barrier), barrier.parties, barrier.n_waiting, barrier.broken)

    # queues
    q = asyncio.Queue(maxsize=2)
    print(q, q.empty(), q.full(), q.qsize(), q.maxsize)
    await q.put(1)
    q.put_nowait(2)
    print(q, q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull')
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(q)
    print(await q.get(), q.get_nowait())
    await putter
    print(q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    print(q)
    for _ in range(3):
        q.task_done()
    print(q)

    done = []

    async def worker(name):
        while True:
            item = await q.get()
            done.append((name, item))
            await asyncio.sleep(0)
            q.task_done()

    workers = [asyncio.create_task(worker(n)) for n in 'AB']
    for i in range(5):
        await q.put(i)
    await q.join()
    print(done)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2]:
        pq.put_nowait((x, str(x)))
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in 'abc':
        await lq.put(x)
    got = []
    for _ in range(3):
        got.append(await lq.get())
    print(str(lq), got)

    # get() cancelled while waiting
    q = asyncio.Queue()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    q.put_nowait('x')
    print(g.cancelled(), q.qsize(), await q.get())


asyncio.run(main())
