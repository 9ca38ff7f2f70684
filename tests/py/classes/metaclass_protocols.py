# Metaclass __repr__/__str__/__getitem__/__iter__/__len__/__reversed__ apply to classes.
class Meta(type):
    def __repr__(cls):
        return f'<Meta {cls.__name__}>'
    def __getitem__(cls, k):
        return (cls.__name__, k)
    def __iter__(cls):
        return iter(cls.items)
    def __len__(cls):
        return len(cls.items)
    def __reversed__(cls):
        return iter(cls.items[::-1])
    @property
    def size(cls):
        return len(cls.items) * 10

class M(metaclass=Meta):
    items = [1, 2, 3]

print(M, str(M), [M], f'{M}', M[3], list(M), len(M), list(reversed(M)), M.size)

class MetaStr(type):
    def __str__(cls):
        return 'str of ' + cls.__name__
class S(metaclass=MetaStr):
    pass
print(str(S), repr(S)[:8])

# __class_getitem__ is an implicit classmethod and is inherited.
class G:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
class G2(G):
    pass
print(G[int], G2['x'], G[1, 2])

# A class with neither is not subscriptable by its metaclass's __getitem__.
class Plain:
    pass
try:
    type.__getitem__
except AttributeError as e:
    print('no type.__getitem__')

# type.__setattr__ / super().__setattr__ on classes.
class A:
    pass
type.__setattr__(A, 'x', 1)
A.y = 2
print(A.x, A.y)
try:
    type.__setattr__(int, 'x', 1)
except TypeError as e:
    print(e)
class LoggingMeta(type):
    def __call__(cls, *a):
        print('creating', cls.__name__, a)
        return super().__call__(*a)
class L(metaclass=LoggingMeta):
    def __init__(self, v):
        self.v = v
print(L(5).v)

# Descriptor protocol methods spelled out.
def f(self):
    return 'f', self
class H:
    pass
h = H()
print(f.__get__(h)() == ('f', h), f.__get__(None, H) is f)
print(classmethod(f).__get__(None, H)()[1] is H, staticmethod(len).__get__(h)('abc'))
class PP:
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        self._p = v * 2
pp = PP()
PP.p.__set__(pp, 4)
print(PP.p.__get__(pp, PP), hasattr(f, '__get__'), hasattr(PP.p, '__set__'))
try:
    property(lambda s: 1).__set__(pp, 1)
except AttributeError as e:
    print('AttributeError')
