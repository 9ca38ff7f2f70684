# iter() with sentinel, next() with default
import io
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration raised')
n = 0
def counter():
    global n
    n += 1
    return n
print(list(iter(counter, 5)))
f = io.StringIO('line1\nline2\n\nline4\n')
print(list(iter(f.readline, '\n')))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print('empty', repr(e))
d = {'a': 1, 'b': 2}
di = iter(d)
print(next(di), list(di))
s = iter('hi')
print(next(s), next(s), next(s, '-'))
try:
    iter(None)
except TypeError as e:
    print(type(e).__name__, e)
