# Instance and class attributes, methods, attribute lookup
class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self):
        return f'{self.name} says woof'
a, b = Dog('Rex'), Dog('Fido')
print(a.speak(), b.speak(), Dog.count, a.count)
a.species = 'wolf'
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
print(sorted(a.__dict__), 'species' in Dog.__dict__)
Dog.species = 'changed'
print(b.species)
a.extra = [1]
print(a.extra, hasattr(b, 'extra'))
try:
    b.extra
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(type(a).__name__, a.__class__ is Dog, isinstance(a, Dog))
print(Dog.speak(a), Dog.__name__, Dog.__qualname__, Dog.__module__)
