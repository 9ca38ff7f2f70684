# Edge cases: awaiting a coroutine awaited elsewhere, re-entrant send, asend/athrow
# argument errors, anext while running, throw into finished coroutines.
import sys
class Pause:
    def __await__(self):
        yield 'tick'
async def sub():
    await Pause()
async def a1(c):
    await c
c = sub()
x = a1(c); x.send(None)
y = a1(c)
try: y.send(None)
except RuntimeError as e: print("1", e)
async def self_send():
    me.send(None)
me = self_send()
try: me.send(None)
except ValueError as e: print("2", e)
async def ag():
    try:
        yield 1
        await Pause()
        yield 2
    finally:
        print("ag finally")
g = ag()
try: g.asend()
except TypeError as e: print("3", e)
t = g.athrow(1)
try: t.send(None)
except TypeError as e: print("4", e)
g = ag()
n = g.__anext__()
try: n.send(None)
except StopIteration as e: print("5", e.value)
n2 = g.__anext__()
print("6", n2.send(None))
n3 = g.__anext__()
try: n3.send(None)
except RuntimeError as e: print("7", e)
except Exception as e: print("7x", type(e), e)
print("8", g.ag_running)
del g, n, n2, n3
print("dropped")
async def agself():
    yield 1
    await gg.__anext__()
gg = agself()
try: gg.__anext__().send(None)
except StopIteration: pass
try: gg.__anext__().send(None)
except Exception as e: print("9", type(e).__name__, e)
d = sub()
d.send(None)
d.close()
try: d.throw(ValueError)
except Exception as e: print("10", type(e).__name__, e)
def gen(): yield 1
ge = gen(); next(ge); ge.close()
try: ge.throw(ValueError("v"))
except Exception as e: print("11", type(e).__name__, e)
async def ret(): return 3
r = ret()
try: r.throw(ValueError("early"))
except Exception as e: print("12", type(e).__name__, e)
print(r.cr_frame)
