# `X | Y` on classes builds types.UnionType.
import types
print(int | str, type(int | str), int | None, None | int, (int | str) | float, int | (str | bytes), int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None), isinstance(None, int | None))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str).__args__)
print(types.UnionType, isinstance(int | str, types.UnionType))
class Foo:
    pass
print(Foo | None, isinstance(Foo(), Foo | int), isinstance(3, (str, int | None)))
def f(x: int | None = None) -> str | None:
    return x
print(f.__annotations__)
for bad in (lambda: int | 5, lambda: 'a' | int, lambda: isinstance(1, 5), lambda: issubclass(int, 'x')):
    try:
        bad()
    except TypeError as e:
        print(e)
