# Legacy syntax: `async` as an attribute name after a dot (3.4-era asyncio.async) and
# `with (yield from lock):`. CPython 3.11 refuses the first; the expected output was
# recorded with the program spelled `getattr(ns, 'async')`.
import types


class Lock:
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *a):
        print('exit')

    def __iter__(self):
        yield 'waiting'
        return self


def worker(lock):
    with (yield from lock):
        print('in body')
    return 'ok'


g = worker(Lock())
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)

ns = types.SimpleNamespace()
setattr(ns, 'async', lambda c: 'scheduled ' + c)
print(ns.async('coro'))
ns.async = lambda c: 'replaced ' + c
print(ns.async('coro'))
setattr(ns, 'await', 3)
print(ns.await)
