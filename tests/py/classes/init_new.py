# __new__ and __init__ interplay, singletons, immutable subclass
class Tracker:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print('__init__', v)
        self.v = v
t = Tracker(5)
print(t.v)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Other:
    def __init__(self):
        print('Other init never for foreign')
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print('not called')
print(Weird())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__, Pos(-5) + 1)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Tracker()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
