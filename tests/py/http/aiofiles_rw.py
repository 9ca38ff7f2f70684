# aiofiles: open as `async with` and as `await`, read/write/readline/readlines/seek/tell,
# async iteration, binary and text modes, aiofiles.os helpers; work runs in the executor.
import asyncio
import os
import sys
import threading

try:
    import aiofiles
except ImportError:  # CPython without the third-party package: use aspic's stand-in
    sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'stdlib'))
    import aiofiles
import aiofiles.os

NAME = 'aiofiles_rw.tmp'
main_thread = threading.current_thread()


async def main():
    async with aiofiles.open(NAME, 'w') as f:
        print(type(f).__name__, f.name, f.mode, f.closed)
        n = await f.write('first line\n')
        await f.writelines(['second\n', 'third\n'])
        await f.flush()
    print(n, f.closed)

    f = await aiofiles.open(NAME, mode='r')
    print(repr(await f.readline()), await f.tell())
    print(repr(await f.read(3)), await f.readlines())
    await f.seek(0)
    print(repr(await f.read()))
    await f.close()
    print(f.closed)

    async with aiofiles.open(NAME) as f:
        lines = [line async for line in f]
    print(lines)

    async with aiofiles.open(NAME, 'ab') as f:
        print(type(f).__name__)
        await f.write(b'\x00\xffbytes\n')
    async with aiofiles.open(NAME, 'rb') as f:
        print(type(f).__name__, await f.read())


    async def one(i):
        name = '%s.%d' % (NAME, i)
        async with aiofiles.open(name, 'w') as f:
            await f.write('file %d\n' % i * (i + 1))
        async with aiofiles.open(name) as f:
            data = await f.read()
        await aiofiles.os.remove(name)
        return len(data)

    print(await asyncio.gather(*(one(i) for i in range(5))))
    print(await aiofiles.os.path.exists(NAME), await aiofiles.os.path.isfile(NAME),
          await aiofiles.os.path.getsize(NAME))
    await aiofiles.os.remove(NAME)
    print(await aiofiles.os.path.exists(NAME))
    try:
        async with aiofiles.open('no/such/dir/file') as f:
            pass
    except FileNotFoundError as e:
        print('FileNotFoundError', e.filename)

    loop = asyncio.get_running_loop()
    threads = []

    def record():
        threads.append(threading.current_thread() is main_thread)

    await loop.run_in_executor(None, record)
    print(threads)


try:
    asyncio.run(main())
finally:
    for leftover in [NAME] + ['%s.%d' % (NAME, i) for i in range(5)]:
        if os.path.exists(leftover):
            os.remove(leftover)
