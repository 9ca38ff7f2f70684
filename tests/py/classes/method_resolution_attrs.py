# Method lookup order: instance dict, class, bases; methods replaced at runtime
class A:
    def f(self): return 'A.f'
class B(A): pass
b = B()
print(b.f())
A.f = lambda self: 'patched A.f'
print(b.f())
B.f = lambda self: 'B.f'
print(b.f())
b.f = lambda: 'instance f'
print(b.f())
del b.f
del B.f
print(b.f())
def g(self): return f'g on {type(self).__name__}'
A.g = g
print(b.g(), A.g is g, b.g.__func__ is g)
print('f' in B.__dict__, 'f' in A.__dict__)
