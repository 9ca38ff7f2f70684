from enum import Enum, IntEnum, auto, Flag, IntFlag, StrEnum, unique
class C(Enum):
    R = 1
    G = 2
class S(str, Enum):
    A = 'a'
class I(IntEnum):
    X = 1
print(f'{C.R}', f'{S.A}', f'{I.X}', str(S.A), str(I.X), format(C.R, '>10'), repr(S.A), repr(I.X))
print(C.R in C, C.__members__)
try: C(5)
except ValueError as e: print(e)
try: C['Z']
except KeyError as e: print(repr(e))
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(P.R | P.W, repr(P.R | P.W), P(0), repr(P(0)), ~P.R, list(P), P.R in (P.R|P.W), repr(P(7)))
class IF(IntFlag):
    A = 1; B = 2
print(IF.A | IF.B, repr(IF.A | IF.B), IF.A | 4, repr(IF.A|4))
print(C.R.name, C.R.value, C.R == 1, I.X == 1, I.X + 1, hash(C.R) == hash('R'), sorted([I.X]), list(reversed(C)))
try: C.R < C.G
except TypeError as e: print(e)
print(C, repr(C), type(C), dir(C.R)[:5] if False else '', C.R.__class__, isinstance(C.R, C), C(1) is C.R)
class SE(StrEnum):
    A = auto(); B = 'bee'
print(SE.A, repr(SE.A), SE.A == 'a', SE.B.upper())
F = Enum('F', 'ONE TWO')
print(list(F), F.ONE.value, repr(F.TWO))
F2 = Enum('F2', ['A', 'B']); F3 = Enum('F3', [('X', 10), ('Y', 20)]); F4 = Enum('F4', {'Q': 'q'})
print(list(F2), list(F3), F4.Q)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
    @property
    def g(self): return self.mass / self.radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.EARTH)
class A(Enum):
    X = 1
    Y = 1
print(list(A), A.Y, A(1), A.__members__.keys())
class M(Enum):
    A = 1
    def describe(self): return self.name.lower()
    @classmethod
    def first(cls): return cls.A
print(M.A.describe(), M.first(), len(M), bool(M.A))
class Au(Enum):
    A = auto(); B = auto(); C = 10; D = auto()
print(list(Au), [m.value for m in Au])
class Co(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
print(Co(99))
print(Co.A.__hash__ is not None, {C.R: 1}[C.R], C.R is C['R'])
try:
    @unique
    class U(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
print(C._member_names_, C._value2member_map_ if False else '', type(C.__members__).__name__)
print(I.X * 2, I(1), format(I.X, '03d'), '%d' % I.X, f'{I.X:x}', int(I.X), I.X.real)
# Bad paths, caught and printed.
for bad in (lambda: C(99), lambda: C['NOPE'], lambda: I('x')):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    C.R < C.G
except TypeError as e:
    print(e)
class Color(Enum):
    RED = 'r'
    GREEN = 'g'
    def __str__(self):
        return self.name.title()
print(Color.RED, f'{Color.GREEN}', repr(Color.RED), [c.name for c in Color], Color('g'))
print(isinstance(I.X, int), I.X in [1], {I.X: 'a'}[1], C.R != C.G, C.R is not C.G)
