# Instance attribute storage: shared-key layouts and the fallback to a real dict.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


# Attributes added in different orders: __dict__ keeps each instance's insertion order.
a = P(1, 2)
b = P(3, 4)
b.z = 5
c = P(6, 7)
c.w = 8
c.z = 9
print(vars(a), vars(b), vars(c))
print(list(c.__dict__), sorted(dir(c))[-4:])

# Deletion, then re-adding: order follows the dict.
del c.x
print(c.__dict__)
c.x = 10
print(c.__dict__, c.x, c.y)
try:
    del c.x
    del c.x
except AttributeError as e:
    print("AttributeError", e)
try:
    print(c.x)
except AttributeError as e:
    print("AttributeError", e)

# __dict__ is live in both directions.
d = P(1, 2)
dd = d.__dict__
dd["q"] = 42
print(d.q, hasattr(d, "q"))
d.r = 7
print(dd)
del dd["x"]
print(hasattr(d, "x"), vars(d))
dd.clear()
print(vars(d), hasattr(d, "y"))

# Assigning __dict__.
e = P(1, 2)
new = {"m": 1, "n": 2}
e.__dict__ = new
print(e.m, e.n, hasattr(e, "x"), e.__dict__ is new)
new["o"] = 3
print(e.o)
try:
    e.__dict__ = [1, 2]
except TypeError as ex:
    print("TypeError", ex)

# setattr/getattr with names that are not identifiers or built at runtime.
f = P(0, 0)
setattr(f, "not an identifier", 1)
setattr(f, "".join(["x"]), 99)
name = "y" * 1
setattr(f, name, 100)
print(f.x, f.y, getattr(f, "not an identifier"), vars(f))
setattr(f, "1", "one")
print(getattr(f, "1"), "1" in f.__dict__)
delattr(f, "not an identifier")
print(vars(f))

# Many attributes (past any small fixed layout).
g = P(0, 0)
for i in range(60):
    setattr(g, "a%d" % i, i)
print(len(vars(g)), g.a0, g.a59, list(vars(g))[:4])
g.a30 = "changed"
print(g.a30, getattr(g, "a" + "30"))


# Subclasses adding attributes in different orders; shared code caching across classes.
class Q(P):
    def __init__(self, x, y, t):
        self.t = t
        super().__init__(x, y)


class R(P):
    def __init__(self, x, y):
        self.y = y
        self.x = x


def getx(o):
    return o.x + o.y


objs = [P(1, 2), Q(3, 4, 5), R(6, 7), P(8, 9), Q(10, 11, 12)]
print([getx(o) for o in objs], [list(vars(o)) for o in objs])


# Class attributes shadowed by instance attributes, and instance attributes shadowing methods.
class S:
    k = "class"

    def m(self):
        return "method"


s = S()
print(s.k, s.m())
s.k = "inst"
s.m = lambda: "instance callable"
print(s.k, S.k, s.m())
del s.k
del s.m
print(s.k, s.m())


# Descriptors and properties take precedence over instance attributes.
class D:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, val):
        self._v = val


dobj = D()
dobj.v = 5
print(dobj.v, vars(dobj))
dobj.__dict__["v"] = "shadow?"
print(dobj.v)


class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"


class E:
    nd = NonData()


eobj = E()
print(eobj.nd)
eobj.nd = "instance wins"
print(eobj.nd)


# __getattr__ / __setattr__ / __delattr__ overrides.
class Hooks:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return "missing:" + name

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)


h = Hooks()
h.a = 1
h.b = 2
print(h.a, h.b, h.zz)
del h.a
print(h.a, h.log, vars(h))


# __class__ assignment keeps the attributes.
class T1:
    def who(self):
        return "T1"


class T2:
    def who(self):
        return "T2"


t = T1()
t.val = 3
t.__class__ = T2
print(t.who(), t.val, vars(t))

# Copies and equality of vars() snapshots.
import copy

p1 = P(1, 2)
p2 = copy.copy(p1)
p2.x = 100
print(vars(p1), vars(p2))
p3 = copy.deepcopy(Q(1, [2], 3))
print(vars(p3))

# Instances in cycles are collected and their attributes dropped.
import gc


class Node:
    pass


n1 = Node()
n2 = Node()
n1.other = n2
n2.other = n1
n1.payload = [1, 2, 3]
del n1, n2
gc.collect()
print("ok")
