# Mixing ints and floats, conversions and equality
print(1 + 1.0, 2 * 0.5, 3 - 3.0, 7 // 2.0, 2 ** 3.0)
print(1 == 1.0, hash(1) == hash(1.0), {1: 'a', 1.0: 'b'})
print(int('42'), int(' -7 '), int(3.99), int(True), float('3'), float(True))
print(10 / 4, 10 // 4, 10 % 4.0, -10 / 4)
print(2 ** 62 + 0.0, float(2 ** 63), 2 ** 53 + 1.0)
print(1 / 7 * 7 == 1, 3 * 0.1)
print(sum([0.1] * 10), sum([1, 2, 3.0]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0))
print(int(1e10), int(-1.5e3), round(2.5) + 0.5)
print(isinstance(1, float), isinstance(1.0, int), isinstance(True, int))
print((1).real, (1.5).imag, (7).numerator, (7).denominator, (2).conjugate())
for s in ['1.5', 'abc', '', '1e']:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
