# StreamReader fed by hand: read/readline/readexactly/readuntil and errors
import asyncio


async def main():
    r = asyncio.StreamReader()
    print(r)
    r.feed_data(b'line one\nline two\npartial')
    print(r)
    print(await r.readline())
    print(await r.readuntil(b'two'))
    print(await r.read(3))
    print(r.at_eof())
    r.feed_eof()
    print(r, r.at_eof())
    print(await r.read())
    print(r.at_eof(), await r.read(), await r.readline())

    # readexactly
    r = asyncio.StreamReader()
    r.feed_data(b'0123456789')
    print(await r.readexactly(4), await r.readexactly(0))
    r.feed_eof()
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.partial, e.expected)
        print(isinstance(e, EOFError), e.args)
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print('ValueError', e)

    # readuntil at EOF
    r = asyncio.StreamReader()
    r.feed_data(b'no separator here')
    r.feed_eof()
    try:
        await r.readuntil(b'\r\n')
    except asyncio.IncompleteReadError as e:
        print(repr(e), e.partial, e.expected)
    try:
        await r.readuntil(b'')
    except ValueError as e:
        print('ValueError', e)

    # limits
    r = asyncio.StreamReader(limit=8)
    print(r)
    r.feed_data(b'0123456789abcdef')
    try:
        await r.readuntil(b'!')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.consumed)
    print(len(r._buffer))
    r.feed_data(b'!')
    try:
        await r.readuntil(b'!')
    except asyncio.LimitOverrunError as e:
        print(repr(e), e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print('readline ValueError', e)
    print(bytes(r._buffer))
    r.feed_data(b'short\n0123456789xyz\nok\n')
    print(await r.readline())
    try:
        await r.readline()
    except ValueError as e:
        print('readline ValueError', e)
    print(await r.readline())
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError', e)

    # async iteration over lines, data arriving later
    r = asyncio.StreamReader()
    loop = asyncio.get_running_loop()

    def feed(parts):
        if parts:
            r.feed_data(parts[0])
            loop.call_later(0.001, feed, parts[1:])
        else:
            r.feed_eof()

    feed([b'al', b'pha\nbe', b'ta\n', b'gam', b'ma'])
    async for line in r:
        print('line', line)

    # two readers at once
    r = asyncio.StreamReader()
    t = asyncio.ensure_future(r.read(5))
    await asyncio.sleep(0)
    try:
        await r.read(5)
    except RuntimeError as e:
        print('RuntimeError', e)
    r.feed_data(b'data')
    print(await t)

    # set_exception wakes the waiter, and is raised by later reads
    r = asyncio.StreamReader()
    t = asyncio.ensure_future(r.readline())
    await asyncio.sleep(0)
    r.set_exception(ConnectionResetError('gone'))
    for coro in (t, r.read(), r.readexactly(2), r.readuntil(b'x')):
        try:
            await coro
        except ConnectionResetError as e:
            print('ConnectionResetError', e)
    print(r.exception())

    # the 64 KiB default limit
    r = asyncio.StreamReader()
    r.feed_data(b'x' * 70000 + b'\n')
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    r.feed_data(b'x' * 65536 + b'\n')
    print(len(await r.readline()))

    print(asyncio.IncompleteReadError(b'ab', 5))
    print(repr(asyncio.LimitOverrunError('msg', 3)))


asyncio.run(main())
