# dataclasses: generated __init__, __repr__, __eq__, ordering, defaults
from dataclasses import dataclass, field, asdict
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item('pen', 1.5)
b = Item('pen', 1.5)
print(a, a == b, a is b)
a.tags.append('x')
print(a, b.tags, asdict(a))
@dataclass(order=True, frozen=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(2, 1), V(1, 5), V(2, 0)]), V(1) < V(1, 1), hash(V(1, 2)) == hash(V(1, 2)))
try:
    V(1).major = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
