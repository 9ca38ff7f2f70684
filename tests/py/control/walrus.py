# Assignment expressions (walrus operator)
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print('got', v)
print(v)
print((a := 10) + a, a)
vals = [(m := i) for i in range(3)]
print(vals, m)
def f():
    if any((hit := w) > 4 for w in [1, 6, 3]):
        return hit
print(f())
total = 0
print([total := total + i for i in range(5)], total)
