# Augmented assignment on mutable vs immutable objects
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
s *= 3
print(s)
d = {'x': 1}
d['x'] += 10
d.setdefault('y', 0)
d['y'] -= 1
print(d)
lst = [[0]] * 3
lst[0] += [1]
print(lst)
t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t2)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {2}
print(st)
n = 5
n <<= 2; n |= 1; n //= 3
print(n)
