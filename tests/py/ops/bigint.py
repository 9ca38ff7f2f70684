# Arbitrary precision integers beyond 2**64
a = 2 ** 64
print(a, a - 1, a + 1, -a)
print(2 ** 100, 3 ** 50, 10 ** 30 + 1)
b = 123456789012345678901234567890
print(b * b)
print(b // 12345, b % 12345, divmod(b, -98765))
print(-b // 7, -b % 7)
print(2 ** 200 >> 150, 1 << 130, (2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 69))
print(~(2 ** 80), -(2 ** 80) >> 3)
print(repr(2 ** 64), str(-(2 ** 65)), hex(2 ** 64), bin(2 ** 65), oct(2 ** 64))
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63, 2 ** 64 > 1.8e19)
print(float(2 ** 64), int(1e20), int(-1e20))
print(abs(-(10 ** 25)), pow(2, 100, 10 ** 9 + 7), (2 ** 64).bit_length())
import math
print(math.factorial(30))
print(sum(range(10 ** 6)) * 10 ** 12)
print(int('9' * 40) + 1)
print((10 ** 40) / (10 ** 20), 2 ** 64 / 2)
try:
    print(2 ** 10000 / 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(len(str(2 ** 1000)), str(7 ** 77)[:20])
print((2**64).to_bytes(9, 'big'), int.from_bytes(b'\x01\x00', 'little'))
