# startswith/endswith with tuples and ranges
s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name', 4), s.startswith('name', 4, 6), s.endswith('.gz'), s.endswith(('.zip', '.gz')))
print(s.startswith(('a', 'b', 'f')), s.endswith('tar', 0, 12), s.startswith(''), ''.startswith(''), s.endswith('', 100))
print(s.startswith('FILE'), s.lower().startswith('file'), s.startswith(()), s.endswith('gz', -2))
try:
    s.startswith(['file'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(5)
except TypeError as e:
    print(type(e).__name__, e)
