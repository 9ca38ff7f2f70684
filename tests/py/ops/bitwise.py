# Bitwise operators on ints including negatives and bools
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, 5 << 0)
print(-5 & 0xFF, -5 | 2, -5 ^ -3)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(0b1100 & 0b1010 == 0b1000)
x = 0b1111
x &= 0b0101; print(bin(x))
x |= 0b1000; print(bin(x))
x ^= 0b0001; print(bin(x))
x <<= 2; print(bin(x))
x >>= 1; print(bin(x))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 1.5
except TypeError as e:
    print(type(e).__name__, e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length())
print((10).bit_count() if hasattr(int, 'bit_count') else 2)
