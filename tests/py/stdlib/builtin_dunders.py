# Dunder methods of built-in types called explicitly and through bound methods
d = {'a': 1}
print(dict.__contains__(d, 'a'), d.__getitem__('a'), d.__len__(), dict.__repr__(d))
dict.__setitem__(d, 'b', 2); dict.__delitem__(d, 'a'); print(d, list(d.__iter__()))
print(list.__len__([1, 2]), [1, 2].__getitem__(-1), [1].__add__([2]), [1].__mul__(3), 'ab'.__contains__('b'))
print((5).__add__(3), (5).__radd__(3), (5).__sub__(1.5), (2.5).__mul__(2), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10))
print((5).__add__('x'), (1).__eq__(1), (1).__lt__(2), 'a'.__lt__('b'), (1).__eq__('a'))
print((5).__index__(), (-3).__abs__(), (3).__neg__(), (2.5).__int__(), (3).__float__(), (True).__index__(), (5).__invert__())
print('%s' .__mod__('x'), hash('abc') == 'abc'.__hash__(), (3).__hash__(), (1, 2).__hash__() == hash((1, 2)))
print([].__hash__, {}.__hash__, set().__hash__)
class L(list):
    def __getitem__(self, i):
        return 'L' + str(list.__getitem__(self, i))
l = L([1, 2, 3])
print(l[0], len(l), list.__len__(l), l + [4], 2 in l, repr(l))
class Dd(dict):
    def __missing__(self, k):
        return k * 2
dd = Dd(a=1)
print(dd['a'], dd['zz'], dict.__getitem__(dd, 'q'), dd)
class I(int):
    pass
print(I(5) + 1, I(5).__add__(2), -I(3), abs(I(-4)), I(7) // 2, hash(I(5)) == hash(5), I(3) == 3)
try:
    hash(L())
except TypeError as e:
    print(e)
import operator
print(operator.index(7), operator.index(True))
