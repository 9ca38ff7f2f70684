# Default object repr and str and identity-based equality
class Foo: pass
f = Foo()
print(repr(f).startswith('<__main__.Foo object at 0x'), repr(f).endswith('>'))
print(str(f) == repr(f), f == f, f != Foo(), f is not Foo())
print(repr(Foo), str(Foo))
class Outer:
    class Inner: pass
print(repr(Outer.Inner()).startswith('<__main__.Outer.Inner object at 0x'), repr(Outer.Inner))
print(repr(f.__str__).startswith('<method-wrapper'), repr(Foo.__init__).startswith('<slot wrapper'))
def fn(): pass
print(repr(fn).startswith('<function fn at 0x'))
class M:
    def m(self): pass
print(repr(M().m).startswith('<bound method M.m of <__main__.M object at 0x'))
print(repr(object()).startswith('<object object at 0x'))
print(repr(len), repr(int), repr(None), repr(...), repr(NotImplemented))
