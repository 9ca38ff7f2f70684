# Strings built by join and f-strings: lengths, indexing and slicing of the results with
# non-ASCII parts, str subclasses and errors.
class S(str):
    pass


parts = ["a", "é", "日本", "", "z", S("sub")]
for sep in ["", "-", "→", S("|")]:
    j = sep.join(parts)
    print(repr(j), len(j), j[3:6], j[-1], type(j).__name__)
t = tuple(parts)
print(len("".join(t)), "x".join(p for p in parts if p), len("é".join([])), repr("".join(["only"])))
one = ["é"]
print("-".join(one) is one[0])
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
for i in [5, 123456, -7]:
    w = "日本"
    f = f"{w}{i:06d}|{w:>5}|{i:x}é"
    print(f, len(f), f[2:8], f[::-1])
print(len(f"{'€' * 3}{3.14159:.3f}"), f"{S('ab')}{'ü'}"[1:])
