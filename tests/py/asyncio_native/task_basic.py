import _asyncio
import types
from helper_loop import Loop, mask, show

loop = Loop()
Future, Task = _asyncio.Future, _asyncio.Task


def name(e):
    return type(e).__name__


print("-- result")
async def add(a, b):
    return a + b
t = Task(add(1, 2), loop=loop)
print(t.get_name().startswith("Task-"), t.done(), len(loop.ready))
print(mask(repr(t)).replace(t.get_name(), "Task-N"))
print(loop.run_until_complete(t), t.done(), t._state)
print(mask(repr(t)).replace(t.get_name(), "Task-N"))
print(t._coro is t.get_coro(), t._fut_waiter, t._must_cancel, t._log_destroy_pending)

print("-- await future")
fut = Future(loop=loop)
async def waiter(f):
    print("  waiting")
    v = await f
    print("  got", v)
    return v * 2
t = Task(waiter(fut), loop=loop, name="w")
loop.run_once()
print(t._fut_waiter is fut, fut._asyncio_future_blocking, len(fut._callbacks))
print(mask(repr(t)))
print(mask(repr(fut)))
fut.set_result(21)
print(loop.run_until_complete(t))

print("-- exceptions")
async def boom():
    raise ValueError("bad")
t = Task(boom(), loop=loop, name="boom")
loop.drain()
print(t.done(), repr(t.exception()))
print(mask(repr(t)))
show(t.result)
async def outer(f):
    try:
        await f
    except KeyError as e:
        return "caught %r" % (e,)
f = Future(loop=loop)
t = Task(outer(f), loop=loop)
loop.run_once()
f.set_exception(KeyError("k"))
print(loop.run_until_complete(t))

print("-- cancellation")
f = Future(loop=loop)
async def sleeper(f):
    try:
        await f
    except BaseException as e:
        print("  inner got", name(e), e.args)
        raise
t = Task(sleeper(f), loop=loop, name="s")
loop.run_once()
print(t.cancel("stop it"), t.cancelling(), f.cancelled(), f._cancel_message)
print(mask(repr(t)))
loop.drain()
print(t.cancelled(), t.done())
show(t.result)
show(t.result)
show(t.exception)
print(t.cancel(), t.cancelling())

print("-- cancel before start")
t = Task(add(1, 1), loop=loop, name="early")
print(t.cancel(), t.cancel("again"), t.cancelling(), t._must_cancel)
print(mask(repr(t)))
print(t.uncancel(), t.uncancel(), t.uncancel(), t.cancelling())
loop.drain()
print(t.cancelled())
show(t.result)

print("-- catch cancel and continue")
f = Future(loop=loop)
f2 = Future(loop=loop)
async def stubborn():
    try:
        await f
    except BaseException as e:
        print("  swallowed", name(e))
    print("  uncancel ->", _asyncio_task().uncancel())
    return await f2
tasks = []
def _asyncio_task():
    return _asyncio._current_tasks.get(loop)
t = Task(stubborn(), loop=loop, name="stub")
loop.run_once()
t.cancel()
loop.run_once()
loop.run_once()
print(t.done(), t.cancelling(), t._fut_waiter is f2)
f2.set_result("fine")
print(loop.run_until_complete(t))

print("-- task awaiting task")
async def inner():
    return "in"
async def outer2():
    it = Task(inner(), loop=loop, name="inner")
    r = await it
    return r + "+out"
t = Task(outer2(), loop=loop, name="outer")
print(loop.run_until_complete(t))

print("-- cancel propagates to awaited task")
f = Future(loop=loop)
async def level2():
    await f
async def level1():
    t2 = Task(level2(), loop=loop, name="l2")
    try:
        await t2
    except BaseException as e:
        print("  level1 got", name(e), e.args, t2.cancelled())
        raise
t = Task(level1(), loop=loop, name="l1")
loop.run_once()
loop.run_once()
print(mask(repr(t)))
t.cancel("deep")
loop.drain()
print(t.cancelled(), f.cancelled())
show(t.result)

