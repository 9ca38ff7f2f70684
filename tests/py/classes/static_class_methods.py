# staticmethod and classmethod behaviour via class and instance
class C:
    n = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def create(cls, v):
        obj = cls()
        obj.v = v
        return obj
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class D(C):
    n = 100
print(C.add(1, 2), C().add(3, 4))
print(type(C.create(1)).__name__, type(D.create(2)).__name__, D.create(3).v)
print(C.bump(), C.bump(), D.bump(), C().bump(), C.n, D.n)
print(type(C.__dict__['add']).__name__, type(C.__dict__['create']).__name__)
print(C.__dict__['add'].__func__(5, 5))
def plain(x): return x * 2
C.sm = staticmethod(plain)
print(C().sm(21))
try:
    C.add(1)
except TypeError as e:
    print(type(e).__name__, e)
