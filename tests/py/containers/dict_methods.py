# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('b'), d.pop('zz', 'default'), d)
d.update({'x': 10}, y=20); d.update([('z', 30)]); print(d)
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([], 'v'))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
c = d.copy(); c['new'] = 1
print(d, c)
d.clear(); print(d, len(d))
print(dict(a=1, b=2), dict([('k', 'v')]), dict({'m': 1}, n=2), dict(zip('xy', (1, 2))))
for bad in [lambda: {}.pop('k'), lambda: {}.popitem(), lambda: {}['missing'], lambda: dict([1, 2]), lambda: dict([('a', 1, 2)]), lambda: {}.update(1), lambda: {[]: 1}]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
