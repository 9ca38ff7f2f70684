# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration('leak')
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def next_inside():
    it = iter([])
    yield next(it)
try:
    list(next_inside())
except RuntimeError as e:
    print(type(e).__name__, e)
def safe():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe()))
