# Single inheritance, overriding, super() calls
class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        return '...'
    def describe(self):
        return f'{self.name}: {self.sound()}'
class Cat(Animal):
    def sound(self):
        return 'meow'
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def sound(self):
        return super().sound().upper() + '!'
for a in [Animal('generic'), Cat('tom'), Lion('leo', 'west')]:
    print(a.describe())
l = Lion('x', 'p')
print(l.pride, isinstance(l, Animal), issubclass(Lion, Cat), issubclass(Cat, Lion))
print(Lion.__bases__, Lion.__base__, Animal.__bases__)
print([c.__name__ for c in Lion.__mro__])
print(Cat.__subclasses__())
print(issubclass(Lion, (int, Animal)), isinstance(l, (str, int)), issubclass(bool, int))
print(issubclass(Lion, object), isinstance(Lion, type), type(Lion) is type)
