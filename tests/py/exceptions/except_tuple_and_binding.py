# except (A, B) as e; e unbound after handler; handler order
def risky(k):
    if k == 0: return 1 / 0
    if k == 1: return [][0]
    if k == 2: return {}['x']
    if k == 3: return int('x')
    return 'fine'
for k in range(5):
    try:
        print(risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print('group A', type(e).__name__, e)
    except LookupError as e:
        print('lookup', type(e).__name__, e)
    except Exception as e:
        print('generic', type(e).__name__, e)
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
try:
    1 / 0
except ArithmeticError:
    print('base class caught first')
except ZeroDivisionError:
    print('never')
try:
    try:
        raise KeyError(1)
    except IndexError:
        print('wrong handler')
except KeyError:
    print('outer handler')
errors = (TypeError, ValueError)
try:
    int([])
except errors as e:
    print('tuple var', type(e).__name__)
try:
    raise ValueError
except (ValueError):
    print('parenthesized single')
