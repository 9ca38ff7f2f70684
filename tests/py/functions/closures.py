# Closures capturing variables and late binding
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x: x + i for i in range(3)]
print([a(10) for a in adders()])
def adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders_fixed()])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    x = 'changed'
    return middle()()
print(outer())
def make_acc(total):
    def acc(n):
        nonlocal total
        total += n
        return total
    return acc
a = make_acc(100)
print(a(10), a(-50))
print(c1.__closure__[0].cell_contents, len(a.__closure__))
print(make_counter.__closure__)
def shared():
    val = [0]
    def get(): return val[0]
    def put(v): val[0] = v
    return get, put
g, p = shared()
p(42)
print(g())
