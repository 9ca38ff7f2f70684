# Uncaught exception raised from a deeply nested call chain
def a(n):
    if n == 0:
        raise LookupError('bottom reached')
    return a(n - 1)
print('start')
a(20)
