# aspic-args: --virtual-time
# An uncaught KeyboardInterrupt from asyncio.run: the main task's finally blocks run first,
# then the process dies of SIGINT (exit status 130).
import asyncio, os, signal


async def child():
    try:
        await asyncio.sleep(5)
    finally:
        print("child cleanup")


async def main():
    asyncio.get_running_loop().call_later(0.1, os.kill, os.getpid(), signal.SIGINT)
    t = asyncio.create_task(child())
    try:
        await t
    finally:
        print("main cleanup", t.cancelled())


asyncio.run(main())
