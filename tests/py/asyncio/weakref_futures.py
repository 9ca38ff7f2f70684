# Weak references to native objects (futures, tasks, deques) behave as weak references
# to instances: the referent while alive, None after, callbacks run at teardown.
import asyncio
import collections
import gc
import weakref

events = []


async def job(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    r = weakref.ref(fut, lambda ref: events.append("future gone"))
    print(r() is fut, weakref.getweakrefcount(fut))
    fut.set_result(1)
    del fut
    gc.collect()
    print(r(), events)

    tasks = weakref.WeakSet()
    ts = [asyncio.ensure_future(job(i)) for i in range(3)]
    for t in ts:
        tasks.add(t)
    print(len(tasks), sorted(await asyncio.gather(*ts)))
    del t, ts
    gc.collect()
    await asyncio.sleep(0)
    print(len(tasks), list(tasks))

    d = collections.deque([1, 2])
    rd = weakref.ref(d)
    print(rd() is d, rd() == collections.deque([1, 2]))
    del d
    print(rd())

    cache = weakref.WeakValueDictionary()
    f2 = loop.create_future()
    cache["k"] = f2
    print("k" in cache)
    del f2
    gc.collect()
    print("k" in cache, len(cache))

    try:
        weakref.ref(r)
    except TypeError as e:
        print("TypeError:", e)
    try:
        weakref.ref(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
