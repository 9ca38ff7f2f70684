# Basic generator iteration, next(), exhaustion, gi_frame and repr
def gen(n):
    print('start')
    for i in range(n):
        print('yielding', i)
        yield i
    print('end')
g = gen(2)
print(repr(g).startswith('<generator object gen at 0x'), type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(g.gi_frame is None, next(g, 'dflt'))
print(list(gen(3)))
print(sum(gen(4)))
def empty():
    return
    yield
print(list(empty()), gen.__name__, g.__name__, g.__qualname__)
