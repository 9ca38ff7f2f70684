# Floor division and modulo with negatives, ints and floats, divmod
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 % 2.0, 5 % -3.0)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(0 // 5, 0 % 5, -1 % 10, -11 // 10)
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7, -(10 ** 20) % 7)
print(1e300 % 7, -0.0 % 5, 0.0 // -1)
for bad in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: divmod(1, 0), lambda: 1 / 0, lambda: 1.0 / 0):
    try:
        bad()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
