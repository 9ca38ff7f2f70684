# __getattr__, __getattribute__, __setattr__, __delattr__
class Dyn:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:].upper()
        raise AttributeError(f'no {name}')
d = Dyn()
print(d.real, d.auto_hello, getattr(d, 'auto_x'), hasattr(d, 'missing'))
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name != 'log':
            self.log.append(f'get {name}')
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f'set {name}')
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f'del {name}')
        object.__delattr__(self, name)
l = Logged()
l.x = 1
y = l.x
del l.x
try:
    l.x
except AttributeError as e:
    print(type(e).__name__, e)
print(l.log)
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError(f'cannot set {k}')
try:
    Frozen().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Fallback:
    x = 'class attr'
    def __getattr__(self, name):
        return f'fallback {name}'
f = Fallback()
print(f.x, f.y)
