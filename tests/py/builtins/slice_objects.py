# slice objects, indices(), and slicing with them
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
lst = list(range(12))
print(lst[s], lst[slice(3)], lst[slice(None, None, -3)], 'abcdef'[slice(1, -1)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    lst[slice(0, 5, 0)]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst['a':'b']
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
