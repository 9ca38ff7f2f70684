import traceback, sys
def f():
    raise ValueError("bad")
try:
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e
except KeyError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'F'))
    print(traceback.format_exc().replace(__file__, 'F'))
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exception(None))
