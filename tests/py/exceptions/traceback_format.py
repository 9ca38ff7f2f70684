# traceback module formatting of an exception (last lines only)
import traceback
try:
    {}['missing']
except KeyError as e:
    lines = traceback.format_exception_only(type(e), e)
    print(lines)
try:
    raise ValueError('multi\nline')
except ValueError as e:
    print(traceback.format_exception_only(type(e), e)[-1], end='')
class Custom(Exception): pass
print(traceback.format_exception_only(Custom, Custom('c'))[-1], end='')
print(traceback.format_exception_only(Custom, Custom())[-1], end='')
