# __del__ runs once, on subclasses too; weakref to dead objects; WeakSet; getweakrefcount
import weakref
class Base:
    def __del__(self):
        print('del', type(self).__name__, self.name)
class Child(Base):
    def __init__(self, name):
        self.name = name
def make():
    c = Child('local')
    return 1
make()
print('after make')
keep = []
class Phoenix:
    def __del__(self):
        print('phoenix del')
        keep.append(self)
p = Phoenix()
del p
print('resurrected', len(keep))
keep.clear()
print('cleared')
class T:
    pass
t = T()
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print(weakref.getweakrefcount(t), r1() is t)
s = weakref.WeakSet([t])
print(len(s), t in s)
del t
print(r1(), r2(), len(s))
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
class Bad:
    def __del__(self):
        raise ValueError('in del')
b = Bad()
del b
print('still running')
d = weakref.WeakValueDictionary()
objs = [T() for _ in range(3)]
for i, o in enumerate(objs):
    d[i] = o
print(sorted(d.keys()), 1 in d)
objs.pop(1)
print(sorted(d.keys()), 1 in d, d.get(1, 'gone'))
