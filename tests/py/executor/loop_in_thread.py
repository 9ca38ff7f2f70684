# Event loops are per thread: get_event_loop() in a thread without a loop
# fails, asyncio.run() in a thread gets the thread's own loop
import asyncio
import threading

results = {}


def no_loop():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        results['error'] = str(e)


t = threading.Thread(target=no_loop)
t.start()
t.join()
print(results['error'])


def named():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print(e)


t = threading.Thread(target=named, name='helper')
t.start()
t.join()


async def where(tag):
    await asyncio.sleep(0.01)
    loop = asyncio.get_running_loop()
    return tag, threading.current_thread().name, loop is asyncio.get_event_loop()


def run_in_thread(tag):
    results[tag] = asyncio.run(where(tag))
    # after asyncio.run the thread has no loop set
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        results[tag + ' after'] = str(e)


threads = [threading.Thread(target=run_in_thread, args=(f'job{i}',),
                            name=f'T{i}') for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in range(3):
    print(results[f'job{i}'], results[f'job{i} after'])


# a loop set explicitly in a thread
def own_loop():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(asyncio.get_event_loop() is loop)
    print(loop.run_until_complete(where('own')))
    loop.close()
    asyncio.set_event_loop(None)


t = threading.Thread(target=own_loop, name='Owner')
t.start()
t.join()

# the main thread's loop is not the threads'
main_loop = asyncio.new_event_loop()
asyncio.set_event_loop(main_loop)
seen = []
t = threading.Thread(target=lambda: seen.append(asyncio.run(where('inner'))))
t.start()
t.join()
print(seen, asyncio.get_event_loop() is main_loop)


# a thread running asyncio.run while the main thread's loop runs
async def main():
    def worker():
        return asyncio.run(where('nested'))
    t_result = []
    t = threading.Thread(target=lambda: t_result.append(worker()))
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    print(t_result)
    return asyncio.get_running_loop() is main_loop

print(main_loop.run_until_complete(main()))
main_loop.close()
