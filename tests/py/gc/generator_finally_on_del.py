# An abandoned generator runs its finally block as soon as it is deleted
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally of', name)
a = g('a')
print(next(a))
print('before del')
del a
print('after del')
b = g('b')
next(b)
b = None
print('after rebinding b')
def consume():
    c = g('c')
    next(c)
    print('leaving consume')
consume()
print('after consume')
