# Decorators: plain, with arguments, stacked, functools.wraps
import functools
def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
@shout
def hello(name):
    """Say hello."""
    return f'hello {name}'
print(hello('world'), hello.__name__, hello.__doc__)
def shout2(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
@shout2
def hi(name):
    """Say hi."""
    return 'hi ' + name
print(hi('x'), hi.__name__, hi.__doc__, hi.__wrapped__('raw'))
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a):
            return [fn(*a) for _ in range(times)]
        return w
    return deco
@repeat(3)
def one(x):
    return x + 1
print(one(1))
log = []
def trace(tag):
    def deco(fn):
        def w(*a):
            log.append(f'{tag} before')
            r = fn(*a)
            log.append(f'{tag} after')
            return r
        return w
    return deco
@trace('outer')
@trace('inner')
def work(v):
    log.append('work')
    return v
print(work(5), log)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
reg = {}
@register(reg)
def alpha(): return 'a'
print(list(reg), reg['alpha']())
def count_calls(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@count_calls
def noop(): pass
noop(); noop()
print(noop.calls)
