# StreamReader/StreamWriter over pipe transports: drain, flow control,
# pause/resume of reading, a reader that vanishes
import asyncio
import os


class Pipe:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def close(self):
        os.close(self.fd)


async def open_pipe(limit=2 ** 16):
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader = asyncio.StreamReader(limit=limit)
    rproto = asyncio.StreamReaderProtocol(reader)
    rtr, _ = await loop.connect_read_pipe(lambda: rproto, Pipe(r))
    wproto = asyncio.StreamReaderProtocol(None)
    wtr, _ = await loop.connect_write_pipe(lambda: wproto, Pipe(w))
    writer = asyncio.StreamWriter(wtr, wproto, None, loop)
    return reader, writer


async def main():
    reader, writer = await open_pipe()
    print(type(writer.transport).__name__, writer.can_write_eof(),
          writer.is_closing(), writer.get_extra_info('nope', 'default'))
    writer.write(b'hello\n')
    writer.writelines([b'wor', b'ld\n'])
    await writer.drain()
    print(await reader.readline(), await reader.readline())

    # a big write pauses the writer; drain waits until the reader catches up
    payload = bytes(range(256)) * 2000   # 512000 bytes
    writer.write(payload)
    print('buffered', writer.transport.get_write_buffer_size() > 0)
    drained = asyncio.ensure_future(writer.drain())
    await asyncio.sleep(0.01)
    print('drain done before reading:', drained.done())
    got = await reader.readexactly(len(payload))
    await drained
    print('drain done', got == payload)

    # the reader transport pauses when 2*limit is buffered, resumes on read
    reader2, writer2 = await open_pipe(limit=1000)
    writer2.write(b'z' * 5000)
    await writer2.drain()
    await asyncio.sleep(0.02)
    print('paused', reader2._paused, len(reader2._buffer) <= 2 * 1000 + 65536)
    data = await reader2.readexactly(5000)
    print('read', len(data), 'paused', reader2._paused)

    # EOF through the pipe
    writer2.write(b'tail')
    writer2.close()
    print('closing', writer2.is_closing())
    await writer2.wait_closed()
    print(await reader2.read(), reader2.at_eof())
    try:
        await writer2.drain()
    except ConnectionResetError as e:
        print('ConnectionResetError', e)

    # the reading side goes away while the writer waits in drain()
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    wproto = asyncio.StreamReaderProtocol(None)
    wtr, _ = await loop.connect_write_pipe(lambda: wproto, Pipe(w))
    writer3 = asyncio.StreamWriter(wtr, wproto, None, loop)
    writer3.write(b'q' * 300000)
    t = asyncio.ensure_future(writer3.drain())
    await asyncio.sleep(0.01)
    os.close(r)
    try:
        await t
    except BrokenPipeError as e:
        print('BrokenPipeError', repr(e))
    try:
        await writer3.wait_closed()
    except BrokenPipeError as e:
        print('wait_closed BrokenPipeError')
    try:
        await writer3.drain()
    except ConnectionResetError as e:
        print('ConnectionResetError', e)

    writer.close()
    await writer.wait_closed()
    print(await reader.read())


asyncio.run(main())
