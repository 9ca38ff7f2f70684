# closing transports, servers and the loop releases every fd
import asyncio
import os


def nfds():
    return len(os.listdir('/proc/self/fd'))


class Pipe:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def close(self):
        os.close(self.fd)


async def pipes():
    loop = asyncio.get_running_loop()
    transports = []
    for i in range(5):
        r, w = os.pipe()
        rt, rp = await loop.connect_read_pipe(asyncio.Protocol, Pipe(r))
        wt, wp = await loop.connect_write_pipe(asyncio.Protocol, Pipe(w))
        wt.write(b'x' * 100000)  # more than the pipe holds: stays buffered
        transports += [rt, wt]
    for t in transports:
        t.abort() if hasattr(t, 'abort') else t.close()
    await asyncio.sleep(0.01)
    # add_reader left behind on a closed loop: nothing leaks either
    r, w = os.pipe()
    loop.add_reader(r, lambda: None)
    loop.add_writer(w, lambda: None)
    return r, w


before = nfds()
for i in range(3):
    r, w = asyncio.run(pipes())
    os.close(r)
    os.close(w)
print('fds released:', nfds() == before)

loop = asyncio.new_event_loop()
print('a new loop holds fds:', nfds() > before)
loop.close()
print('closed loop released them:', nfds() == before)
