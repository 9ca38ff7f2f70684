# throw() and send() into finished generators
def g():
    yield 1
it = g()
list(it)
try:
    it.throw(ValueError('into finished'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    it.throw(TypeError)
except TypeError as e:
    print(type(e).__name__, repr(e))
try:
    it.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
print(it.close())
def g2():
    try:
        yield 1
    finally:
        print('g2 finally')
it2 = g2()
next(it2)
try:
    it2.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
print(it2.gi_frame is None)
