# Generators capture enclosing variables and keep local state across pauses
def make(prefix):
    count = 0
    def gen(items):
        nonlocal count
        for it in items:
            count += 1
            yield f'{prefix}{count}:{it}'
    return gen, lambda: count
gen, get = make('#')
g1 = gen('ab')
g2 = gen('xyz')
print(next(g1), next(g2), next(g1), next(g2))
print(get())
print(list(g2), get())
def fib_pairs():
    a, b = 0, 1
    while True:
        yield a, b
        a, b = b, a + b
fp = fib_pairs()
print([next(fp) for _ in range(6)])
