# divmod, pow, abs across types
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(-8, 1/3).__class__.__name__, pow(5, 3, 13), pow(2, 100, 97))
print(pow(38, -1, 97), pow(10, 0), pow(0, 0), pow(0.0, 0))
print(abs(-7), abs(7), abs(-2.5), abs(3 - 4j), abs(-(2 ** 100)), abs(False))
for bad in [lambda: divmod(1, 0), lambda: divmod('a', 1), lambda: pow(2, 3, 0), lambda: pow('a', 2), lambda: abs(None), lambda: divmod(1.0, 0.0)]:
    try:
        bad()
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
