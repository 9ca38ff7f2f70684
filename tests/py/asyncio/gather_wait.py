# gather, wait, wait_for, as_completed, shield
import asyncio


async def job(name, delay, result=None, exc=None):
    await asyncio.sleep(delay)
    if exc is not None:
        raise exc
    return result if result is not None else name


async def main():
    print(await asyncio.gather(job('a', 0.003), job('b', 0.001), job('c', 0)))
    print(await asyncio.gather())
    coro = job('same', 0)
    fut = asyncio.ensure_future(coro)
    print(await asyncio.gather(fut, fut, job('x', 0)))

    try:
        await asyncio.gather(job('a', 0), job('b', 0, exc=ValueError('b failed')))
    except ValueError as e:
        print('gather raised', e)

    res = await asyncio.gather(job('a', 0), job('b', 0, exc=KeyError('k')),
                               return_exceptions=True)
    print(res)

    # cancelling the gather future cancels the children
    children = [asyncio.ensure_future(job(n, 1)) for n in 'xy']
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    print(g.cancel('stop'), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args, [c.cancelled() for c in children])

    # a child cancelled on its own, with return_exceptions
    c1 = asyncio.ensure_future(job('c1', 1))
    c2 = asyncio.ensure_future(job('c2', 0))
    g = asyncio.gather(c1, c2, return_exceptions=True)
    c1.cancel('bye')
    res = await g
    print(type(res[0]).__name__, res[0].args, res[1])

    # wait
    t1 = asyncio.create_task(job('fast', 0.001))
    t2 = asyncio.create_task(job('slow', 0.05))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([t2])
    print(len(done), len(pending), t2.result())

    t3 = asyncio.create_task(job('e', 0, exc=OSError('e')))
    t4 = asyncio.create_task(job('f', 0.05))
    done, pending = await asyncio.wait({t3, t4}, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    done, pending = await asyncio.wait({t4}, timeout=0.001)
    print(len(done), len(pending))
    t4.cancel()

    for bad in ([], ):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print('ValueError:', e)
    try:
        await asyncio.wait([t1], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)
    c = job('c', 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print('TypeError:', e)
    c.close()
    try:
        await asyncio.wait(t1)
    except TypeError as e:
        print('TypeError:', e)

    # wait_for
    print(await asyncio.wait_for(job('quick', 0), timeout=1))
    print(await asyncio.wait_for(job('none', 0), timeout=None))
    try:
        await asyncio.wait_for(job('slow', 1), timeout=0.001)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(job('slow', 1), timeout=0)
    except TimeoutError:
        print('TimeoutError at once')

    # as_completed: in completion order
    coros = [job('third', 0.003), job('first', 0.001), job('second', 0.002)]
    for f in asyncio.as_completed(coros):
        print('as_completed', await f)
    try:
        for f in asyncio.as_completed([job('late', 1)], timeout=0.001):
            await f
    except TimeoutError:
        print('as_completed timed out')

    # shield
    inner = asyncio.create_task(job('shielded', 0.002))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', inner.cancelled())
    print(await inner)
    print(await asyncio.shield(job('direct', 0)))


asyncio.run(main())
