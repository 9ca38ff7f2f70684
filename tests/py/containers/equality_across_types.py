# Equality and membership across container types
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], {1, 2} == frozenset({1, 2}), {1: 2} == {1: 2})
print(1 == 1.0 == True, {1, 1.0, True}, [1] == [True], (0,) == (False,), 'a' == b'a')
print({'a': 1} == {'a': 1, 'b': 2}, {'a': [1]} == {'a': [1]}, [[]] == [[]], [float('nan')] == [float('nan')])
nan = float('nan')
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
print(1 in [1.0], 'a' in ['a', 'b'], [1] in [[1], 2], (1, 2) in {(1, 2): 'x'}, None in [None])
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], {}.keys() == set(), [] == ())
print(len([]) == len(()) == len({}) == len(set()) == len(''), bool([]) == bool(()))
