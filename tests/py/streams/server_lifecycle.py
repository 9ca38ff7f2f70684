# Server: async with, start_serving=False, serve_forever cancelled,
# wait_closed, closing the server releases the port
import asyncio

PORT = 29421


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(b'got ' + data)
    await writer.drain()
    writer.close()


async def talk(msg):
    reader, writer = await asyncio.open_connection('127.0.0.1', PORT)
    writer.write(msg)
    writer.write_eof()
    reply = await reader.read()
    writer.close()
    await writer.wait_closed()
    return reply


async def main():
    async with await asyncio.start_server(handle, '127.0.0.1', PORT) as server:
        print('in with', server.is_serving())
        print(await talk(b'one'))
    print('after with', server.is_serving(), server.sockets)

    # the port is free again: bind it anew, not serving yet
    server = await asyncio.start_server(handle, '127.0.0.1', PORT,
                                        start_serving=False)
    print('start_serving=False:', server.is_serving())
    await server.start_serving()
    print('started:', server.is_serving())
    print(await talk(b'two'))

    # serve_forever, then cancelled: the server closes itself
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    print(await talk(b'three'))
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' ')[0], 'already being awaited' in str(e))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('serve_forever cancelled')
    print('serving', server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError', 'is closed' in str(e))
    server.close()  # idempotent
    await server.wait_closed()

    # serve_forever ended by close() from elsewhere
    server = await asyncio.start_server(handle, '127.0.0.1', PORT)
    loop = asyncio.get_running_loop()
    loop.call_later(0.02, server.close)
    try:
        await server.serve_forever()
    except asyncio.CancelledError:
        print('serve_forever: CancelledError after close()')

    # wait_closed waits for the connections of a closed server
    # (as in 3.11, only when called before close())
    release = asyncio.Event()

    async def slow(reader, writer):
        await release.wait()
        writer.write(b'late')
        writer.close()

    server = await asyncio.start_server(slow, '127.0.0.1', PORT)
    reader, writer = await asyncio.open_connection('127.0.0.1', PORT)
    await asyncio.sleep(0.01)
    waiter = asyncio.create_task(server.wait_closed())
    await asyncio.sleep(0)
    server.close()
    await asyncio.sleep(0.01)
    print('wait_closed done while a connection lives:', waiter.done())
    release.set()
    print(await reader.read())
    await waiter
    print('wait_closed done')
    writer.close()


asyncio.run(main())
