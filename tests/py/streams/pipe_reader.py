# add_reader / remove_reader / add_writer on pipes
import asyncio
import os


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.set_blocking(r, False)
    got = []
    done = loop.create_future()

    def on_readable(tag):
        data = os.read(r, 100)
        got.append((tag, data))
        if data == b'' or b'end' in data:
            print('remove_reader ->', loop.remove_reader(r))
            done.set_result(None)

    print('remove_reader before add ->', loop.remove_reader(r))
    loop.add_reader(r, on_readable, 'R')
    os.write(w, b'hello')
    await asyncio.sleep(0.01)
    os.write(w, b' world')
    await asyncio.sleep(0.01)
    os.write(w, b' end')
    await done
    print(got)
    print('remove again ->', loop.remove_reader(r))

    # replacing a reader: only the new callback runs
    calls = []
    loop.add_reader(r, lambda: calls.append('old'))
    loop.add_reader(r, lambda: (calls.append('new'), os.read(r, 10)))
    os.write(w, b'x')
    await asyncio.sleep(0.01)
    loop.remove_reader(r)
    print(calls)

    # add_writer: a pipe is writable at once
    wrote = loop.create_future()

    def on_writable():
        n = os.write(w, b'via writer')
        print('remove_writer ->', loop.remove_writer(w))
        wrote.set_result(n)

    loop.add_writer(w, on_writable)
    print('wrote', await wrote)
    print(os.read(r, 100))
    print('remove_writer again ->', loop.remove_writer(w))

    # reader and writer on the same fd at once (a pipe fd is one way, so
    # use the read end twice: writer fires, reader waits for data)
    events = []
    loop.add_reader(r, lambda: (events.append('r'), os.read(r, 10)))
    loop.add_writer(w, lambda: (events.append('w'), loop.remove_writer(w)))
    await asyncio.sleep(0.01)
    os.write(w, b'z')
    await asyncio.sleep(0.01)
    loop.remove_reader(r)
    print(events)

    # EOF: the reader sees b''
    eof = loop.create_future()
    loop.add_reader(r, lambda: eof.set_result(os.read(r, 10)))
    os.close(w)
    print('eof read', await eof)
    print(loop.remove_reader(r))
    os.close(r)

    # invalid file objects
    for bad in (-1, 'x', object()):
        try:
            loop.add_reader(bad, print)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, str(e).split(' at 0x')[0])


asyncio.run(main())

# closed loop
loop = asyncio.new_event_loop()
loop.close()
r, w = os.pipe()
try:
    loop.add_reader(r, print)
except RuntimeError as e:
    print('RuntimeError', e)
print('closed loop remove_reader ->', loop.remove_reader(r))
os.close(r)
os.close(w)
