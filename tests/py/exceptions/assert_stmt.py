# assert with and without messages
def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print(e.args)
assert True, 'not raised'
assert 1 == 1
print('assertions passed')
