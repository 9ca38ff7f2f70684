# yield from iterables and subgenerators with return value
def sub():
    yield 'a'
    yield 'b'
    return 'sub-result'
def main():
    r = yield from sub()
    print('sub returned', r)
    yield from [1, 2]
    yield from 'xy'
    yield from range(3, 5)
    yield from {'k': 1}
    yield from (i * i for i in range(3))
    return 'main-done'
g = main()
print(list(g))
def outer():
    result = yield from main()
    yield result
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
