# operator functions: add, itemgetter, attrgetter, methodcaller
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.neg(4), op.pow(2, 5))
print(op.eq(1, 1), op.lt(1, 2), op.not_(0), op.truth([1]), op.contains([1, 2], 2), op.getitem('abc', 1), op.index(5), op.concat([1], [2]))
g = op.itemgetter(1)
g2 = op.itemgetter(0, 2)
print(g('abc'), g2('abc'), sorted([(1, 'b'), (2, 'a')], key=op.itemgetter(1)), op.itemgetter('k')({'k': 'v'}))
class P:
    def __init__(self, n, inner=None): self.name, self.inner = n, inner
    def greet(self, punct='!'): return 'hi ' + self.name + punct
p = P('ann', P('bob'))
print(op.attrgetter('name')(p), op.attrgetter('inner.name')(p), op.attrgetter('name', 'inner.name')(p))
print(op.methodcaller('greet')(p), op.methodcaller('greet', '?')(p), op.methodcaller('split', ',')('a,b'))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.iadd([1], [2]), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.is_(None, None))
try:
    op.attrgetter('missing')(p)
except AttributeError as e:
    print(type(e).__name__, e)
