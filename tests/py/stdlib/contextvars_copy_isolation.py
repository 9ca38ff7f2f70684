# Context copies share their mapping until a variable is set; every later set or reset in
# one context must stay invisible to the others.
import contextvars

v = contextvars.ContextVar("v", default="dflt")
w = contextvars.ContextVar("w")

base = contextvars.copy_context()
tok = v.set(1)
after_set = contextvars.copy_context()
print(base.get(v, "missing"), after_set[v], v.get())


def inside(label):
    v.set(label)
    w.set(label * 2)
    return v.get(), w.get()


c1 = contextvars.copy_context()
c2 = c1.copy()
print(c1.run(inside, "a"), c2.run(inside, "b"))
print(c1[v], c1[w], c2[v], c2[w])
print(v.get(), w.get("no w here"))
print(sorted((k.name, val) for k, val in c1.items()), len(c2), w in c1, w in base)

c3 = c1.copy()
c1.run(v.set, "changed in c1")
print(c1[v], c3[v])

v.reset(tok)
print(v.get(), after_set[v], base.get(v, "missing"))
try:
    v.reset(tok)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" at 0x")[0][:20], str(e).endswith("has already been used once"))
try:
    c1.run(c1.run, print, "nested")
except RuntimeError as e:
    print("RuntimeError:", str(e).split(":")[0])
