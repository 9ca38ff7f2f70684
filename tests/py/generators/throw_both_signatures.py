# throw() with an exception instance, a type, and (type, value) forms
def g():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught inside:', repr(e))
            yield 'recovered'
it = g()
print(next(it))
print(it.throw(ValueError('instance')))
print(next(it))
print(it.throw(ValueError))
print(next(it))
import warnings
warnings.simplefilter('ignore')
print(it.throw(ValueError, 'type and value'))
print(next(it))
try:
    it.throw(KeyError('not handled'))
except KeyError as e:
    print('propagated', repr(e))
print(it.gi_frame is None)
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('unstarted throw', e)
print(next(f, 'finished'))
try:
    f.throw(IndexError('after finish'))
except IndexError as e:
    print('finished throw', e)
