# Bare raise, re-raising caught exceptions, raise in except
def inner():
    raise ValueError('original')
def middle():
    try:
        inner()
    except ValueError:
        print('middle saw it')
        raise
try:
    middle()
except ValueError as e:
    print('top got', e)
def transform():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError('wrapped') from e
try:
    transform()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def keep(e):
    raise e
err = KeyError('saved')
for _ in range(2):
    try:
        keep(err)
    except KeyError as e:
        print('again', e is err)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
