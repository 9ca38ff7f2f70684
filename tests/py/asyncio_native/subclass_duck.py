import _asyncio
from helper_loop import Loop, mask, show

loop = Loop()


class MyFuture(_asyncio.Future):
    def __init__(self, *, loop=None, tag="t"):
        super().__init__(loop=loop)
        self.tag = tag

    def describe(self):
        return "%s:%s" % (self.tag, self._state)


f = MyFuture(loop=loop, tag="mine")
print(f.describe(), isinstance(f, _asyncio.Future), type(f).__name__)
print(repr(f))
f.set_result(5)
print(f.describe(), f.result(), repr(f))
show(getattr, f, "nope")


class MyTask(_asyncio.Task):
    pass


async def job():
    return "job"


t = MyTask(job(), loop=loop, name="sub")
print(mask(repr(t)))
print(loop.run_until_complete(t), isinstance(t, _asyncio.Future))


class DuckFuture:
    """A Future-compatible object that is not a native future."""

    def __init__(self, loop):
        self._loop = loop
        self._asyncio_future_blocking = False
        self.cbs = []
        self.value = None
        self.done_ = False

    def get_loop(self):
        return self._loop

    def add_done_callback(self, cb, *, context=None):
        print("  duck add_done_callback", getattr(cb, "__qualname__", "?"))
        self.cbs.append(cb)

    def cancel(self, msg=None):
        print("  duck cancel", msg)
        return False

    def result(self):
        return self.value

    def done(self):
        return self.done_

    def __await__(self):
        if not self.done_:
            self._asyncio_future_blocking = True
            yield self
        return self.value

    __iter__ = __await__

    def finish(self, v):
        self.value = v
        self.done_ = True
        for cb in self.cbs:
            self._loop.call_soon(cb, self)


d = DuckFuture(loop)


async def use_duck():
    v = await d
    return v * 10


t = _asyncio.Task(use_duck(), loop=loop, name="duck")
loop.run_once()
print(d._asyncio_future_blocking, t._fut_waiter is d)
print(t.cancel("please"), t._must_cancel, t.cancelling())
d.finish(4)
loop.drain()
print(t.cancelled())
show(t.result)

print("-- done callbacks on finished futures")
f = _asyncio.Future(loop=loop)
f.set_result(1)
order = []
f.add_done_callback(lambda fut: order.append("a"))
f.add_done_callback(lambda fut: order.append("b"))
print(len(loop.ready), f._callbacks)
loop.drain()
print(order)

print("-- many callbacks repr")
f = _asyncio.Future(loop=loop)
def one(fut): pass
def two(fut): pass
def three(fut): pass
for cb in (one, two, three, one):
    f.add_done_callback(cb)
print(mask(repr(f)))
f.cancel()
print(mask(repr(f)), len(loop.ready))
loop.drain()

print("-- cancel a done task and a cancelling repr")
f = _asyncio.Future(loop=loop)
async def w():
    try:
        await f
    finally:
        print("  finally")
t = _asyncio.Task(w(), loop=loop, name="c")
loop.run_once()
f.cancel()
print(mask(repr(t)))
loop.drain()
print(t.cancel(), t.cancelled(), mask(repr(t)))

print("-- exception with result repr and long names")
t = _asyncio.Task(job(), loop=loop, name="x" * 50)
loop.drain()
print(mask(repr(t)))
f = _asyncio.Future(loop=loop)
f.set_result(ValueError("as result"))
print(repr(f))
print(repr(f.result()))

print("-- subclass never retrieved")
f = MyFuture(loop=loop)
f.set_exception(KeyError("sub"))
del f
import gc
gc.collect()
print("end")
