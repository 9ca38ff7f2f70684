# __hash__ rules: __eq__ without __hash__ makes instances unhashable
class Plain: pass
class EqOnly:
    def __eq__(self, o): return True
class EqHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
class NoHash:
    __hash__ = None
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
print(EqOnly.__hash__)
for obj in (EqOnly(), NoHash(), [1], {1: 2}, {1}):
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
d = {EqHash(1): 'one'}
print(d[EqHash(1)], EqHash(1) in d, len({EqHash(2), EqHash(2)}))
class Child(EqHash):
    def __eq__(self, o): return False
try:
    hash(Child(1))
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
