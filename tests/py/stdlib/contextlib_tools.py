# contextlib: contextmanager (with exceptions), suppress, closing, ExitStack
from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except ValueError as e:
        print('handled inside cm:', e)
    finally:
        print(f'</{name}>')
with tag('a') as t:
    print('body', t)
with tag('b'):
    raise ValueError('oops')
print('after b')
try:
    with tag('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('outside caught', e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
class Res:
    def close(self): print('Res.close called')
with closing(Res()) as r:
    print('using', type(r).__name__)
with ExitStack() as stack:
    for n in ['x', 'y']:
        stack.enter_context(tag(n))
    stack.callback(print, 'callback ran')
    print('inside stack')
with nullcontext(5) as v:
    print('nullcontext', v)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
