# __neg__, __invert__, __len__ on a class, __reversed__, __iter__ with in
class Bits:
    def __init__(self, v): self.v = v
    def __invert__(self): return Bits(~self.v & 0xF)
    def __neg__(self): return Bits(-self.v)
    def __repr__(self): return f'Bits({self.v})'
    def __reversed__(self): return iter(['r', 'e', 'v'])
    def __iter__(self): return iter(range(self.v))
    def __len__(self): return self.v
b = Bits(5)
print(~b, -b, list(reversed(b)), list(b), 3 in b, 7 in b, len(b))
try:
    +b
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
