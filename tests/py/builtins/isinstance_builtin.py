# isinstance and issubclass with builtin types and abstract base classes
from collections.abc import Iterable, Sequence, Mapping, Hashable, Callable, Iterator, Sized
vals = [[1], (1,), 'a', {'a': 1}, {1}, 1, 1.5, None, len, iter([]), range(2), b'x']
for v in vals:
    print(type(v).__name__, isinstance(v, Iterable), isinstance(v, Sequence), isinstance(v, Mapping),
          isinstance(v, Hashable), isinstance(v, Callable), isinstance(v, Iterator), isinstance(v, Sized))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(list, Hashable))
print(isinstance(1, (int, float)), isinstance(1.0, (int,)), isinstance([], ()), isinstance(3, object))
