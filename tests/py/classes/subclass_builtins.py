# Subclassing list, dict, int, str
class MyList(list):
    def sum(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml).__name__, type(ml + [5]).__name__, len(ml), ml[1:3])
class DefaultDict(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]
dd = DefaultDict(a=1)
print(dd['a'], dd['hello'], dd, dd.get('zz'), 'zz' in dd)
class Loud(int):
    def __repr__(self): return f'Loud({int(self)})'
    def __add__(self, o): return Loud(int(self) + int(o))
x = Loud(5)
print(x, x + 3, 3 + x, x * 2, isinstance(x, int), x == 5, hash(x) == hash(5))
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
    def shout(self): return self + '!'
u = Upper('hi')
print(u, u.shout(), type(u.shout()).__name__, u.lower(), len(u), u == 'HI')
class Stack(list):
    def push(self, v): self.append(v)
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s, repr(s))
class CountingDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
cd = CountingDict()
cd['x'] = 1
cd.update(y=2)
print(cd)
