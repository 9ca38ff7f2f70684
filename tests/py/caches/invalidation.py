# Inline caches (globals, methods, plain attributes) must follow every change.
def get_len():
    return len("abc")


print(get_len())
len = lambda s: 99          # a global now shadows the builtin
print(get_len())
del len
print(get_len())


counter = 0


def bump():
    return counter + 1


print(bump())
counter = 10
print(bump())


class A:
    def f(self):
        return "A.f"


class B(A):
    pass


def call_f(o):
    return o.f()


a, b = A(), B()
print(call_f(a), call_f(b), call_f(a))
B.f = lambda self: "B.f"      # subclass gains a method
print(call_f(a), call_f(b))
b.f = lambda: "instance f"    # the instance dict shadows the method
print(call_f(b), call_f(B()))
del A.f
try:
    call_f(a)
except AttributeError as e:
    print("AttributeError", e)


class P:
    def __init__(self, x):
        self.x = x


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


p = P(1)
print(read_x(p), read_x(P(2)))
P.x = property(lambda self: "from property", lambda self, v: print("setter got", v))
print(read_x(p))
write_x(p, 5)
del P.x
print(read_x(p))


class Q:
    x = "class attribute"


q = P(3)
print(read_x(q))
q.__class__ = Q
print(read_x(q))
del q.x
print(read_x(q))


class WithGetattr(P):
    def __getattr__(self, name):
        return "fallback " + name


w = WithGetattr(7)
print(read_x(w))
del w.x
print(read_x(w))
