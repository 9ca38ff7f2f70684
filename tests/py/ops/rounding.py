# round() banker's rounding, ndigits, and related
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5.0), type(round(5.5)).__name__, type(round(5.5, 0)).__name__, round(5.5, 0))
print(round(0.125, 2), round(0.375, 2), round(-0.0), round(1e20))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
print(abs(-3), abs(-3.5), abs(0.0), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.0, -5))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
