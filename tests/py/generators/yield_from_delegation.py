# send/throw/close delegated through yield from
def inner():
    try:
        while True:
            try:
                v = yield
                print('inner got', v)
            except KeyError as e:
                print('inner handled', repr(e))
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer()
next(g)
g.send(1)
g.send('two')
g.throw(KeyError('k'))
g.send(3)
g.close()
print('closed', g.gi_frame is None)
def inner2():
    yield 1
    return 'inner2 result'
def outer2():
    x = yield from inner2()
    print('outer2 received', x)
    try:
        yield 2
    except ValueError:
        yield 'outer handled'
g2 = outer2()
print(next(g2), next(g2), g2.throw(ValueError))
def inner3():
    yield 'i3'
def outer3():
    try:
        yield from inner3()
    except ZeroDivisionError:
        yield 'outer3 caught'
g3 = outer3()
print(next(g3), g3.throw(ZeroDivisionError))
