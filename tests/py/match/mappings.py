# Mapping patterns: required keys, **rest, nested, non-dict mappings, duplicate keys.
import collections


def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle rest={rest}"
        case {1: one, **rest} if not rest:
            return f"only 1 -> {one}"
        case {}:
            return f"some mapping of {len(v)}"
        case _:
            return "no"


for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1},
          {"type": "circle", "r": 3, "c": (0, 0)}, {1: "a"}, {1: "a", 2: "b"}, {},
          collections.OrderedDict(a=1), [("type", "point")], "type"]:
    print(v, "->", m(v))

d = collections.defaultdict(list)
match d:
    case {"missing": x}:
        print("found", x)
    case _:
        print("defaultdict not grown:", dict(d))


class Codes:
    A = "a"


match {"a": 1, "b": 2}:
    case {Codes.A: val, "b": 2}:
        print("value-pattern key", val)

k = "a"
try:
    match {"a": 1}:
        case {Codes.A: 1, Codes.A: 2}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

match {"x": {"y": [1, 2]}}:
    case {"x": {"y": [_, second]}}:
        print("deep", second)
