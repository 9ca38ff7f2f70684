# User-defined exception classes with extra state
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
        self.problem = problem
class RangeError(ValidationError):
    def __init__(self, field, lo, hi):
        super().__init__(field, f'must be in [{lo}, {hi}]')
        self.lo, self.hi = lo, hi
def validate(age):
    if not isinstance(age, int):
        raise ValidationError('age', 'not an int')
    if not 0 <= age <= 150:
        raise RangeError('age', 0, 150)
    return age
for v in (30, 'x', 200):
    try:
        print('valid', validate(v))
    except RangeError as e:
        print('range', e, e.lo, e.hi, e.field)
    except ValidationError as e:
        print('validation', e, e.problem, e.args)
class Empty(Exception): pass
try:
    raise Empty
except Empty as e:
    print(repr(e), str(e) == '', type(e).__mro__[1].__name__)
errs = []
for i in range(3):
    try:
        raise RangeError(f'f{i}', i, i * 2)
    except Exception as e:
        errs.append(e)
print([str(e) for e in errs])
