# __index__ used by indexing, slicing, bin/hex, range and operator.index
import operator
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
lst = ['a', 'b', 'c', 'd']
print(lst[i], lst[Idx(-1)], lst[Idx(1):Idx(3)], 'xyz'[i])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), operator.index(Idx(7)))
print(list(range(Idx(3))), [0] * Idx(3), 'ab' * Idx(2))
class NoIdx: pass
try:
    lst[NoIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(2.5)
except TypeError as e:
    print(type(e).__name__, e)
class BadIdx:
    def __index__(self): return 'no'
try:
    lst[BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
print(int(Idx(9)) if hasattr(Idx, '__int__') else 'no __int__', True.__index__())
