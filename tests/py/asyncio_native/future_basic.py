import _asyncio
from helper_loop import Loop, mask, show

loop = Loop()
Future = _asyncio.Future

print("-- states")
f = Future(loop=loop)
print(f._state, f.done(), f.cancelled(), f._result, f._exception, f._callbacks)
print(f.get_loop() is loop, f._loop is loop, f._asyncio_future_blocking, f._log_traceback)
print(f._source_traceback, f._cancel_message)
print(repr(f))
show(f.result)
show(f.exception)
f.set_result(3)
print(f._state, f.done(), f.result(), f.exception(), repr(f))
show(f.set_result, 4)
show(f.set_exception, ValueError("x"))
print(f.cancel(), f.cancelled())

print("-- exceptions")
f = Future(loop=loop)
f.set_exception(ValueError("x"))
print(repr(f), f._log_traceback)
print(repr(f.exception()), f._log_traceback)
show(f.result)
f = Future(loop=loop)
f.set_exception(KeyError)
show(f.result)
print(type(f.exception()).__name__, f.exception().args)
f = Future(loop=loop)
show(f.set_exception, StopIteration)
show(f.set_exception, StopIteration(1))
show(f.set_exception, 1)
show(f.set_exception, int)
class MyStop(StopIteration):
    pass
f2 = Future(loop=loop)
f2.set_exception(MyStop())
print(type(f2.exception()).__name__)
print(f._state)

print("-- log_traceback")
f = Future(loop=loop)
show(setattr, f, "_log_traceback", True)
f._log_traceback = False
print(f._log_traceback)
show(setattr, f, "_state", "FINISHED")
f.extra = 5
print(f.extra)
show(getattr, f, "missing")
f._asyncio_future_blocking = 1
print(f._asyncio_future_blocking)
f._asyncio_future_blocking = False
f._cancel_message = "m"
print(f._cancel_message)

print("-- cancel")
f = Future(loop=loop)
print(f.cancel("bye"), f._state, f.cancelled(), f.done(), f._cancel_message)
show(f.result)
show(f.exception)
print(f.cancel())
e = f._make_cancelled_error()
print(type(e).__name__, e.args)
f = Future(loop=loop)
f.cancel()
show(f.result)
show(f.cancel, 1, 2)
show(f.cancel, msg="k")

print("-- callbacks")
f = Future(loop=loop)
def cb1(fut):
    print("cb1", fut.result())
def cb2(fut):
    print("cb2", fut.result())
def cb3(fut):
    print("cb3")
f.add_done_callback(cb1)
f.add_done_callback(cb2)
f.add_done_callback(cb1)
f.add_done_callback(cb3)
print(len(f._callbacks), [c[0].__name__ for c in f._callbacks])
print(mask(repr(f)))
print(f.remove_done_callback(cb1))
print(f.remove_done_callback(cb1))
print(mask(repr(f)))
f.add_done_callback(cb1)
print(mask(repr(f)))
f.set_result("done")
print(f._callbacks)
print(len(loop.ready))
loop.run_once()
f.add_done_callback(cb2)
print(len(loop.ready))
loop.run_once()
show(f.add_done_callback)
show(f.add_done_callback, cb1, foo=1)
show(f.remove_done_callback)

print("-- callback reprs")
import functools
f = Future(loop=loop)
f.add_done_callback(print)
print(mask(repr(f)))
f.remove_done_callback(print)
f.add_done_callback(functools.partial(cb1))
print(mask(repr(f)))
f = Future(loop=loop)
class C:
    def m(self, fut):
        pass
f.add_done_callback(C().m)
f.add_done_callback(lambda fut: None)
print(mask(repr(f)))

print("-- result reprs")
for v in [None, 1, "s" * 40, list(range(10)), (1,), {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}, 10 ** 50, {3, 1, 2}, [[[[[[[1]]]]]]]]:
    f = Future(loop=loop)
    f.set_result(v)
    print(mask(repr(f)))
f = Future(loop=loop)
f.set_exception(RuntimeError("boom"))
print(repr(f))
f.exception()

print("-- await iterator")
f = Future(loop=loop)
it = f.__await__()
print(type(it).__name__, iter(it) is it)
print(next(it) is f, f._asyncio_future_blocking)
show(next, it)
f.set_result(7)
try:
    it.__next__()
except StopIteration as e:
    print("stop", e.value)
f = Future(loop=loop)
f.set_result((1, 2))
try:
    f.__iter__().send(None)
except StopIteration as e:
    print("stop", e.value)
it = Future(loop=loop).__await__()
show(it.throw, ValueError, 1)
show(it.throw, ValueError("v"))
show(it.throw, ValueError(1), 1)
show(it.throw, 1)
show(it.close)
show(Future(loop=loop).__await__().send, 5)

print("-- constructor errors")
show(Future, 1)
show(Future, foo=1)
show(f.set_result)
show(f.result, 1)
print(type(f).__name__, type(f).__module__, Future.__module__)

print("-- never retrieved")
f = Future(loop=loop)
f.set_exception(ValueError("lost"))
del f
import gc
gc.collect()
print("after del")
f = Future(loop=loop)
f.set_exception(ValueError("seen"))
f.exception()
del f
gc.collect()
print("after del 2")
f = Future(loop=loop)
f.set_exception(ValueError("seen"))
f._log_traceback = False
del f
gc.collect()
print("end")
