# Default arguments including the mutable default gotcha
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), append_to.__defaults__, greet.__defaults__)
def kw(a, *, b=2, c):
    return a, b, c
print(kw(1, c=3), kw.__kwdefaults__)
greet.__defaults__ = ('Yo', '.')
print(greet('Dee'))
