# Delegation through `yield from` counts toward the recursion limit, as nested
# sends do in CPython; the traceback collapses the repeated frames.
import traceback


def g():
    yield from g()


try:
    next(g())
except RecursionError as e:
    print("RecursionError:", e)
    lines = traceback.format_exception(e)
    print(any("Previous line repeated" in l for l in lines))


def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)


print(sum(countdown(200)))
next(g())
