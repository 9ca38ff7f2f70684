# Handles run their callback in their context; an entered context cannot be
# re-entered; callback exceptions go to the loop's exception handler; sleep(0).
import asyncio
import contextvars

v = contextvars.ContextVar('v', default='dflt')


def cb(tag):
    print(tag, v.get())


def setter(val):
    v.set(val)
    print('set', val, v.get())


def boom():
    raise ValueError('boom')


async def main():
    loop = asyncio.get_running_loop()
    errors = []

    def handler(lp, context):
        exc = context.get('exception')
        errors.append((context['message'].split(' ')[:3], type(exc).__name__,
                       str(exc).split(':')[0], type(context.get('handle')).__name__))

    loop.set_exception_handler(handler)
    ctx = contextvars.copy_context()
    ctx.run(v.set, 'in-ctx')
    loop.call_soon(cb, 'a', context=ctx)
    loop.call_soon(cb, 'b')
    loop.call_soon(setter, 'changed', context=ctx)
    loop.call_soon(cb, 'c', context=ctx)
    loop.call_soon(boom)
    h = loop.call_soon(cb, 'never')
    h.cancel()
    print('cancelled', h.cancelled(), h._callback, h._args)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('outer', v.get(), ctx[v])

    # a handle whose context is already entered fails and is reported
    c2 = contextvars.copy_context()
    h2 = asyncio.Handle(cb, ('x',), loop, c2)
    c2.run(h2._run)
    # a handle run by hand outside any entered context works
    h3 = asyncio.Handle(cb, ('y',), loop, ctx)
    h3._run()
    print('after', v.get())
    print(errors)

    print(await asyncio.sleep(0, 'res'), await asyncio.sleep(-1), await asyncio.sleep(0))
    t = asyncio.get_running_loop().time()
    th = loop.call_at(t + 100, cb, 'z')
    print(th.when() == t + 100, th.cancelled())
    th.cancel()
    print(th.cancelled(), th._scheduled)


asyncio.run(main())
