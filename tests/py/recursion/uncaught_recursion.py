# Uncaught RecursionError
def forever(n):
    return forever(n + 1) + 1
print('start')
forever(0)
