# str.split / upper / lower fast paths (ASCII sources, one-byte separators) and
# integer formatting without grouping.
cases = ["a|b||c|", "|", "", "abc", "héllo|wörld|", "x\u2028y|z"]
for s in cases:
    print(repr(s.split("|")), repr(s.split("|", 1)), repr(s.rsplit("|", 1)), repr(s.split("||")))
ws = ["  a b\tc\n", "", "   ", "a\x1cb\x1fc d", "a\x85b c", "\u3000x y ", "one  two   three  "]
for s in ws:
    print(repr(s.split()), repr(s.split(None, 1)), repr(s.split(maxsplit=0)), repr(s.rsplit(None, 1)))
print("a,b".split(sep=","), "a,b,c".split(",", maxsplit=1))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(",", 1, 2), lambda: "a".split(x=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(S("a b").split(), type(S("a b").split()[0]).__name__)
for s in ["MiXeD 123", "ß straße", "İi", "", "ǅ"]:
    print(repr(s.upper()), repr(s.lower()), len(s.upper()), len(s.lower()))
for v in [0, 7, -7, 123456, -42, 255]:
    print(f"{v:06d}|{v:>8}|{v:<5}|{v:=+8}|{v:02x}|{v:#06X}|{v:#o}|{v:08b}|{v:,}|{v:_x}|{v:010,}|{v:^9}|")
for v in [3.14159, -0.5, 1e20, float("inf"), float("nan"), 0.0]:
    print(f"{v:.3f}|{v:010.2f}|{v:+.1e}|{v:,.2f}|{v:012}|{v:G}|")
