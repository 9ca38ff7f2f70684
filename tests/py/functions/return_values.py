# Implicit None returns, multiple return values, early return
def nothing():
    pass
def bare():
    return
def multi():
    return 1, 'two', [3]
def early(x):
    if x < 0:
        return 'neg'
    for i in range(10):
        if i == x:
            return f'found {i}'
    return 'big'
print(nothing(), bare(), multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print(early(-1), early(3), early(50))
def gen_or_not(flag):
    if flag:
        return [1, 2]
    return None
print(gen_or_not(True), gen_or_not(False))
def finally_return():
    try:
        return 'try'
    finally:
        print('finally runs')
print(finally_return())
def override():
    try:
        return 'try'
    finally:
        return 'finally'
print(override())
