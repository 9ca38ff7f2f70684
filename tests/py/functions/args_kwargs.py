# *args and **kwargs collection and forwarding
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], *(3,), **{'a': 1}, b=2))
def g(a, b=0, *rest, key=None, **extra):
    return f'a={a} b={b} rest={rest} key={key} extra={extra}'
print(g(1))
print(g(1, 2, 3, 4, key='k', z=26))
print(g(*range(5), **{'key': 'K', 'q': 'Q'}))
def wrapper(*a, **k):
    return g(*a, **k)
print(wrapper(9, key=1))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(101)))
args = (1, 2)
kwargs = {'c': 3}
def h(a, b, c):
    return a * 100 + b * 10 + c
print(h(*args, **kwargs), h(1, *[2], c=3), h(**{'a': 1, 'b': 2, 'c': 3}))
print(type(f()[0]).__name__, type(f()[1]).__name__)
