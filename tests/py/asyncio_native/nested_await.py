import _asyncio
from helper_loop import Loop, mask, show

loop = Loop()
F, T = _asyncio.Future, _asyncio.Task

print("-- nested coroutines")
futs = []
async def leaf(i):
    f = F(loop=loop)
    futs.append(f)
    try:
        return await f
    finally:
        print("  leaf finally", i)
async def middle(i):
    r = await leaf(i)
    return r + 1
async def top():
    a = await middle(1)
    b = await middle(2)
    return a, b
t = T(top(), loop=loop, name="top")
loop.run_once()
print(mask(repr(t)))
futs[0].set_result(10)
loop.run_once()
loop.run_once()
print(len(futs), mask(repr(t)))
futs[1].set_result(20)
print(loop.run_until_complete(t))

print("-- cancel through nesting")
futs.clear()
async def guarded():
    try:
        await middle(3)
    except BaseException as e:
        print("  top saw", type(e).__name__, e.args)
        return "handled"
t = T(guarded(), loop=loop, name="g")
loop.run_once()
t.cancel("nested")
print(futs[0].cancelled(), t.cancelling())
print(loop.run_until_complete(t), t.cancelled(), t.cancelling())

print("-- exception through nesting")
futs.clear()
t = T(top(), loop=loop, name="e")
loop.run_once()
futs[0].set_exception(OSError(5, "io"))
loop.drain()
show(t.result)
print(mask(repr(t)))
t.exception()

print("-- gather-like fan in")
futs.clear()
results = []
def on_done(fut):
    results.append(fut.result())
ts = [T(middle(i), loop=loop, name="m%d" % i) for i in range(5)]
for x in ts:
    x.add_done_callback(on_done)
loop.run_once()
for i, f in enumerate(reversed(futs)):
    f.set_result(i * 100)
loop.drain()
print(results, [x.result() for x in ts])

print("-- many switches")
def spinner(n):
    total = 0
    for i in range(n):
        total += i
        yield
    return total
ts = [T(spinner(1000 + k), loop=loop) for k in range(10)]
loop.drain(5000)
print([x.result() for x in ts])
print(sum(1 for x in _asyncio._all_tasks if not x.done()))
