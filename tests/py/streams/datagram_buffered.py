# create_datagram_endpoint with DatagramProtocol; BufferedProtocol over TCP
import asyncio

PORT = 29471


class EchoUDP(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        print('server got', data, addr == ('127.0.0.1', PORT + 1))
        self.transport.sendto(data.upper(), addr)


class ClientUDP(asyncio.DatagramProtocol):
    def __init__(self):
        self.got = asyncio.Queue()
        self.lost = asyncio.get_running_loop().create_future()

    def datagram_received(self, data, addr):
        self.got.put_nowait((data, addr))

    def error_received(self, exc):
        print('error_received', type(exc).__name__)

    def connection_lost(self, exc):
        self.lost.set_result(exc)


class Collect(asyncio.BufferedProtocol):
    def __init__(self):
        self.buf = bytearray(8)
        self.data = bytearray()
        self.sizes = set()
        self.done = asyncio.get_running_loop().create_future()

    def get_buffer(self, sizehint):
        return self.buf

    def buffer_updated(self, nbytes):
        self.sizes.add(nbytes <= 8)
        self.data += self.buf[:nbytes]

    def eof_received(self):
        print('buffered eof_received')

    def connection_lost(self, exc):
        self.done.set_result(bytes(self.data))


class Sender(asyncio.Protocol):
    def connection_made(self, transport):
        transport.write(b'0123456789' * 10)
        transport.close()


async def main():
    loop = asyncio.get_running_loop()
    st, sp = await loop.create_datagram_endpoint(
        EchoUDP, local_addr=('127.0.0.1', PORT))
    ct, cp = await loop.create_datagram_endpoint(
        ClientUDP, local_addr=('127.0.0.1', PORT + 1),
        remote_addr=('127.0.0.1', PORT))
    print(type(ct).__name__, isinstance(ct, asyncio.DatagramTransport),
          ct.get_extra_info('peername'), ct.get_extra_info('sockname'))
    for msg in (b'one', b'two', bytearray(b'three')):
        ct.sendto(msg)
        print('client got', await cp.got.get())
    try:
        ct.sendto(b'x', ('127.0.0.1', 1))
    except ValueError as e:
        print('ValueError', e)
    try:
        ct.sendto('text')
    except TypeError as e:
        print('TypeError', e)
    ct.close()
    print('lost', await cp.lost, ct.is_closing())

    # unconnected endpoint: sendto with an address
    ut, up = await loop.create_datagram_endpoint(
        ClientUDP, local_addr=('127.0.0.1', PORT + 1))
    ut.sendto(b'four', ('127.0.0.1', PORT))
    print('unconnected got', await up.got.get())
    ut.close()
    st.close()
    await asyncio.sleep(0.01)

    try:
        await loop.create_datagram_endpoint(ClientUDP)
    except ValueError as e:
        print('ValueError', e)
    try:
        await loop.create_datagram_endpoint(ClientUDP, local_addr='x')
    except TypeError as e:
        print('TypeError', e)

    # BufferedProtocol: the transport fills the protocol's buffer
    server = await loop.create_server(Sender, '127.0.0.1', PORT + 2)
    tr, pr = await loop.create_connection(Collect, '127.0.0.1', PORT + 2)
    data = await pr.done
    print(len(data), data[:20], pr.sizes)
    server.close()
    await server.wait_closed()


asyncio.run(main())
