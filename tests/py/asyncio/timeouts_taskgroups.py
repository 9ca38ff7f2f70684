# asyncio.timeout / timeout_at and TaskGroup
import asyncio


async def work(name, delay, exc=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'{name} cancelled')
        raise
    if exc is not None:
        raise exc
    print(f'{name} done')
    return name


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        await work('fast', 0)
    print(cm.expired(), repr(cm))

    try:
        async with asyncio.timeout(0.001) as cm:
            await work('slow', 1)
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__, cm.expired(), repr(cm))
    print(asyncio.current_task().cancelling())

    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        cm.reschedule(loop.time() + 1)
        print(cm.when() > loop.time())
        await work('rescheduled', 0)

    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await work('past deadline', 1)
    except TimeoutError:
        print('TimeoutError for a past deadline')

    cm = asyncio.timeout(1)
    print(repr(cm))
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with cm:
        pass
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

    # nested: only the timeout that expired converts the cancellation
    try:
        async with asyncio.timeout(0.002):
            try:
                async with asyncio.timeout(1):
                    await work('nested', 1)
            except TimeoutError:
                print('inner timeout must not fire')
    except TimeoutError:
        print('outer TimeoutError')

    # TaskGroup
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work('g1', 0.002))
        t2 = tg.create_task(work('g2', 0.001), name='second')
        print(repr(tg).replace(' tasks=2', ' tasks=N'))
    print(t1.result(), t2.result(), t2.get_name(), repr(tg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('ok', 0.001))
            tg.create_task(work('bad', 0, exc=ValueError('v')))
            tg.create_task(work('bad2', 0, exc=KeyError('k')))
    except* ValueError as eg:
        print('ValueError group:', [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('KeyError group:', [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('child', 1))
            raise RuntimeError('body failed')
    except ExceptionGroup as eg:
        print(eg, [repr(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    c = work('x', 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    async with tg:
        pass
    c = work('x', 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()

    # the parent cancelled from outside while in the group
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('p-child', 1))
            await asyncio.sleep(1)

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.001)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled', p.cancelled())


asyncio.run(main())
