# Exceptions raised inside handlers and finally blocks
def f():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError as e:
            print('inner handler', e, repr(e.__context__))
        print('back in outer handler')
    return 'ok'
print(f())
def g():
    try:
        raise KeyError('k')
    finally:
        print('finally during propagation')
try:
    g()
except KeyError as e:
    print('caught', e)
def h():
    try:
        1 / 0
    finally:
        raise ValueError('from finally')
try:
    h()
except ValueError as e:
    print(e, type(e.__context__).__name__)
import sys
try:
    raise IndexError('active')
except IndexError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
