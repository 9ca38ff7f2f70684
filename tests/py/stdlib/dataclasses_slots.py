import dataclasses
@dataclasses.dataclass(slots=True)
class SL:
    x: int
    y: str = 'a'
    def total(self):
        return self.x * 2
s = SL(1)
print(s, hasattr(s, '__dict__'), SL.__slots__, s.total(), SL(1) == SL(1), SL.__qualname__, dataclasses.fields(SL)[1].default)
try:
    s.z = 1
except AttributeError as e:
    print('AttributeError')
s.x = 5
print(s, dataclasses.asdict(s), dataclasses.replace(s, y='b'))
@dataclasses.dataclass(slots=True, frozen=True)
class FS:
    a: int
f = FS(2)
print(f, hash(f) == hash(FS(2)))
try:
    f.a = 3
except dataclasses.FrozenInstanceError:
    print('frozen')
@dataclasses.dataclass(slots=True)
class Child(SL):
    z: float = 0.5
c = Child(1, 'q', 2.5)
print(c, Child.__slots__, c.total())
