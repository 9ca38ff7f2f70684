# ThreadPoolExecutor: submit, map, context manager, worker names and reuse,
# max_workers checks, submit after shutdown
import concurrent.futures as cf
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


def add(a, b, *, c=0):
    return a + b + c


def name(_=None):
    return threading.current_thread().name


print(ThreadPoolExecutor.__name__, issubclass(ThreadPoolExecutor, cf.Executor))

with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(add, 1, 2, c=3)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    print(list(ex.map(square, range(6))))
    print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(square, [], timeout=1)))
    it = ex.map(square, range(3), timeout=5, chunksize=4)
    print(type(it).__name__, next(it), list(it))
    print(ex.submit(name).result() in {t.name for t in ex._threads})

# workers are made lazily and reused when idle
ex = ThreadPoolExecutor(max_workers=4, thread_name_prefix='pfx')
print(len(ex._threads), ex._max_workers)
for i in range(3):
    print(ex.submit(name).result())
    time.sleep(0.01)  # the worker is idle again
print(len(ex._threads))
ex.shutdown()
print(ex._shutdown)
try:
    ex.submit(square, 2)
except RuntimeError as e:
    print('RuntimeError:', e)
ex.shutdown()  # twice is fine

# more jobs than workers: at most max_workers threads
gate = threading.Event()


def blocked(i):
    gate.wait()
    return i


with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(blocked, i) for i in range(8)]
    print(len(ex._threads), sorted(t.name for t in ex._threads))
    gate.set()
    print([f.result() for f in fs])

# default max_workers
import os
ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
print(ex._thread_name_prefix)
ex.shutdown()

for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    ThreadPoolExecutor(2, initializer=42)
except TypeError as e:
    print('TypeError:', e)

# initializer runs in each worker
seen = []


def init(tag):
    seen.append((tag, threading.current_thread().name))


with ThreadPoolExecutor(1, thread_name_prefix='ini', initializer=init,
                        initargs=('hello',)) as ex:
    print(ex.submit(square, 7).result())
print(seen)

# the base Executor
try:
    cf.Executor().submit(square, 1)
except NotImplementedError:
    print('NotImplementedError')
with cf.Executor() as e:
    print(e.shutdown())
print(sorted(cf.__all__))
print(cf.TimeoutError is TimeoutError)
