# Generators with early return, try/finally in loops, break from consumer
def g():
    try:
        for i in range(10):
            if i == 3:
                return 'early'
            yield i
    finally:
        print('g finally')
print(list(g()))
def h():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print('h finally')
for x in h():
    print(x)
    if x == 2:
        break
print('after break')
def counter():
    i = 0
    while True:
        i += 1
        yield i
        if i >= 3:
            return
print(list(counter()), [*counter()], tuple(counter()))
