# peers that go away: early close, reset, half-close
import asyncio
import socket
import sys

PORT = 29451


async def main():
    # the server closes after half a message: IncompleteReadError
    async def short(reader, writer):
        writer.write(b'12345')
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(short, '127.0.0.1', PORT)
    reader, writer = await asyncio.open_connection('127.0.0.1', PORT)
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial)
    print('at_eof', reader.at_eof())
    writer.close()
    await writer.wait_closed()
    reader, writer = await asyncio.open_connection('127.0.0.1', PORT)
    try:
        await reader.readuntil(b'\n')
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial)
    writer.close()
    server.close()
    await server.wait_closed()

    # the server resets the connection (SO_LINGER 0): ConnectionResetError
    async def reset(reader, writer):
        await reader.read(5)
        sock = writer.get_extra_info('socket')
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                        (1).to_bytes(4, sys.byteorder) + bytes(4))  # linger on, 0 s
        writer.transport.abort()

    server = await asyncio.start_server(reset, '127.0.0.1', PORT + 1)
    reader, writer = await asyncio.open_connection('127.0.0.1', PORT + 1)
    writer.write(b'hello')
    try:
        data = await reader.read(100)
        print('read', data)
    except ConnectionResetError as e:
        print('read: ConnectionResetError', e)
    try:
        await reader.read(100)
    except ConnectionResetError as e:
        print('read again: ConnectionResetError', e)
    try:
        await writer.drain()
    except ConnectionResetError as e:
        print('drain: ConnectionResetError', e)
    writer.write(b'dropped')  # after the connection is lost: ignored
    try:
        await writer.wait_closed()
    except ConnectionResetError as e:
        print('wait_closed: ConnectionResetError', e)
    server.close()
    await server.wait_closed()

    # writing to a peer that closed: drain() raises once the loss is seen
    closed = asyncio.Event()

    async def closer(reader, writer):
        writer.close()
        closed.set()

    server = await asyncio.start_server(closer, '127.0.0.1', PORT + 2)
    reader, writer = await asyncio.open_connection('127.0.0.1', PORT + 2)
    await closed.wait()
    await asyncio.sleep(0.01)
    errors = set()
    for i in range(50):
        try:
            writer.write(b'x' * 1000)
            await writer.drain()
        except (ConnectionResetError, BrokenPipeError) as e:
            errors.add(type(e).__name__)
            break
        await asyncio.sleep(0.001)
    print('write to closed peer:', sorted(errors) != [], writer.is_closing())
    try:
        print('reader then:', await reader.read())
    except (ConnectionResetError, BrokenPipeError):
        print('reader then: the same error')
    server.close()
    await server.wait_closed()

    # half-close: the client sends EOF, still reads the answer
    async def summer(reader, writer):
        data = await reader.read()
        writer.write(str(sum(data)).encode())
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(summer, '127.0.0.1', PORT + 3)
    reader, writer = await asyncio.open_connection('127.0.0.1', PORT + 3)
    writer.write(bytes([1, 2, 3, 4]))
    print('can_write_eof', writer.can_write_eof())
    writer.write_eof()
    print('after write_eof closing:', writer.is_closing())
    print('sum', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    # connection refused through open_connection / create_connection
    try:
        await asyncio.open_connection('127.0.0.1', PORT + 4)
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', e)
    try:
        await asyncio.get_running_loop().create_connection(
            asyncio.Protocol, '127.0.0.1', PORT + 4)
    except OSError as e:
        print(type(e).__name__, e.errno)

    # the address is in use
    server = await asyncio.start_server(summer, '127.0.0.1', PORT + 5)
    try:
        await asyncio.start_server(summer, '127.0.0.1', PORT + 5,
                                   reuse_address=False)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    server.close()
    await server.wait_closed()


asyncio.run(main())
