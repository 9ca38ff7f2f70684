# aspic-args: --virtual-time
# The examples/async_kitchen.py program under the virtual clock.
"""A small asyncio kitchen: orders flow through a bounded queue to cooks, an async
generator streams the finished dishes, and a TaskGroup with a timeout runs it all.

Run it with `aspic examples/async_kitchen.py`, or with `aspic --virtual-time ...` to skip
the waiting (the output is the same).
"""
import asyncio
import time

MENU = {"burger": 0.3, "fries": 0.2, "soda": 0.1}


async def customer(name, dishes, orders):
    for dish in dishes:
        await orders.put((name, dish))
        print(f"{name:>5} orders {dish}")


async def cook(cook_id, orders, done):
    while True:
        name, dish = await orders.get()
        await asyncio.sleep(MENU[dish])
        await done.put(f"{dish} for {name} (cook {cook_id})")
        orders.task_done()


async def served(done, count):
    """Async generator: yields dishes as they come out of the kitchen."""
    for _ in range(count):
        yield await done.get()


async def main():
    start = time.monotonic()
    orders = asyncio.Queue(maxsize=2)
    done = asyncio.Queue()
    plan = {"Ada": ["burger", "soda"], "Bob": ["fries"], "Cy": ["soda", "fries"]}
    count = sum(len(d) for d in plan.values())
    cooks = [asyncio.create_task(cook(i, orders, done)) for i in range(2)]
    async with asyncio.timeout(5):
        async with asyncio.TaskGroup() as tg:
            for name, dishes in plan.items():
                tg.create_task(customer(name, dishes, orders))
        plates = [plate async for plate in served(done, count)]
    for c in cooks:
        c.cancel()
    results = await asyncio.gather(*cooks, return_exceptions=True)
    print(*plates, sep="\n")
    print("cooks stopped:", [type(r).__name__ for r in results])
    print(f"kitchen closed after {round(time.monotonic() - start, 1)} s")


asyncio.run(main())
