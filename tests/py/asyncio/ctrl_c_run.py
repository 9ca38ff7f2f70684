# aspic-args: --virtual-time
# Ctrl-C during asyncio.run cancels the main task, then raises KeyboardInterrupt.
import asyncio, os, signal

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, os.kill, os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("cleanup")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
