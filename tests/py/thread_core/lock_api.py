# _thread.lock: the API, its argument errors and its repr.
import _thread

lock = _thread.allocate_lock()
print(type(lock), _thread.LockType is type(lock))
print(repr(lock).split(' at ')[0])
print(lock.acquire(), lock.locked())
print(repr(lock).split(' at ')[0])
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0))
print(lock.acquire(True, 0.01), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {'x': 1}), ((1, 2, 3), {}), (('a',), {})]:
    try:
        print(lock.acquire(*args, **kw))
        lock.release()
    except Exception as e:
        print(type(e).__name__, e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError", e)
for args in [(1, ()), (print, []), (print, (), 1)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)
print(_thread.get_ident() == _thread.get_ident(), isinstance(_thread.get_ident(), int))
print(_thread.stack_size(), _thread._count())
