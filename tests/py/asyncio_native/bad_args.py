import _asyncio
from helper_loop import Loop, mask, show

loop = Loop()
F, T = _asyncio.Future, _asyncio.Task

print("-- wrong self")
for name in ["result", "exception", "done", "cancelled", "get_loop", "cancel", "_make_cancelled_error", "__await__", "__repr__"]:
    show(getattr(F, name), 1)
show(T.get_name, F(loop=loop))
show(T.cancelling, 1)

print("-- module functions")
show(_asyncio._enter_task, loop)
show(_asyncio._leave_task)
show(_asyncio._enter_task, loop, 1, 2)
show(_asyncio._register_task, 1)
show(_asyncio._register_task)
show(_asyncio._unregister_task, 1)
show(_asyncio._set_running_loop)
show(_asyncio.get_running_loop, 1)

print("-- odd values")
f = F(loop=loop)
show(f.add_done_callback, 1)
print(len(f._callbacks))
class BadRepr:
    def __repr__(self):
        raise KeyError("r")
f = F(loop=loop)
f.set_result(BadRepr())
show(repr, f)
f = F(loop=loop)
f.set_result(b"bytes" * 20)
print(repr(f))
f = F(loop=loop)
f.set_result(3.5)
print(repr(f))
f = F(loop=loop)
f.set_result("é" * 40)
print(repr(f))
class L:
    def call_soon(self, *a, **k):
        raise OSError("no soon")
    def get_debug(self):
        return False
f = F(loop=L())
f.add_done_callback(print)
show(f.set_result, 1)
print(f.done())
show(f.add_done_callback, print)

print("-- task stepping a finished coroutine")
async def quick():
    return 1
c = quick()
try:
    c.send(None)
except StopIteration:
    pass
t = T(c, loop=loop, name="reused")
loop.drain()
show(t.result)

print("-- duck coroutine that raises in send")
class BadCoro:
    def send(self, v):
        raise ZeroDivisionError("send failed")
    def throw(self, *a):
        raise a[0]
    def close(self):
        pass
    def __await__(self):
        return self
t = T(BadCoro(), loop=loop, name="bad")
loop.drain()
show(t.result)
print("end")
