# __bool__ and __len__ truthiness protocol
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print('len called')
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), len(L(7)))
print(bool(Both()), bool(Neither()))
if L(0):
    print('no')
else:
    print('empty L is falsy')
print(not B(False), B(False) or 'fallback')
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return 'x'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
