# Sequence patterns: lists, tuples, ranges, stars, nesting; str/bytes are not sequences here.
import collections


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [1, *mid, 9]:
            return f"1..9 mid={mid}"
        case [first, *_]  if first == "skip":
            return "skipped"
        case (a, b):
            return f"pair {a} {b}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case [*init, last]:
            return f"init={init} last={last}"
        case _:
            return "not a sequence"


for v in [[], [5], (7,), [1, 2, 3, 9], ["skip", 1, 2], (1, 2), [[1, 2], [3, 4]], [1, 2, 3],
          range(3), "ab", b"xy", bytearray(b"z"), {"a": 1}, 42, collections.deque([1, 2])]:
    print(repr(v), "->", seq(v))

# Open sequence pattern at the top of a case, and a starred wildcard.
match 1, 2, 3:
    case a, *rest:
        print("open", a, rest)
match [1, 2, 3, 4]:
    case [*_, 4]:
        print("ends with 4")
match (1, (2, (3, 4))):
    case (x, (y, (z, w))):
        print("nested", x + y + z + w)
# A failed pattern binds nothing.
match [1, 2]:
    case [p, 3]:
        pass
    case _:
        pass
try:
    p
except NameError as e:
    print("NameError:", e)


class MySeq(collections.abc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


match MySeq(3):
    case [a, b, c]:
        print("abc sequence", a, b, c)
