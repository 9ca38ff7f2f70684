# int() with bases, strings, floats and error messages
print(int(), int(5), int(-5.9), int('  42\n'), int('-0'), int('+7'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('z', 36), int('10', 2))
print(int('777', 8), int('0o777', 0), int('0b11', 0), int('1_000_000'), int(b'12'))
for args in [('x',), ('12.5',), ('',), ('1 2',), ('ff',), ('8', 8), ('0x', 16), ('08', 0), ('1', 1), ('1', 37)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for arg in [None, [1], 1j]:
    try:
        int(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int('١٢٣'), int(True), int(False))
