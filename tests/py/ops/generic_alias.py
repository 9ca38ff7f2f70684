import types
print(list[int], dict[str, int], tuple[int, ...], type(list[int]), list[int](), dict[str, int](a=1), list[int]('ab'), tuple[()], type[int])
print(list[int] == list[int], list[int] | None, int | list[str], list[int].__origin__, list[int].__args__, dict[str, list[int]])
class MyList(list[int]):
    pass
m = MyList([1]); print(m, MyList.__bases__, isinstance(m, list))
try: isinstance([], list[int])
except TypeError as e: print(e)
print(isinstance(list[int], types.GenericAlias), types.GenericAlias)
def f(a: list[int], b: dict[str, tuple[int, str]] | None) -> set[str]: pass
print(f.__annotations__)
print(dict[str, int].fromkeys('ab', 0))
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
