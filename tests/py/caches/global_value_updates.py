# LOAD_GLOBAL caches where a name lives; rebinding a global's value must be seen at once,
# and adding or removing names (shadowing a builtin, del) must invalidate the cache.
counter = 0
step = 1


def bump():
    global counter
    counter += step
    return counter


def use_len(x):
    return len(x)


for i in range(5):
    bump()
    if i == 2:
        step = 10
print(counter)

print(use_len("abc"))
len = lambda x: "shadowed"  # noqa: E731
print(use_len("abc"))
del len
print(use_len("abc"))

g = globals()
g["step"] = 100
print(bump())
g["late"] = "added"


def read_late():
    return late


print(read_late())
del g["late"]
try:
    read_late()
except NameError as e:
    print("NameError:", e)

import builtins

builtins.extra = "from builtins"


def read_extra():
    return extra


print(read_extra())
extra = "global wins"
print(read_extra())
del extra
print(read_extra())
builtins.extra = "changed in builtins"
print(read_extra())
del builtins.extra
try:
    read_extra()
except NameError as e:
    print("NameError:", e)


def loop_reads():
    total = 0
    for i in range(3):
        total += step + counter
    return total


print(loop_reads())
for k in range(3):
    counter = k
    print(loop_reads())
