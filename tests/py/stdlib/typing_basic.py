from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, NamedTuple, TypedDict, Iterable, Iterator, cast, Protocol, Literal, Set, Sequence
import typing
T = TypeVar('T')
def f(x: List[int], y: Optional[str] = None) -> Dict[str, Any]: return {'x': x, 'y': y}
print(f([1]), List[int], Dict[str, int], Optional[int], Union[int, str], Union[int], Tuple[int, ...], Callable[[int], str], T, Any, Literal['a', 1])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box(3).v, Box[int](4).v, Box.__name__)
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = Pt(1); print(p, p.norm(), p._fields, Pt(2, 3) == (2, 3), isinstance(p, tuple))
P2 = NamedTuple('P2', [('a', int), ('b', str)]); print(P2(1, 'x'))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); print(m, type(m), Movie.__annotations__)
print(cast(int, 'a'), isinstance([], List), isinstance({}, typing.Mapping), typing.get_type_hints(f))
class Closer(Protocol):
    def close(self) -> None: ...
print(List[int] == List[int], Optional[int] == Union[int, None], typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
def g(it: Iterable[int]) -> Iterator[int]: yield from it
print(list(g([1, 2])), Sequence[int], Set[str])
import bisect
a = [1, 3, 5]; bisect.insort(a, 4); print(a, bisect.bisect_left(a, 3), bisect.bisect(a, 3), bisect.bisect_right([1, 2], 5, key=lambda v: v))
for bad in (lambda: isinstance(1, List[int]), lambda: Any(), lambda: isinstance(1, Any)):
    try:
        bad()
    except TypeError as e:
        print('TypeError')
print(Optional[List[int]], Union[int, Union[str, int]], Optional[Optional[int]], int | List[int] if False else '')
