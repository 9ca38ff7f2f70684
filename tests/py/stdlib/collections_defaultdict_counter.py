# defaultdict and Counter behaviour and reprs
from collections import defaultdict, Counter
dl = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dl[k].append(v)
print(dl, dict(dl), dl['missing'], len(dl))
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(di)
dn = defaultdict(None, x=1)
try:
    dn['y']
except KeyError as e:
    print(type(e).__name__, e)
print(defaultdict(lambda: 'dflt')['k'], dl.default_factory)
c = Counter('abracadabra')
print(c, c.most_common(2), c['a'], c['z'])
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2)
c.update('aaz'); print(c.most_common(1), c['z'])
c.subtract({'a': 10}); print(c['a'])
print(Counter([1, 1, 2]), sorted(Counter('hello').elements()), Counter().most_common(), c2.total())
print(Counter({'x': 0, 'y': -1}) + Counter())
