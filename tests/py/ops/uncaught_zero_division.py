# Uncaught ZeroDivisionError terminates with traceback
def compute(a, b):
    return a / b
print(compute(1, 2))
print(compute(3, 0))
print('never printed')
