# Integer literals in all bases, with underscores
print(0, 00, 0_0)
print(1_000_000, 0x_FF, 0xff, 0XAB)
print(0o17, 0O777, 0o_1_2)
print(0b1010, 0B1111_0000, 0b_1)
print(123456789012345678901234567890)
print(0xFFFF_FFFF_FFFF_FFFF_FFFF)
print(-0x10, +0o10, ~0b10)
print(type(0x10).__name__, 0x10 == 16)
print(1_2_3 + 4_5)
print(int('1_000'), int('0x1F', 16), int('0b101', 0), int('0o17', 0), int('017', 8))
try:
    int('1__0')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('_1')
except ValueError as e:
    print(type(e).__name__, e)
print(True + True, False * 10, True << 3)
