# id, type, callable, isinstance of builtin types
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), isinstance(id(a), int))
print(type(1), type(1.0), type('s'), type([]), type(()), type({}), type(set()), type(None), type(len), type(type))
print(type(1) is int, type(True) is bool, type(True) is int)
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable('x'.upper), callable(None))
print(isinstance(True, int), isinstance(1, bool), isinstance([], (list, tuple)), isinstance('a', str))
x = None
print(x is None, type(x).__name__, None.__class__.__name__)
def f(): pass
print(type(f).__name__, type(print).__name__, type(str.upper).__name__, type('a'.upper).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__, type(range(1)).__name__)
print(type(zip()).__name__, type(map(f, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(slice(1)).__name__)
