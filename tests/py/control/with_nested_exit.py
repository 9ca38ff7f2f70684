class A:
    def __enter__(s): pass
    def __exit__(s, *a): print('A')
class B:
    def __enter__(s): pass
    def __exit__(s, *a): print('B')
try:
    with A(), B(): raise RuntimeError
except RuntimeError: pass
try:
    with A():
        with B():
            raise RuntimeError
except RuntimeError: pass
def f():
    with A() as a, B() as b:
        raise KeyError
try: f()
except KeyError: print("ok")
