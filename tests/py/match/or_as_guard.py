# Or-patterns, as-patterns, guards, binding rules, and match/case as ordinary names.
def f(v):
    match v:
        case [x, 1] | [1, x]:
            return f"pair with 1, other {x}"
        case (0 | 1 | 2) as small:
            return f"small {small}"
        case {"k": a} | [a, _, _]:
            return f"a={a}"
        case str(s) | bytes(s) if len(s) > 3:
            return f"long {s!r}"
        case _:
            return "other"


for v in [[5, 1], [1, 7], 0, 2, {"k": 9}, [4, 5, 6], "long!", b"bytes", "ab", 3.5]:
    print(v, "->", f(v))

# Captures from the pattern stay bound when the guard fails.
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case _:
        print("guard failed; a, b =", a, b)

# Names in an or-pattern come out in the first alternative's order.
match [2, 3]:
    case [x, y] | (y, x, _):
        print("x, y =", x, y)
match (7, 8, 0):
    case [x, y] | (y, x, _):
        print("x, y =", x, y)

# Guard evaluated only after a match, in order.
def g(tag):
    print("guard", tag)
    return tag == "b"


match "b":
    case "a" if g("a"):
        pass
    case "b" if g("b"):
        print("matched b")

# Singletons use identity.
for v in [None, True, False, 1, 0]:
    match v:
        case None:
            print(v, "is None")
        case True:
            print(v, "is True")
        case False:
            print(v, "is False")
        case _:
            print(v, "other")

# Soft keywords.
match = [1, 2]
case = 3
print(match, case)
match[0] = 9
print(match)
def match_(x):
    return x
match (case):
    case 3:
        print("three")
print(-1 if (match := 5) else 0, match)
# Negative and complex literals.
for v in [-1, 1+2j, -3.5, 0j]:
    match v:
        case -1:
            print("minus one")
        case 1+2j:
            print("complex")
        case -3.5:
            print("negative float")
        case 0j:
            print("zero complex")
