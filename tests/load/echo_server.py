# An asyncio echo server for the load test: prints its port, serves until stdin closes.
import asyncio, sys

async def handle(reader, writer):
    try:
        while True:
            data = await reader.read(4096)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    writer.close()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, backlog=2048)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.add_reader(0, lambda: done.done() or done.set_result(None))
    async with server:
        await done

asyncio.run(main())
