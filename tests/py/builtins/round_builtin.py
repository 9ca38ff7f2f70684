# round() on ints and floats with various ndigits
for v in [0.5, 1.5, 2.5, -2.5, 3.45, 2.675, 1e20, -0.4, 7]:
    print(v, round(v), round(v, 1), round(v, -1))
print(round(1234.5678, 2), round(1234.5678, -2), round(-1234.5678, -3), round(15, -1), round(25, -1), round(-25, -1))
print(type(round(1.5)), type(round(1.5, 1)), type(round(15, -1)), round(1, 5))
print(round(0.1 + 0.2, 10), round(5e-324, 400) if False else 'skip')
class R:
    def __round__(self, n=None):
        return f'rounded with {n}'
print(round(R()), round(R(), 2))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
