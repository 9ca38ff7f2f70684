# finally interacting with return, break, continue
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
def f2():
    try:
        raise ValueError
    finally:
        return 'finally swallows exception'
def f3():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print('f3 finally', i)
    return i
def f4():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x set to', x)
def f6():
    while True:
        try:
            raise KeyError('lost')
        finally:
            break
    return 'break swallowed'
print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
