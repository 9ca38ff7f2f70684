# contextvars: ContextVar, Token, Context, copy_context, and tasks running
# in a copy of the context they were created in
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='default')
other = contextvars.ContextVar('other')
print(var.name, var.get(), other.get('fallback'))
try:
    other.get()
except LookupError as e:
    print('LookupError', e.args[0] is other)

tok = var.set('one')
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
tok2 = var.set('two')
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
try:
    var.reset(tok2)
except RuntimeError:
    print('RuntimeError: token used twice')
try:
    other.reset(tok)
except ValueError:
    print('ValueError: token of another var')
var.reset(tok)
print(var.get())

ctx = contextvars.copy_context()
print(var in ctx, len(ctx))
var.set('outer')
ctx2 = contextvars.copy_context()
print(var in ctx2, ctx2[var], ctx2.get(other, 'no'), list(ctx2.keys()) == [var])


def in_context(x):
    var.set(x)
    other.set(x * 2)
    return var.get(), other.get()

print(ctx2.run(in_context, 5))
print(var.get(), ctx2[var], ctx2[other], other.get('unset outside'))
print(sorted(v for v in ctx2.values() if isinstance(v, int)))
try:
    ctx2.run(lambda: ctx2.run(print))
except RuntimeError:
    print('RuntimeError: context already entered')
try:
    ctx2[42]
except TypeError:
    print('TypeError for a non-ContextVar key')
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print('TypeError:', e)

request = contextvars.ContextVar('request', default=None)


async def handle(n):
    request.set(f'req{n}')
    await asyncio.sleep(0)
    return request.get()


async def main():
    request.set('main')
    results = await asyncio.gather(handle(1), handle(2))
    print(results, request.get())

    seen = []
    ctx = contextvars.copy_context()
    ctx.run(request.set, 'in ctx')
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: seen.append(request.get()), context=ctx)
    loop.call_soon(lambda: seen.append(request.get()))
    await asyncio.sleep(0)
    print(seen)

    t = asyncio.create_task(handle(3), context=ctx)
    print(await t, ctx[request], request.get())

asyncio.run(main())
