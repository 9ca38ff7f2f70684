# sys.set_asyncgen_hooks: firstiter at the first iteration, finalizer on drop.
import sys
import gc

print(sys.get_asyncgen_hooks())
old = sys.get_asyncgen_hooks()
print(old.firstiter, old.finalizer, old[0], len(old))

seen = []


def firstiter(g):
    print('firstiter', g.__name__)
    seen.append(g)


finalized = []


def finalizer(g):
    print('finalizer', g.__name__)
    finalized.append(g)


sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer)


class Pause:
    def __await__(self):
        yield


async def numbers():
    try:
        yield 1
        await Pause()
        yield 2
    finally:
        print('numbers finally')


def step(aw):
    try:
        return aw.send(None)
    except StopIteration as e:
        return ('value', e.value)


g = numbers()
print('created')
print(step(g.__anext__()))
seen.clear()
del g
gc.collect()
print('finalized', len(finalized))
ag = finalized.pop()
print(step(ag.aclose()))

# Not iterated: no hooks.
g = numbers()
del g
gc.collect()
print('finalized', len(finalized))

try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(finalizer='x')
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(1)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(foo=1)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(firstiter, None)
print(sys.get_asyncgen_hooks().firstiter is firstiter)
sys.set_asyncgen_hooks(None, None)
