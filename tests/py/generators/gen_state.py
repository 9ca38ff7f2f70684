# Generator state inspection: gi_running, gi_frame, gi_code name, inspect.getgeneratorstate
import inspect
def g():
    yield 1
    yield 2
it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it), it.gi_running, it.gi_frame is not None)
list(it)
print(inspect.getgeneratorstate(it), it.gi_frame is None)
it2 = g()
it2.close()
print(inspect.getgeneratorstate(it2))
print(g.__code__.co_name, it.gi_code.co_name)
def check_running():
    yield inspect.getgeneratorstate(me)
me = check_running()
print(next(me))
