# del of names, items, slices, attributes and multiple targets
l = list(range(8))
del l[0]; print(l)
del l[-2:]; print(l)
del l[::2]; print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']; print(d)
del d['a'], d['c']; print(d)
x, y = 1, 2
del x, y
try:
    x
except NameError as e:
    print(type(e).__name__, e)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
nested = {'k': [1, 2, {'z': 3}]}
del nested['k'][2]['z']
del nested['k'][0]
print(nested)
try:
    del d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
