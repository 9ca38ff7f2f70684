# Dropping suspended coroutines and async generators runs their finally blocks; aclose()
# with an await in finally; values sent through an async generator await; tracebacks.
class Pause:
    def __await__(self):
        yield 'tick'
async def c1():
    try:
        await Pause()
    finally:
        print("c1 finally")
x = c1(); x.send(None); del x
print("after drop")
async def c2():
    try:
        await Pause()
    finally:
        await Pause()
y = c2(); y.send(None)
try: y.close()
except RuntimeError as e: print(e)
del y
async def ag():
    try:
        yield 1
    finally:
        await Pause()
        print("ag awaited in finally")
g = ag()
a = g.__anext__()
try: a.send(None)
except StopIteration as e: print(e.value)
cl = g.aclose()
print(cl.send(None))
try: cl.send(None)
except StopIteration: print("closed ok")
async def ag2():
    yield await Pause()
g = ag2()
n = g.__anext__()
print(n.send(None))
try: n.send(7)
except StopIteration as e: print("val", e.value)
async def nested():
    async def inner():
        yield 1
        raise ValueError("in inner")
    async for v in inner():
        print("v", v)
try:
    nested().send(None)
except ValueError as e: print("VE", e)
async def tb():
    raise KeyError("tb")
async def outer():
    await tb()
outer().send(None)
