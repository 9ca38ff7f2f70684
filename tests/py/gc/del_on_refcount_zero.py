# __del__ runs immediately when the last reference goes away
class Res:
    def __init__(self, n):
        self.n = n
        print('open', n)
    def __del__(self):
        print('close', self.n)
r = Res(1)
del r
print('after del 1')
x = Res(2)
x = Res(3)
print('after rebinding')
l = [Res(4), Res(5)]
l.pop(0)
print('after pop')
l.clear()
print('after clear')
def f():
    tmp = Res(6)
    return 'f done'
print(f())
x = None
print('end')
