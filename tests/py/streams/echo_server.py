# start_server + open_connection: an echo server with several concurrent
# clients, readline/readexactly/readuntil, drain, Server API
import asyncio

PORT = 29411


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    async for line in reader:
        if line == b'quit\n':
            break
        writer.write(line.upper())
        await writer.drain()
    writer.write(b'bye\n')
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(n):
    reader, writer = await asyncio.open_connection('127.0.0.1', PORT)
    assert writer.get_extra_info('peername') == ('127.0.0.1', PORT)
    out = []
    for i in range(3):
        writer.write(f'client {n} line {i}\n'.encode())
        await writer.drain()
        out.append(await reader.readline())
        await asyncio.sleep(0.001 * n)
    writer.write(b'quit\n')
    out.append(await reader.readline())
    out.append(await reader.read())
    writer.close()
    await writer.wait_closed()
    return out


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', PORT)
    print(type(server).__name__, server.is_serving(), server.get_loop() is asyncio.get_running_loop())
    socks = server.sockets
    print(len(socks), socks[0].getsockname())
    results = await asyncio.gather(*(client(n) for n in range(5)))
    for r in results:
        print(r)

    # readexactly / readuntil across the network
    async def fixed(reader, writer):
        header = await reader.readexactly(4)
        body = await reader.readuntil(b'\r\n\r\n')
        writer.write(header[::-1] + b'|' + body)
        await writer.drain()
        writer.close()

    srv2 = await asyncio.start_server(fixed, '127.0.0.1', PORT + 1)
    reader, writer = await asyncio.open_connection('127.0.0.1', PORT + 1)
    writer.write(b'ABCD')
    await asyncio.sleep(0.01)
    writer.writelines([b'key: value\r\n', b'\r\n'])
    print(await reader.read())
    print(reader.at_eof())
    writer.close()
    await writer.wait_closed()
    srv2.close()
    await srv2.wait_closed()

    server.close()
    print('serving after close', server.is_serving(), server.sockets)
    await server.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', PORT)
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', e)


asyncio.run(main())
