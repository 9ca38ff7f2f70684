class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 42}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=1):
    x = injected
print(A.x)
class D:
    def __set_name__(self, owner, name): print('set_name', name)
    def __get__(self, o, t=None): return 'got'
    def __delete__(self, o): print('delete called')
class H:
    a = D(); b = D()
h = H(); del h.a; print(h.b)
class B1:
    def __init__(self): print('B1'); super().__init__()
class B2:
    def __init__(self): print('B2'); super().__init__()
class C(B1, B2):
    def __init__(self): print('C'); super(C, self).__init__()
C()
def deco(cls): cls.tag = 'd'; return cls
@deco
class E: pass
print(E.tag)
class Reg:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw); cls.registry.append(name or cls.__name__)
class R1(Reg, name='first'): pass
class R2(R1): pass
print(Reg.registry)
class M1(type):
    def __init__(cls, name, bases, ns, **kw):
        print('M1 init', name)
        super().__init__(name, bases, ns)
class A(metaclass=M1): pass
class M2(type):
    def __new__(mcls, name, bases, ns):
        print('M2 new', name)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print('M2 init', name)
class B(metaclass=M2): pass
X = M2('X', (), {})
print(type(X))
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Z(metaclass=BadPrep):
        pass
except TypeError as e:
    print('TypeError')
class NoDel:
    def __get__(self, o, t=None):
        return 1
    def __set__(self, o, v):
        pass
class HasNoDel:
    d = NoDel()
try:
    del HasNoDel().d
except AttributeError as e:
    print('AttributeError')
