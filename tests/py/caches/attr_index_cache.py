# LOAD_ATTR/STORE_ATTR index cache: shapes differing per instance, deletion, __dict__
# changes, __class__ assignment, class attributes and descriptors added later, __getattr__.
class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class B(A):
    def __init__(self, x, y):
        self.pre = 0
        super().__init__(x, y)

def get(o):
    return o.x, o.y

def put(o, v):
    o.x = v
    o.y = v + 1

objs = [A(1, 2), B(3, 4), A(5, 6), B(7, 8)]
for o in objs:
    put(o, o.x * 10)
    print(get(o), vars(o))

a = A(1, 2)
b = A(3, 4)
b.__dict__.clear()
b.y = 9
b.x = 8
for o in (a, b, a, b):
    print(get(o), list(vars(o)))

del a.x
try:
    get(a)
except AttributeError as e:
    print("AttributeError", e)
a.x = 11
print(get(a), list(vars(a)))

c = A(1, 2)
c.__dict__ = {"y": 20, "x": 10}
print(get(c))
put(c, 5)
print(get(c), c.__dict__)

d = A(1, 2)
d.__dict__["x"] = 100
print(get(d))

class C:
    def __init__(self):
        self.y = "cy"
        self.x = "cx"

e = A(1, 2)
print(get(e))
e.__class__ = C
print(get(e))
e2 = C()
e2.__class__ = A
print(get(e2))
put(e2, 1)
print(get(e2), vars(e2))

f = A(1, 2)
print(get(f))
A.x = property(lambda self: "prop")
print(get(f))
try:
    put(f, 3)
except AttributeError:
    print("AttributeError (no setter)")
del A.x
print(get(f))
A.x = "class attr"
print(get(f))
del A.x
print(get(f))

class G(A):
    def __getattr__(self, name):
        return "dflt-" + name

g = G(1, 2)
print(get(g))
del g.x
print(get(g))

class Slots:
    __slots__ = ("x", "y")

s = Slots()
put(s, 4)
print(get(s))

class D(A):
    pass
h = D(1, 2)
for i in range(3):
    put(h, i)
    print(get(h))
    h.__dict__.pop("x")
    h.x = -i
    print(get(h), list(vars(h)))
k = "x"
m = A(1, 2)
setattr(m, "".join(["x"]), 42)
print(get(m), getattr(m, k))
