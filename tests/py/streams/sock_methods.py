# loop.sock_accept / sock_connect / sock_recv / sock_recv_into / sock_sendall
import asyncio
import socket

PORT = 29441


async def main():
    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsock.bind(('127.0.0.1', PORT))
    lsock.listen(5)
    lsock.setblocking(False)

    csock = socket.socket()
    csock.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(lsock))
    await loop.sock_connect(csock, ('127.0.0.1', PORT))
    conn, addr = await accept
    print('accepted', addr[0], conn.gettimeout(), csock.getpeername())

    # recv waits for the data
    recv = asyncio.ensure_future(loop.sock_recv(conn, 100))
    await asyncio.sleep(0.01)
    print('recv pending', not recv.done())
    await loop.sock_sendall(csock, b'ping')
    print(await recv)

    # sendall of more than the socket buffers hold, read concurrently
    big = bytes(range(256)) * 40000  # 10 MB
    send = asyncio.ensure_future(loop.sock_sendall(conn, big))
    got = bytearray()
    buf = bytearray(65536)
    while len(got) < len(big):
        n = await loop.sock_recv_into(csock, buf)
        got += buf[:n]
    print('sendall', await send, bytes(got) == big)

    # recv of a closed peer: b''
    conn.close()
    print('after close', await loop.sock_recv(csock, 10))
    csock.close()

    # cancelling a pending recv leaves the fd free for another one
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    t = asyncio.ensure_future(loop.sock_recv(a, 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('recv cancelled')
    b.send(b'again')
    print(await loop.sock_recv(a, 10))
    a.close()
    b.close()

    # connection refused
    lsock.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ('127.0.0.1', PORT))
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', e.errno, e)
    s.close()

    # blocking sockets are refused in debug mode
    loop.set_debug(True)
    s = socket.socket()
    for coro in (loop.sock_recv(s, 1), loop.sock_sendall(s, b'x'),
                 loop.sock_accept(s), loop.sock_connect(s, ('127.0.0.1', PORT)),
                 loop.sock_recv_into(s, bytearray(1))):
        try:
            await coro
        except ValueError as e:
            print('ValueError', e)
    s.close()
    loop.set_debug(False)


asyncio.run(main())
