# Subclassing Exception with custom attributes and str
class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'
try:
    raise CodeError(404, 'not found')
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class Plain(Exception): pass
for args in [(), ('one',), ('a', 2)]:
    e = Plain(*args)
    print(repr(e), str(e), e.args)
class WithRepr(ValueError):
    def __repr__(self): return 'WithRepr!'
print(repr(WithRepr('x')), str(WithRepr('x')), isinstance(WithRepr(), ValueError))
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = NoSuperInit(1, 2)
print(e.args, str(e), e.a)
print(issubclass(CodeError, Exception), CodeError.__mro__[1:3])
