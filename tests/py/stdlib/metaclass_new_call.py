# Metaclasses: super().__new__ in a metaclass keeps the metaclass; __call__ via super()
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('new', mcls.__name__, name, kw)
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        print('call', cls.__name__)
        return super().__call__(*a, **k)
class A(metaclass=M):
    def __init__(self, x): self.x = x
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
print(type(A).__name__, A(3).x)
class B(A, flag=1): pass
print(type(B).__name__, isinstance(B(1), A))
T = type.__new__(M, 'T', (), {})
print(type(T).__name__, T.__name__)
class Checker(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 10
    def __subclasscheck__(cls, sub):
        return sub is bool
class Big(metaclass=Checker): pass
print(isinstance(5, Big), isinstance(50, Big), issubclass(bool, Big), issubclass(int, Big), isinstance(Big(), Big))
class N:
    def __new__(cls, *args):
        print('N.__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, a):
        self.a = a
print(N(7).a)
