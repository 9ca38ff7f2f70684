# NameError for undefined names, deleted globals
try:
    print(undefined_thing)
except NameError as e:
    print(type(e).__name__, e)
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
def f():
    return not_defined_anywhere + 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_existed
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return free_var
    return inner()
try:
    outer()
except NameError as e:
    print(type(e).__name__, e, e.name if hasattr(e, 'name') else '')
print('builtins still visible:', len('abc'))
len = lambda x: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
