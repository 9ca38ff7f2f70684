# concurrent.futures.Future used directly: states, results, errors, reprs,
# done callbacks (exceptions in them are logged, not raised)
import concurrent.futures as cf
from concurrent.futures import Future, CancelledError, InvalidStateError


def noaddr(text):
    i = text.find(' at 0x')
    if i < 0:
        return text
    j = text.index(' ', i + 4)
    return text[:i] + ' at 0xADDR' + text[j:]


def show(obj):
    print(noaddr(repr(obj)))


f = Future()
show(f)
print(f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0)
except cf.TimeoutError as e:
    print('TimeoutError', repr(e), isinstance(e, TimeoutError))
try:
    f.exception(timeout=0.01)
except TimeoutError as e:
    print('TimeoutError', e.args)
print(f.set_running_or_notify_cancel())
show(f)
print(f.running(), f.done(), f.cancel(), f.cancelled())
f.set_result(42)
show(f)
print(f.result(), f.exception(), f.done(), f.running(), f.cancel())
for call in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        call()
    except InvalidStateError as e:
        print(type(e).__name__, noaddr(str(e)))
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError', e)

f = Future()
f.set_exception(KeyError('k'))
show(f)
print(repr(f.exception()))
try:
    f.result()
except KeyError as e:
    print('KeyError', e)

f = Future()
f.set_result(None)
show(f)
f = Future()
f.set_result([1, 2])
show(f)

# cancel
f = Future()
calls = []
f.add_done_callback(lambda fut: calls.append(('cb1', fut.cancelled())))
print(f.cancel(), f.cancel(), f.cancelled(), f.done())
show(f)
print(calls)
for meth in (f.result, f.exception):
    try:
        meth()
    except CancelledError as e:
        print('CancelledError', repr(e), isinstance(e, cf._base.Error))
print(f.set_running_or_notify_cancel())
show(f)
print(f.cancelled(), f.done())
try:
    f.set_result(1)
except InvalidStateError as e:
    print(noaddr(str(e)))

# done callbacks: in order, immediately once done; exceptions are logged
f = Future()
order = []
f.add_done_callback(lambda fut: order.append(1))


def bad(fut):
    raise ZeroDivisionError('in callback')


f.add_done_callback(bad)
f.add_done_callback(lambda fut: order.append(fut.result()))
f.set_result('r')
print(order)
f.add_done_callback(lambda fut: order.append('late'))
f.add_done_callback(bad)
print(order)

# the exceptions
print(issubclass(CancelledError, cf._base.Error), issubclass(cf._base.Error, Exception))
print(issubclass(InvalidStateError, cf._base.Error))
print(issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.TimeoutError is TimeoutError)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
try:
    cf.NoSuchThing
except AttributeError as e:
    print('AttributeError', e)
