# Conditional expressions including nesting and laziness
for x in (-2, 0, 3):
    print(x, 'pos' if x > 0 else 'zero' if x == 0 else 'neg')
def boom():
    raise RuntimeError('should not run')
print(1 if True else boom())
print(boom() if False else 2)
print([i if i % 2 else -i for i in range(6)])
f = (lambda v: 'big' if v > 10 else 'small')
print(f(5), f(50))
print((1, 2) if [] else (3, 4))
x = 5
y = x * 2 if x < 10 else x / 2
print(y)