print("-- coroutine raises CancelledError itself")
async def selfcancel():
    f = Future(loop=loop)
    f.cancel("own")
    await f
t = Task(selfcancel(), loop=loop, name="sc")
loop.drain()
print(t.cancelled())
show(t.result)
show(t.result)

print("-- bare yield and generator coroutines")
@types.coroutine
def bare():
    yield
    yield
    return "bare"
t = Task(bare(), loop=loop)
print(loop.run_until_complete(t))
@types.coroutine
def gen_coro(f):
    v = yield from f
    return v + 1
f = Future(loop=loop)
t = Task(gen_coro(f), loop=loop, name="gen")
loop.run_once()
print(t._fut_waiter is f, mask(repr(t)))
f.set_result(1)
print(loop.run_until_complete(t))

print("-- bad yields")
def bad(v):
    try:
        yield v
    except RuntimeError as e:
        print("  ", mask(e).replace(t.get_name(), "Task-N"))
        return "recovered"
for v in [1, "x", (i for i in [])]:
    t = Task(bad(v), loop=loop)
    print(loop.run_until_complete(t))
f = Future(loop=loop)
def use_yf():
    try:
        yield f
    except RuntimeError as e:
        print("  ", mask(e))
t = Task(use_yf(), loop=loop, name="yf")
loop.drain()
other = Loop("other")
f = Future(loop=other)
async def use_other():
    try:
        await f
    except RuntimeError as e:
        print("  ", mask(e))
t = Task(use_other(), loop=loop, name="ol")
loop.drain()
selfref = []
def use_self():
    try:
        yield selfref[0]
    except RuntimeError as e:
        print("  ", mask(e))
t = Task(use_self(), loop=loop, name="me")
selfref.append(t)
t._asyncio_future_blocking = True
loop.drain()
print(t.done())

print("-- not a coroutine")
show(Task, 1, loop=loop)
show(Task, lambda: 1, loop=loop)
async def agen():
    yield 1
show(Task, agen(), loop=loop)
show(Task, loop=loop)
c = add(1, 2)
show(Task, c, loop=loop, foo=1)
c.close()
class Duck:
    def __init__(self):
        self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration("duck done")
        return None
    def throw(self, *a):
        raise a[0]
    def close(self):
        pass
    def __await__(self):
        return self
t = Task(Duck(), loop=loop, name="duck")
print(loop.run_until_complete(t))
print(mask(repr(t)))

print("-- names and current task")
c = add(0, 0)
t = Task(c, loop=loop, name=42)
print(repr(t.get_name()))
t.set_name("renamed")
print(t.get_name(), t.get_coro() is c)
show(t.set_result, 1)
show(t.set_exception, ValueError())
seen = []
async def who():
    seen.append(_asyncio._current_tasks.get(loop))
t = Task(who(), loop=loop)
loop.drain()
print(seen[0] is t, loop in _asyncio._current_tasks)
print(t in list(_asyncio._all_tasks))

print("-- enter/leave")
class Named:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return self.n
a, b = Named("A"), Named("B")
_asyncio._enter_task(loop, a)
show(_asyncio._enter_task, loop, b)
show(_asyncio._leave_task, loop, b)
_asyncio._leave_task(loop, a)
show(_asyncio._leave_task, loop, a)
print(loop in _asyncio._current_tasks)

print("-- running loop")
show(_asyncio.get_running_loop)
print(_asyncio._get_running_loop())
_asyncio._set_running_loop(loop)
print(_asyncio.get_running_loop() is loop, _asyncio.get_event_loop() is loop)
f = Future()
print(f.get_loop() is loop)
_asyncio._set_running_loop(None)
print(_asyncio._get_running_loop())

print("-- never retrieved")
t = Task(boom(), loop=loop, name="lost")
loop.drain()
del t
import gc
gc.collect()
print("after del")
t = Task(boom(), loop=loop, name="seen")
loop.drain()
t.exception()
del t
gc.collect()
print("end")
