# KeyError messages show the repr of the key
d = {'a': 1}
for key in ['missing', 3, (1, 2), None, 2.5, '', "quote'", frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d.pop('nope')
except KeyError as e:
    print('pop', e)
try:
    {}.popitem()
except KeyError as e:
    print('popitem', e)
try:
    set().pop()
except KeyError as e:
    print('set pop', e)
try:
    {1}.remove(2)
except KeyError as e:
    print('set remove', e)
