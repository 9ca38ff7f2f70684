# servers, connections and the loop give back every fd they took
import asyncio
import os

PORT = 29461


def nfds():
    return len(os.listdir('/proc/self/fd'))


async def handle(reader, writer):
    await reader.read(10)
    writer.write(b'ok')
    await writer.drain()
    writer.close()


async def session():
    server = await asyncio.start_server(handle, '127.0.0.1', PORT)
    async with server:
        pairs = [await asyncio.open_connection('127.0.0.1', PORT)
                 for i in range(5)]
        for reader, writer in pairs:
            writer.write(b'hi')
        for reader, writer in pairs:
            print(await reader.read(), end=' ')
            writer.close()
            await writer.wait_closed()
        print()
        # a connection left open when the server closes
        reader, writer = await asyncio.open_connection('127.0.0.1', PORT)
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.01)


before = nfds()
for i in range(3):
    asyncio.run(session())
print('fds released:', nfds() == before)
