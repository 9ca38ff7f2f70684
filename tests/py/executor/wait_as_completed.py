# wait() and as_completed(): return_when, timeouts, duplicates, futures
# finished from other threads
import threading
import time
from concurrent.futures import (Future, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, TimeoutError,
                                ThreadPoolExecutor)
import concurrent.futures as cf


def names(fs, labels):
    return sorted(labels[f] for f in fs)


a, b, c = Future(), Future(), Future()
labels = {a: 'a', b: 'b', c: 'c'}

# nothing done, timeout
r = wait([a, b, c], timeout=0.01)
print(type(r).__name__, names(r.done, labels), names(r.not_done, labels))
print(r._fields, cf._base.DoneAndNotDoneFutures.__name__)
r = wait([a, b], timeout=0, return_when=FIRST_COMPLETED)
print(names(r.done, labels), names(r.not_done, labels))

# already done
a.set_result(1)
r = wait([a, b, c], return_when=FIRST_COMPLETED)
print(names(r.done, labels), names(r.not_done, labels))
r = wait([a, a, a])
print(names(r.done, labels), names(r.not_done, labels))
r = wait([a, b], timeout=0, return_when=FIRST_EXCEPTION)
print(names(r.done, labels), names(r.not_done, labels))
b.set_exception(ValueError('b'))
r = wait([a, b, c], return_when=FIRST_EXCEPTION)
print(names(r.done, labels), names(r.not_done, labels))
try:
    wait([a, c], return_when='SOMETIMES')
except ValueError as e:
    print('ValueError:', e)
print(wait([]))

# finished by another thread while waiting
def later(fut, delay, value=None, exc=None):
    def run():
        time.sleep(delay)
        if exc is not None:
            fut.set_exception(exc)
        else:
            fut.set_result(value)
    t = threading.Thread(target=run)
    t.start()
    return t


d, e = Future(), Future()
labels.update({d: 'd', e: 'e'})
t = later(c, 0.02, 'c')
r = wait([c, d], return_when=FIRST_COMPLETED)
print(names(r.done, labels), names(r.not_done, labels), c.result())
t.join()
t = later(d, 0.02, exc=KeyError('d'))
r = wait([d, e], return_when=FIRST_EXCEPTION)
print(names(r.done, labels), names(r.not_done, labels), repr(d.exception()))
t.join()
t = later(e, 0.02, 'e')
r = wait([a, b, c, d, e], return_when=ALL_COMPLETED)
print(names(r.done, labels), names(r.not_done, labels))
t.join()

# cancelled futures count as done once notified
f = Future()
labels[f] = 'f'
f.cancel()
print(names(wait([f], timeout=0).done, labels))
f.set_running_or_notify_cancel()
print(names(wait([f], timeout=0).done, labels))

# as_completed
print(sorted(labels[x] for x in as_completed([a, b, a, e])))
g, h = Future(), Future()
labels.update({g: 'g', h: 'h'})
t = later(g, 0.02, 'g')
it = as_completed([a, g, h], timeout=0.15)
got = [labels[next(it)], labels[next(it)]]
print(sorted(got[:1]), got[1])
try:
    next(it)
except TimeoutError as exc:
    print('TimeoutError:', exc)
t.join()
try:
    for x in as_completed([h, Future(), a], timeout=0):
        print('yielded', labels[x])
except cf.TimeoutError as exc:
    print('TimeoutError:', exc)

# with an executor: completion order follows the work
gate1, gate2 = threading.Event(), threading.Event()


def job(name, wait_for, then):
    wait_for.wait()
    if then is not None:
        then.set()
    return name


with ThreadPoolExecutor(2) as ex:
    start = threading.Event()
    f1 = ex.submit(job, 'first', start, gate1)
    f2 = ex.submit(job, 'second', gate1, None)
    start.set()
    print([x.result() for x in as_completed([f2, f1])])
    fs = [ex.submit(pow, 2, i) for i in range(5)]
    done, not_done = wait(fs)
    print(sorted(x.result() for x in done), len(not_done))
