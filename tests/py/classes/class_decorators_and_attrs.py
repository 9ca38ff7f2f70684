# Class decorators, __init_subclass__, __class__ and class-level counters
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class A: pass
@register
class B(A): pass
print(registry, A.registered, B.registered)
class Base:
    subclasses = []
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class X(Base, tag='x'): pass
class Y(Base): pass
print(Base.subclasses, X.tag, Y.tag)
class WithClassRef:
    def who(self):
        return __class__.__name__
class Sub(WithClassRef): pass
print(Sub().who())
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter): pass
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
