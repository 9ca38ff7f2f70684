# connect_read_pipe / connect_write_pipe: transports and protocols over pipes
import asyncio
import os


class Pipe:
    """A minimal pipe file object: what the pipe transports need."""

    def __init__(self, fd):
        self.fd = fd
        self.closed = False

    def fileno(self):
        return self.fd

    def close(self):
        if not self.closed:
            self.closed = True
            os.close(self.fd)


class ReadProto(asyncio.Protocol):
    def __init__(self, name):
        self.name = name
        self.done = asyncio.get_running_loop().create_future()
        self.chunks = []

    def connection_made(self, transport):
        print(self.name, 'connection_made', type(transport).__name__)
        self.transport = transport

    def data_received(self, data):
        self.chunks.append(data)

    def eof_received(self):
        print(self.name, 'eof_received')

    def connection_lost(self, exc):
        print(self.name, 'connection_lost', repr(exc))
        self.done.set_result(b''.join(self.chunks))


class WriteProto(asyncio.BaseProtocol):
    def __init__(self, name):
        self.name = name
        self.done = asyncio.get_running_loop().create_future()
        self.log = []

    def connection_made(self, transport):
        print(self.name, 'connection_made', type(transport).__name__)

    def pause_writing(self):
        self.log.append('pause')

    def resume_writing(self):
        self.log.append('resume')

    def connection_lost(self, exc):
        print(self.name, 'connection_lost', repr(exc))
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()

    # read side
    r, w = os.pipe()
    rpipe = Pipe(r)
    tr, pr = await loop.connect_read_pipe(lambda: ReadProto('reader'), rpipe)
    print(tr.get_extra_info('pipe') is rpipe, tr.is_reading(), tr.is_closing())
    os.write(w, b'abc')
    await asyncio.sleep(0.01)
    tr.pause_reading()
    print('paused', tr.is_reading())
    os.write(w, b'def')
    await asyncio.sleep(0.01)
    print('while paused', pr.chunks)
    tr.resume_reading()
    await asyncio.sleep(0.01)
    print('resumed', pr.chunks)
    os.close(w)
    print('all', await pr.done, rpipe.closed)

    # closing the read transport ourselves
    r, w = os.pipe()
    rpipe = Pipe(r)
    tr, pr = await loop.connect_read_pipe(lambda: ReadProto('reader2'), rpipe)
    tr.close()
    print('closing', tr.is_closing())
    await pr.done
    print('pipe closed', rpipe.closed)
    os.close(w)

    # write side, with flow control
    r, w = os.pipe()
    wpipe = Pipe(w)
    tw, pw = await loop.connect_write_pipe(lambda: WriteProto('writer'), wpipe)
    print('limits', tw.get_write_buffer_limits(), tw.can_write_eof())
    tw.set_write_buffer_limits(high=1000)
    print('limits', tw.get_write_buffer_limits())
    try:
        tw.set_write_buffer_limits(high=1, low=2)
    except ValueError as e:
        print('ValueError', e)
    tw.write(b'small')
    print('buffered', tw.get_write_buffer_size())
    print(os.read(r, 100))
    big = b'x' * 200000
    tw.write(big)
    print('buffered > 0:', tw.get_write_buffer_size() > 0, pw.log)
    os.set_blocking(r, False)
    total = 0
    while total < len(big):
        try:
            total += len(os.read(r, 65536))
        except BlockingIOError:
            await asyncio.sleep(0.001)
    print('read', total, pw.log, tw.get_write_buffer_size())
    tw.writelines([b'a', b'b', bytearray(b'c'), memoryview(b'd')])
    print(os.read(r, 100))
    tw.close()
    print('closing', tw.is_closing())
    await pw.done
    print('pipe closed', wpipe.closed)
    os.close(r)

    # the reader goes away while data is buffered: BrokenPipeError
    r, w = os.pipe()
    tw, pw = await loop.connect_write_pipe(lambda: WriteProto('writer2'), Pipe(w))
    tw.write(b'y' * 200000)
    os.close(r)
    await pw.done
    tw.write(b'ignored')  # after the connection is lost: dropped

    # the reader goes away, nothing buffered: connection_lost(None)
    r, w = os.pipe()
    tw, pw = await loop.connect_write_pipe(lambda: WriteProto('writer3'), Pipe(w))
    os.close(r)
    await pw.done

    # abort drops the buffer
    r, w = os.pipe()
    tw, pw = await loop.connect_write_pipe(lambda: WriteProto('writer4'), Pipe(w))
    tw.write(b'z' * 200000)
    tw.abort()
    await pw.done
    print('after abort', tw.get_write_buffer_size())
    os.close(r)


asyncio.run(main())
