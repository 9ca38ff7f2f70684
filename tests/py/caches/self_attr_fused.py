# `self.x` and `self.x = v` run as fused instructions with inline caches; every way the
# cached guess can be wrong must fall back to the general lookup.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get(self):
        return self.x, self.y

    def bump(self, d):
        self.x = self.x + d
        self.y = self.y - d
        return self.get()


a = P(1, 2)
b = P(3, 4)
for _ in range(3):
    print(a.bump(1), b.bump(2))

# Another attribute order: the same code sees a different layout.
c = P.__new__(P)
c.y = 10
c.x = 20
print(P.get(c), P.bump(c, 5))

# An instance whose attributes moved to a real dict.
d = P(7, 8)
d.z = 1
del d.z
print(d.get(), d.bump(1))

# A missing attribute after the caches are warm.
e = P.__new__(P)
e.x = 1
try:
    e.get()
except AttributeError as err:
    print("AttributeError:", err)


# A property defined later on the class shadows the instance attribute.
P.y = property(lambda self: "prop-y", lambda self, v: print("set y", v))
print(a.get())
try:
    print(a.bump(1))
except Exception as err:
    print(type(err).__name__, err)
del P.y
print(a.get())


# __class__ assignment switches the class under the cache.
class Q(P):
    def get(self):
        return ("Q", self.x)

a.__class__ = Q
print(a.get(), P.get(a))


# __getattr__ / __setattr__ hooks on a subclass.
class Hooked(P):
    def __getattr__(self, name):
        return "missing " + name

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


h = Hooked(5, 6)
print(h.get(), h.bump(1))
k = Hooked.__new__(Hooked)
print(P.get(k))


# Not an instance at all.
class NS:
    pass


def read(o):
    return o.x


def write(o, v):
    o.x = v
    return o.x


print(read(a), read(NS) if hasattr(NS, "x") else "no x")
NS.x = 3
print(read(NS), write(NS, 4))
try:
    write(5, 1)
except AttributeError as err:
    print("AttributeError:", err)
try:
    read(None)
except AttributeError as err:
    print("AttributeError:", err)


# An exception instance (attributes with their own rules).
class E(Exception):
    def __init__(self, code):
        self.code = code

    def twice(self):
        self.code = self.code * 2
        return self.code


ex = E(4)
print(ex.twice(), ex.twice(), ex.args)


# The local is unbound when the fused instruction runs.
def unbound():
    try:
        print(obj.x)
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    try:
        obj.x = 1
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    obj = P(0, 0)
    return obj.x


print(unbound())
