class A:
    pass
A.__qualname__ = 'Renamed'
class B(A):
    pass
print(A.__qualname__, B.__qualname__, A, B, '__qualname__' in A.__dict__)
try:
    A.__qualname__ = 5
except TypeError as e:
    print(e)
