# float() and bool() constructors
print(float(), float(3), float('3.5'), float(' -2e3 '), float('inf'), float('-Infinity'), float('NaN'))
print(float('1_000.5'), float(True), float('.5e1'))
for s in ['x', '', '1.2.3', '1e', 'infinity and beyond']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [], {}]:
    try:
        float(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(bool(), bool(0), bool(1), bool(''), bool(' '), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(float('nan')))
print(bool.__name__, bool(2) is True, True + True, str(True), repr(False), int(True))
class C: pass
print(bool(C()), bool(C))
