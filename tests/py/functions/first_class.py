# Functions as values: higher-order functions, dispatch tables
def apply(fn, *args):
    return fn(*args)
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b, 'pow': pow}
for name in ['add', 'mul', 'pow']:
    print(name, apply(ops[name], 3, 4))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
funcs = [len, str.upper, sorted, reversed]
for fn in funcs[:3]:
    print(fn.__name__, fn('cab'))
print(list(funcs[3]('cab')))
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def sq(n):
    print('computing', n)
    return n * n
print(sq(4), sq(4), sq(5), sorted(sq.cache))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, '', 'a'])))
