# weakref callbacks fire when the referent dies
import weakref
class Obj:
    pass
o = Obj()
r = weakref.ref(o, lambda ref: print('callback, ref dead:', ref() is None))
print(r() is o)
del o
print(r())
d = weakref.WeakValueDictionary()
k = Obj()
d['k'] = k
print(len(d))
del k
print(len(d))
