# Class body scope is not visible from methods or comprehensions
x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def method(self):
        return x
    vals = [x for _ in range(2)]
    z = [i * 2 for i in range(3)]
print(C.y, C().method(), C.vals, C.z)
class D:
    a = 5
    try:
        b = [a for _ in range(1)]
    except NameError as e:
        b = f'{type(e).__name__}: {e}'
    c = [n for n in range(a)]
print(D.b, D.c)
def f():
    v = 'function local'
    class Inner:
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(f())
class E:
    n = 1
    n = n + 1
    def get_n(self):
        return self.n, E.n
print(E().get_n())
