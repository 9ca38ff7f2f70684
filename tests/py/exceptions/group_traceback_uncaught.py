# An uncaught exception group prints CPython's boxed traceback (last line compared).
def f():
    raise ExceptionGroup("inner", [KeyError("k"), ExceptionGroup("deep", [OSError(2, "x")])])
try:
    f()
except Exception as e:
    raise ExceptionGroup("final", [ValueError("x"), e])
