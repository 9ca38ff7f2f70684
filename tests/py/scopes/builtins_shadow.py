# Shadowing builtins locally and globally
def f():
    list = 'not a list'
    return list
print(f(), list('ab'))
import builtins
print(builtins.len('xyz'), builtins.max(1, 5))
def g():
    print = lambda *a: None
    print('hidden')
    return 'g done'
print(g())
sum = 'shadow'
print(sum)
del sum
print(sum([1, 2]))
try:
    del sum
except NameError as e:
    print(type(e).__name__, e)
