# __cause__, __context__, __suppress_context__ and raise from None
def chain_implicit():
    try:
        {}['x']
    except KeyError:
        raise ValueError('implicit')
def chain_explicit():
    try:
        [][1]
    except IndexError as e:
        raise ValueError('explicit') from e
def chain_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('hidden') from None
for fn in (chain_implicit, chain_explicit, chain_none):
    try:
        fn()
    except ValueError as e:
        print(e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__), '| suppress:', e.__suppress_context__)
e = RuntimeError('x')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise TypeError('t') from KeyError('k')
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError:
            raise ValueError('c')
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
