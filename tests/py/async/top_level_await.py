# compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT): module-level await makes a coroutine.
import inspect

PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class Pause:
    def __await__(self):
        v = yield 'tick'
        return v


async def double(x):
    return x * 2


async def arange(n):
    for i in range(n):
        yield i


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


ns = {'double': double, 'Pause': Pause, 'arange': arange}
src = '''
x = await double(21)
async for i in arange(3):
    print('i', i)
items = [v async for v in arange(4)]
print(x, items)
'''
code = compile(src, '<tla>', 'exec', flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(code.co_flags & 0x80))
coro = eval(code, ns)
print(inspect.iscoroutine(coro))
print(run(coro))
print(ns['x'], ns['items'])

e = compile('await double(5)', '<tla>', 'eval', flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(run(eval(e, ns)))

plain = compile('y = 1 + 1', '<tla>', 'exec', flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(plain.co_flags & 0x80), eval(plain, ns), ns['y'])

w = compile('r = await Pause()', '<tla>', 'exec', flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
c = eval(w, ns)
print(c.send(None))
try:
    c.send('sent')
except StopIteration:
    print('r =', ns['r'])

try:
    compile('await double(1)', '<tla>', 'exec')
except SyntaxError as err:
    print('SyntaxError:', err.msg)
try:
    compile('def f():\n    await double(1)\n', '<tla>', 'exec', flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
except SyntaxError as err:
    print('SyntaxError:', err.msg)

# The asyncio REPL's way: wrap the code in a function and call it to get the coroutine.
import types
single = compile('z = await double(4)', '<stdin>', 'single', flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
func = types.FunctionType(single, ns)
print(type(func).__name__, inspect.iscoroutine(c2 := func()))
print(run(c2), ns['z'])
shown = compile('await double(6)', '<stdin>', 'single', flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(run(types.FunctionType(shown, ns)()))
