# hasattr, getattr, setattr, delattr and their errors
class C:
    cls_attr = 'c'
o = C()
setattr(o, 'x', 10)
print(o.x, getattr(o, 'x'), getattr(o, 'y', 'default'), hasattr(o, 'x'), hasattr(o, 'y'))
print(getattr(o, 'cls_attr'), getattr(C, 'cls_attr'), hasattr(C, 'x'))
delattr(o, 'x')
print(hasattr(o, 'x'))
try:
    getattr(o, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
setattr(C, 'added', lambda self: 'method added')
print(o.added())
print(getattr([1, 2], 'count')(1), getattr('abc', 'upper')())
class Raises:
    @property
    def p(self): raise ValueError('inside property')
try:
    hasattr(Raises(), 'p')
except ValueError as e:
    print(type(e).__name__, e)
