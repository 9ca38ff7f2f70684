# __getitem__/__setitem__/__delitem__/__contains__/__len__ on a custom mapping
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print('get', repr(k))
        return self.data[k]
    def __setitem__(self, k, v):
        print('set', repr(k), v)
        self.data[k] = v
    def __delitem__(self, k):
        print('del', repr(k))
        del self.data[k]
    def __contains__(self, k):
        print('contains', repr(k))
        return k in self.data
    def __len__(self):
        return len(self.data)
s = Store()
s['a'] = 1
s['b'] = 2
print(s['a'], len(s), 'a' in s, 'z' not in s)
del s['a']
try:
    s['a']
except KeyError as e:
    print(type(e).__name__, e)
s['b'] += 10
print(s.data)
class Slicer:
    def __getitem__(self, k):
        return k
sl = Slicer()
print(sl[1], sl[1:2], sl[::2], sl[1, 2], sl[..., 1:], sl['x'])
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for x in Seq():
    print('iter', x)
try:
    len(Seq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Slicer()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Slicer()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
