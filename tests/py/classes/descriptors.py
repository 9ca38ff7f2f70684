# Data and non-data descriptors with __get__/__set__/__set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, value)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, type(Point.x).__name__)
try:
    p.x = 'a'
except TypeError as e:
    print(type(e).__name__, e)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class C:
    attr = NonData()
c = C()
print(c.attr)
c.__dict__['attr'] = 'from instance'
print(c.attr, C.attr)
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, t=None):
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class D:
    @Lazy
    def value(self):
        print('computing')
        return 42
d = D()
print(d.value, d.value)
