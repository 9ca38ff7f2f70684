# Uncaught AssertionError with message
def check(n):
    assert n % 2 == 0, f'{n} is odd'
    return n
print(check(4))
print(check(7))
