# try/except/else/finally execution order
def run(mode):
    log = []
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError('v')
        if mode == 'other':
            raise KeyError('k')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run('ok'))
print(run('raise'))
try:
    run('other')
except KeyError as e:
    print('escaped', repr(e))
def nested():
    try:
        try:
            raise TypeError('inner')
        finally:
            print('inner finally')
    except TypeError as e:
        print('outer caught', e)
    else:
        print('no')
    finally:
        print('outer finally')
nested()
try:
    pass
except Exception:
    print('never')
else:
    print('else without exception')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('handling')
        raise ValueError('during handling')
    finally:
        print('finally after handler raised')
except ValueError as e:
    print('caught', e, type(e.__context__).__name__)
