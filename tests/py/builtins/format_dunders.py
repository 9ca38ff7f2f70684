# The built-in types' __format__/__str__ called directly and via super().
print(str.__format__('ab', '>5'), int.__format__(255, 'x'), float.__format__(1.5, '.3f'), str.__str__('a'), int.__str__(5))
class Money(int):
    def __format__(self, spec):
        return '$' + super().__format__(spec)
    def __str__(self):
        return 'Money ' + super().__str__()
print(f'{Money(1234):,}', str(Money(5)), format(Money(7), '03d'))
class Name(str):
    def __format__(self, spec):
        return str.__format__(self.upper(), spec)
print(f'[{Name("bob"):^7}]')
try:
    format(object(), 'x')
except TypeError as e:
    print(e)
