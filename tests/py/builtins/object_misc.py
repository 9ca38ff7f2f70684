# object(), NotImplemented, Ellipsis, None singletons and misc builtins
o = object()
print(type(o).__name__, o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Ellipsis is ..., repr(...), bool(...), type(...).__name__)
print(NotImplemented, type(NotImplemented).__name__)
print(None.__class__, type(None)() is None)
print(bool(None), str(None), repr(None))
print(isinstance(object, type), isinstance(type, object), object.__bases__, type.__bases__)
print(all(isinstance(x, object) for x in [1, 'a', None, len, object, type]))
print(int.__name__, list.__qualname__, str.__module__ if hasattr(str, '__module__') else '')
