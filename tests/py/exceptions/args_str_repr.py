# Exception args, str and repr for builtin exceptions
for e in [ValueError(), ValueError('one'), ValueError('a', 'b'), ValueError(42), KeyError('key'),
          KeyError(), KeyError('a', 'b'), IndexError('idx'), OSError(2, 'No such file'),
          StopIteration(5), SystemExit(3), Exception(None), Exception(''), Exception([1, 2])]:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('m')
e.args = ('changed', 1)
print(e, repr(e))
print(KeyError('x').args[0], str(KeyError("it's")), str(KeyError(1)))
try:
    {}[('tuple', 'key')]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}['']
except KeyError as e:
    print(repr(e), str(e))
err = OSError(2, 'No such file or directory')
print(err.errno, err.strerror, type(err).__name__)
print(StopIteration(7).value, StopIteration().value, SystemExit(4).code)
