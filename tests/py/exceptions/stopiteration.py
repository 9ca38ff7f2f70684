# StopIteration value from iterators and generators
def g():
    yield 1
    return 'result'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('value', repr(e.value), e.args)
try:
    next(iter([]))
except StopIteration as e:
    print('empty', repr(e.value), e.args)
try:
    raise StopIteration(1, 2)
except StopIteration as e:
    print(e.value, e.args)
print(next(iter([]), 'default'))
def manual():
    it = iter([10, 20])
    while True:
        try:
            v = next(it)
        except StopIteration:
            print('exhausted')
            break
        print(v)
manual()
