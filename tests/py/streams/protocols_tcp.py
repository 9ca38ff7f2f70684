# create_server / create_connection with Protocol classes: callbacks,
# transports' write_eof/abort/pause_reading, write flow control
import asyncio

PORT = 29431
log = []


class ServerProto(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        log.append('server connection_made')
        print('server sees socket:', transport.get_extra_info('socket') is not None,
              transport.get_extra_info('sockname'))

    def data_received(self, data):
        log.append(f'server data {data!r}')
        self.transport.write(data[::-1])

    def eof_received(self):
        log.append('server eof_received')
        self.transport.write(b'<eof>')
        # returning a false value closes the transport

    def connection_lost(self, exc):
        log.append(f'server connection_lost {exc!r}')


class ClientProto(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.eof = done.get_loop().create_future()
        self.received = []

    def connection_made(self, transport):
        print('client connected', transport.get_extra_info('peername'),
              transport.can_write_eof(), transport.is_closing())

    def data_received(self, data):
        self.received.append(data)

    def eof_received(self):
        print('client eof_received')
        self.eof.set_result(None)
        return True  # keep the transport open (half-closed)

    def connection_lost(self, exc):
        print('client connection_lost', repr(exc))
        self.done.set_result(b''.join(self.received))


class FlowProto(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.lost = asyncio.get_running_loop().create_future()

    def pause_writing(self):
        self.events.append('pause_writing')

    def resume_writing(self):
        self.events.append('resume_writing')

    def connection_lost(self, exc):
        self.lost.set_result(exc)


class SlowReader(asyncio.Protocol):
    """Reads only when told: its transport is paused."""

    def connection_made(self, transport):
        self.transport = transport
        transport.pause_reading()
        self.n = 0
        servers_slow.append(self)

    def data_received(self, data):
        self.n += len(data)


servers_slow = []


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(ServerProto, '127.0.0.1', PORT)
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: ClientProto(done),
                                          '127.0.0.1', PORT)
    print(type(tr).__name__, isinstance(tr, asyncio.Transport), isinstance(pr, asyncio.Protocol))
    tr.write(b'hello')
    await asyncio.sleep(0.02)
    tr.writelines([b'abc', bytearray(b'def')])
    await asyncio.sleep(0.02)
    tr.write_eof()
    tr.write_eof()  # no-op
    try:
        tr.write(b'more')
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        tr.write('text')
    except TypeError as e:
        print('TypeError', e)
    await pr.eof
    print('half-closed: closing', tr.is_closing())
    tr.close()
    print('closing', tr.is_closing())
    print(await done)
    await asyncio.sleep(0.01)
    for line in log:
        print(line)
    server.close()
    await server.wait_closed()

    # flow control: the peer does not read, our buffer grows past the limit
    server = await loop.create_server(SlowReader, '127.0.0.1', PORT + 1)
    tr, pr = await loop.create_connection(FlowProto, '127.0.0.1', PORT + 1)
    tr.set_write_buffer_limits(high=10000)
    print('limits', tr.get_write_buffer_limits())
    chunk = b'x' * 100000
    for i in range(100):
        tr.write(chunk)
        if pr.events:
            break
    print('events', pr.events, tr.get_write_buffer_size() > 10000)
    await asyncio.sleep(0.01)
    slow = servers_slow[0]
    sent = 100000 * (i + 1)
    slow.transport.resume_reading()
    while slow.n < sent:
        await asyncio.sleep(0.005)
    print('events', pr.events, tr.get_write_buffer_size(), slow.n == sent)

    # abort: the connection goes at once, buffered data dropped
    tr.abort()
    print('aborted, closing', tr.is_closing(), 'lost', repr(await pr.lost))
    server.close()
    await server.wait_closed()

    # close() waits for the buffer to flush
    server = await loop.create_server(SlowReader, '127.0.0.1', PORT + 2)
    tr, pr = await loop.create_connection(FlowProto, '127.0.0.1', PORT + 2)
    await asyncio.sleep(0.01)
    tr.write(b'y' * 3000000)
    tr.close()
    print('closing', tr.is_closing(), pr.lost.done())
    slow = servers_slow[-1]
    slow.transport.resume_reading()
    print('lost', repr(await pr.lost))
    while slow.n < 3000000:
        await asyncio.sleep(0.005)
    print('all delivered', slow.n)
    server.close()
    await server.wait_closed()


asyncio.run(main())
