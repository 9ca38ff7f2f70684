# and/or/not short-circuit return operands
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, '' or 'default')
print([] and 'x', [0] and 'x', not [], not [0], not None, not 0.0)
print(0 or '' or [] or None)
print(1 and 'a' and [1] and 'last')
def side(n, r):
    print('eval', n)
    return r
print(side(1, False) and side(2, True))
print(side(3, True) or side(4, True))
print(side(5, 0) or side(6, '') or side(7, 'x'))
x = None
print(x is None or x.missing)
print(type(not 1).__name__, not not 'a')
print(True + 1, True == 1, False == 0, True is True)
print(bool(0), bool(0.0), bool(0j), bool(''), bool(()), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-1), bool('0'), bool([[]]), bool(range(1)))
