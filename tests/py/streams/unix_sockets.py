# start_unix_server / open_unix_connection, create_unix_server /
# create_unix_connection with a Protocol
import asyncio
import os

PATH = f'/tmp/aspic_streams_test_{os.getpid()}.sock'


async def handle(reader, writer):
    print('server sockname ok', writer.get_extra_info('sockname') == PATH)
    while line := await reader.readline():
        writer.write(b'> ' + line)
        await writer.drain()
    writer.close()


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data * 2)


class Client(asyncio.Protocol):
    def __init__(self):
        self.got = asyncio.get_running_loop().create_future()

    def data_received(self, data):
        self.got.set_result(data)


async def main():
    server = await asyncio.start_unix_server(handle, PATH)
    print('exists', os.path.exists(PATH))
    async with server:
        reader, writer = await asyncio.open_unix_connection(PATH)
        print('peer ok', writer.get_extra_info('peername') == PATH)
        writer.write(b'one\ntwo\n')
        print(await reader.readline(), await reader.readline())
        writer.write_eof()
        print(await reader.read())
        writer.close()
        await writer.wait_closed()

    # a stale socket file is replaced by a new server
    loop = asyncio.get_running_loop()
    server = await loop.create_unix_server(Echo, PATH)
    tr, pr = await loop.create_unix_connection(Client, PATH)
    tr.write(b'ab')
    print(await pr.got)
    tr.close()
    server.close()
    await server.wait_closed()
    os.remove(PATH)

    try:
        await asyncio.open_unix_connection(PATH)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    try:
        await loop.create_unix_server(Echo)
    except ValueError as e:
        print('ValueError', e)


asyncio.run(main())
