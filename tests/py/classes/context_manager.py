# __enter__/__exit__, suppression, exception info, nesting
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('swallowed')
print('after suppressed')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
with CM('outer') as o, CM('inner') as i:
    print('both', o, i)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for n in range(3):
    with CM(f'loop{n}'):
        if n == 1:
            continue
        print('work', n)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
