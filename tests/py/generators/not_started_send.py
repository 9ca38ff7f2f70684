# send non-None to a just-started generator, then normal use
def g():
    x = yield 'first'
    yield f'second {x}'
it = g()
for val in [1, 'x', 0, []]:
    try:
        it.send(val)
    except TypeError as e:
        print(type(e).__name__, e)
print(it.send(None))
print(it.send('hello'))
try:
    it.send('after')
except StopIteration:
    print('StopIteration after exhaustion')
try:
    it.send('again')
except StopIteration:
    print('still StopIteration')
