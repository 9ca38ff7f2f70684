# List slicing, slice assignment and deletion, extended slices
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[::3], l[::-1], l[8:2:-2], l[-100:100], l[5:5])
l[2:5] = ['a', 'b']; print(l)
l[:0] = [100]; print(l)
l[len(l):] = [200, 300]; print(l)
l[1:3] = []; print(l)
l[::2] = ['E'] * len(l[::2]); print(l)
del l[::3]; print(l)
del l[1:3]; print(l)
del l[-1]; print(l)
m = [1, 2, 3]
m[1:2] = 'xyz'; print(m)
m[:] = (7, 8); print(m)
try:
    m[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del m[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    m[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
del m[10:20]; print(m)
