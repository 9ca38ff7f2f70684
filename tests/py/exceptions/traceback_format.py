import io, traceback, sys
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
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().replace(__file__, 'F'))
print(traceback.format_exception(None))
