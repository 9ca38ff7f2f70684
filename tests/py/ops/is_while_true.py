# `is` / `is not` against None and other objects, and `while True` loops (the constant
# test is skipped).
vals = [None, 0, False, "", [], (), 1, "x", object]
for a in vals:
    print([a is b for b in vals].count(True), a is None, a is not None, None is a)
x = []
y = x
z = []
print(x is y, x is not y, x is z, z is not None)
i = 0
while True:
    i += 1
    if i > 5:
        break
else:
    print("not reached")
print(i)


def gen():
    n = 0
    while True:
        got = yield n
        if got is None:
            return n
        n += got


g = gen()
next(g)
print(g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
while 1:
    break
while True:
    try:
        raise ValueError
    except ValueError:
        break
print("done")
