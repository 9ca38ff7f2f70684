# Cooperative super() with multiple inheritance (diamond)
class Base:
    def __init__(self):
        print('Base.__init__')
        self.trail = ['Base']
    def hello(self):
        return ['Base']
class A(Base):
    def __init__(self):
        print('A.__init__ start')
        super().__init__()
        self.trail.append('A')
    def hello(self):
        return ['A'] + super().hello()
class B(Base):
    def __init__(self):
        print('B.__init__ start')
        super().__init__()
        self.trail.append('B')
    def hello(self):
        return ['B'] + super().hello()
class C(A, B):
    def __init__(self):
        print('C.__init__ start')
        super().__init__()
        self.trail.append('C')
    def hello(self):
        return ['C'] + super().hello()
c = C()
print(c.trail, c.hello())
print(super(A, c).hello(), super(B, c).hello())
class Kw:
    def __init__(self, **kw):
        print('Kw leftover', kw)
class P(Kw):
    def __init__(self, p=0, **kw):
        self.p = p
        super().__init__(**kw)
class Q(Kw):
    def __init__(self, q=0, **kw):
        self.q = q
        super().__init__(**kw)
class PQ(P, Q): pass
pq = PQ(p=1, q=2)
print(pq.p, pq.q)
class S:
    @classmethod
    def make(cls):
        return cls.__name__
class T(S):
    @classmethod
    def make(cls):
        return 'T+' + super().make()
print(T.make())
