# Coroutine objects: send, throw (both signatures), close, attributes, reprs.


def show(x):
    print(repr(x).split(' at 0x')[0] + '>')


async def f(x):
    return x * 2


async def waiter():
    try:
        r = await Suspend()
        print('resumed with', r)
    except ValueError as e:
        print('caught', repr(e))
        r = await Suspend()
        print('after catch', r)
    return 'end'


class Suspend:
    def __await__(self):
        v = yield 'suspended'
        return v


c = f(21)
show(c)
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_code.co_name)
print(c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

w = waiter()
print(w.send(None))
print(type(w.cr_await).__name__)
print(w.throw(ValueError('boom')))
try:
    w.send('hello')
except StopIteration as e:
    print('returned', e.value)

w = waiter()
w.send(None)
print(w.throw(ValueError, ValueError('two')))
w.close()
print(w.cr_frame)

w = waiter()
w.send(None)
try:
    w.throw(KeyError, 'k')
except KeyError as e:
    print('KeyError', e)


class Local:
    async def meth(self):
        return 1


m = Local().meth()
print(m.__qualname__)
show(m)
m.close()

c = f(1)
try:
    c.send(5)
except TypeError as e:
    print(e)
c.close()


async def ignore_exit():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend()

ig = ignore_exit()
ig.send(None)
try:
    ig.close()
except RuntimeError as e:
    print(e)
