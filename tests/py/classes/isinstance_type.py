# isinstance/issubclass with tuples, type(), type() with three args
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, str)), isinstance(b, (int, (str, A))))
print(issubclass(B, (int, A)), issubclass(bool, (str, int)), issubclass(A, B))
print(type(b) is B, type(b) is A, type(type(b)), type(3), type('s'), type(None))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
def hello(self): return f'hi from {type(self).__name__} x={self.x}'
Dyn = type('Dyn', (A,), {'x': 5, 'hello': hello})
d = Dyn()
print(Dyn.__name__, Dyn.__bases__, d.hello(), isinstance(d, A))
print(repr(Dyn), repr(B), repr(type))
Empty = type('Empty', (), {})
print(Empty.__bases__, Empty.__mro__)
try:
    type('X', 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
