# Line continuation with backslash, implicit in brackets, and semicolons
a = 1 + \
    2 + \
    3
print(a)
b = (1 +
     2
     + 3)
print(b)
c = [1,
     2,
     3,]
print(c)
x = 1; y = 2; z = x + y; print(z)
if x: print('inline if'); print('second')
for i in range(3): print(i, end=' ')
print()
d = {'a': 1,
     'b': 2}
print(d)
def f(p,
      q):
    return p * q
print(f(3,
        4))
while False: pass
print('done'); print('really')
