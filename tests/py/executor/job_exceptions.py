# exceptions raised by jobs: kept by the future, re-raised by result() and
# by map(); a failing initializer breaks the pool
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor


class MyError(Exception):
    pass


def boom(x):
    if x == 3:
        raise MyError(f'bad {x}')
    return x * 10


def raise_base():
    raise SystemExit(5)


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(boom, 3)
    exc = f.exception()
    print(type(exc).__name__, exc, f.done())
    try:
        f.result()
    except MyError as e:
        print('result raised', repr(e), e is exc)
    print(ex.submit(boom, 4).result())
    f = ex.submit(raise_base)
    print(repr(f.exception()))
    f = ex.submit(int, 'x')
    try:
        f.result()
    except ValueError as e:
        print('ValueError:', e)
    f = ex.submit(boom)  # missing argument
    print(type(f.exception()).__name__)

    results = ex.map(boom, range(6))
    got = []
    try:
        for r in results:
            got.append(r)
    except MyError as e:
        print('map raised', e, got)

    # the pool still works
    print(list(ex.map(boom, [1, 2])))


def bad_init():
    raise OSError('no init')


ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(boom, 1)
try:
    f.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(boom, 1)
except cf.thread.BrokenThreadPool as e:
    print('submit:', type(e).__name__, isinstance(e, RuntimeError))
ex.shutdown()
