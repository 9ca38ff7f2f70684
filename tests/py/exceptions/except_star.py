# except*: matching parts of exception groups, naked exceptions, re-raising the rest.
def show(label, eg):
    if isinstance(eg, BaseExceptionGroup):
        print(label, type(eg).__name__, repr(eg.message), [repr(e) for e in eg.exceptions])
    else:
        print(label, repr(eg))


try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        show("value", e)
    except* (TypeError, IndexError) as e:
        show("type", e)
except ExceptionGroup as rest:
    show("unhandled", rest)

try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked matched", e)

try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
except KeyError as e:
    print("naked passes through:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise RuntimeError("from handler")
except* RuntimeError as e:
    show("raised in handler", e)

nested = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match, rest = nested.split(ValueError)
show("split match", match)
show("split rest", rest)
print(nested.subgroup(lambda e: isinstance(e, TypeError)))
print(nested.subgroup(OSError))
print(str(nested), len(nested.exceptions))
try:
    BaseExceptionGroup("mixed", [KeyboardInterrupt()])
except Exception as e:
    print("unexpected", e)
else:
    print(type(BaseExceptionGroup("mixed", [KeyboardInterrupt()])).__name__)
    print(type(BaseExceptionGroup("ok", [ValueError()])).__name__)
for bad in ([], [1]):
    try:
        ExceptionGroup("bad", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("nest", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
raise ExceptionGroup("final", [ValueError("x"), TypeError("y")])
