# Values of yield expressions: None on next(), parenthesized yields, yield in expressions
def g():
    a = yield 1
    print('a =', a)
    b = (yield 2) + 10 if True else 0
    print('b =', b)
    c = [(yield 3), (yield 4)]
    print('c =', c)
    yield
it = g()
print(next(it))
print(next(it))
print(it.send(5))
print(it.send('x'))
print(it.send('y'))
def lambda_gen():
    f = lambda: (yield 'from lambda')
    return f
print(list(lambda_gen()()))
