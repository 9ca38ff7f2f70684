# str() and repr() of nested containers containing strings
data = {'name': "O'Brien", 'tags': ['a"b', "c'd", 'e\nf'], 'nested': {'k': ('t', None, 1.5)}, 5: [b'b', 'é']}
print(data)
print(str(data) == repr(data))
print(['x'], ('y',), [['z', ('w',)]], [''])
print(str(['a', 1]), repr('a'), str('a'), str(('a', "b'c")))
print([1.0, -0.0, 1e100, float('nan')], [True, None, ...])
print({'a': {'b': {'c': ['deep']}}})
print([str, len, None])
from collections import OrderedDict
print(list('abc'), tuple('ab'), set('a'), frozenset('a'))
