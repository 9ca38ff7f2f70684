# ExceptionGroup and except* (3.11)
try:
    raise ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
except* ValueError as eg:
    print('values', [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print('types', [str(e) for e in eg.exceptions])
eg = ExceptionGroup('grp', [KeyError('a'), IndexError('b')])
print(eg, repr(eg.exceptions[0]), eg.message)
match, rest = eg.split(KeyError)
print(match.exceptions, rest.exceptions)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(type(e).__name__, e)
