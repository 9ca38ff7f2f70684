# Class patterns: __match_args__, keyword sub-patterns, built-in self-matching types, errors.
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


@dataclass
class Box:
    w: int
    h: int


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x=0, y=yy):
            return f"y-axis {yy}"
        case Point():
            return "elsewhere"
        case Box(w, h) if w == h:
            return f"square {w}"
        case Box(w=w):
            return f"box width {w}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"str {s}"
        case bool(b):
            return "unreachable: bool is an int"
        case _:
            return "unknown"


for v in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Box(2, 2), Box(2, 3), 5, 2.5,
          True, "hi", None]:
    print(where(v))


class NoArgs:
    pass


for bad in ["match NoArgs():\n    case NoArgs(1): pass",
            "match Point(1, 2):\n    case Point(1, 2, 3): pass",
            "match 3:\n    case int(1, 2): pass",
            "match 3:\n    case len(): pass",
            "match Point(1, 2):\n    case Point(1, x=1, x=2): pass"]:
    try:
        exec(bad)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)


class BadArgs:
    __match_args__ = ["a"]


class BadElt:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("a",)
    a = 1


for code in ["match BadArgs():\n    case BadArgs(1): pass",
             "match BadElt():\n    case BadElt(1): pass",
             "match Dup():\n    case Dup(1, a=1): pass"]:
    try:
        exec(code)
    except TypeError as e:
        print("TypeError", e)


class Lazy:
    __match_args__ = ("missing",)


match Lazy():
    case Lazy(1):
        print("no")
    case Lazy():
        print("missing attribute means no match")
