# close() raises GeneratorExit inside the generator, runs finally, returns None
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit received')
        raise
    finally:
        print('finally runs')
it = g()
print(next(it))
print(it.close())
print(it.gi_frame is None)
print(it.close())
it2 = g()
print(it2.close(), 'close before start runs nothing')
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 'bad'
it3 = ignores()
next(it3)
try:
    it3.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'value on close'
it4 = returns_on_close()
next(it4)
print(repr(it4.close()))
def catches_all():
    try:
        yield 1
    except Exception:
        print('not caught: GeneratorExit is BaseException')
    finally:
        print('cleanup')
it5 = catches_all()
next(it5)
it5.close()
