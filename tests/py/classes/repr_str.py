# __repr__ and __str__ interplay, default reprs, containers use repr
class Both:
    def __repr__(self): return 'Both(repr)'
    def __str__(self): return 'Both(str)'
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr()'
class OnlyStr:
    def __str__(self): return 'OnlyStr!'
class Neither: pass
b, r, s, n = Both(), OnlyRepr(), OnlyStr(), Neither()
print(b, repr(b), str(b), [b], (b,), {'k': b})
print(r, str(r), [r])
print(s, repr(s).startswith('<__main__.OnlyStr object at 0x'), [s][0] is s)
print(repr(n).startswith('<__main__.Neither object at 0x'), str(n) == repr(n))
print(f'{b} {b!r} {b!s}', '%s %r' % (b, b), format(b))
print(repr(Neither), str(int), repr(Neither.__init__)[:20])
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Inh(Both): pass
print(Inh(), repr(Inh()))
