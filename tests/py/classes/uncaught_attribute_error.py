# Uncaught AttributeError on a user-defined class
class Foo:
    def __init__(self):
        self.value = 1
f = Foo()
print(f.value)
print(f.qqq_nothing)
