# contextvars and the running event loop are per thread.
import _thread, asyncio, contextvars, time

var = contextvars.ContextVar('var', default='unset')
var.set('main value')
seen = []
done = _thread.allocate_lock()
done.acquire()

def worker():
    seen.append(var.get())
    var.set('thread value')
    seen.append(var.get())
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        seen.append(str(e))
    async def inner():
        await asyncio.sleep(0.01)
        return asyncio.get_running_loop() is not main_loop
    seen.append(asyncio.run(inner()))
    done.release()

async def main():
    global main_loop
    main_loop = asyncio.get_running_loop()
    _thread.start_new_thread(worker, ())
    await asyncio.sleep(0.05)
    print('main sees', var.get(), asyncio.get_running_loop() is main_loop)

asyncio.run(main())
done.acquire()
print(seen)
print(var.get())
