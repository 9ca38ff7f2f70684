# Float repr edge cases (shortest round-trip)
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, 1e16, 1e15, 123456789012345.6, 1e-5, 0.0001, 1e-4, 1.5e-7,
        1e22, 1e23, 2.5, 100.0, 1e100, 5e-324, 1.7976931348623157e308, 2 ** 0.5, 1 / 3]
for v in vals:
    print(repr(v), str(v))
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, -nan, inf - inf, inf * 0)
print(-0.0, 0.0 * -1, repr(-0.0), -0.0 == 0.0)
print(float('1e500'), float('-0'), float('.5'), float('5.'))
print(1e16 + 1, 9007199254740993.0, 0.1 * 3)
print(round(2.675, 2), 1.1 * 1.1, 3.0 * 1.1)
print(f'{0.1:.20f}', f'{1e16:f}', f'{1e-5:f}')
print(int(2.9), int(-2.9), float(7), float(-0))
print((0.5).as_integer_ratio(), (0.1).hex(), float.fromhex('0x1.8p1'), (3.0).is_integer())
