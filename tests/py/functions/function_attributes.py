# __name__, __qualname__, __doc__, __module__, custom attributes
def top():
    """Top level doc."""
    def nested():
        pass
    return nested
class K:
    def method(self):
        """method doc"""
        pass
    class Inner:
        def deep(self):
            pass
print(top.__name__, top.__qualname__, top.__doc__)
n = top()
print(n.__name__, n.__qualname__, n.__doc__)
print(K.method.__name__, K.method.__qualname__, K.method.__doc__)
print(K.Inner.deep.__qualname__, K.Inner.__qualname__, K.__name__)
print(top.__module__, K.__module__)
top.custom = 'value'
top.count = 3
print(top.custom, top.count, top.__dict__)
print(hasattr(top, 'missing'), getattr(top, 'missing', 'dflt'))
try:
    top.missing
except AttributeError as e:
    print(type(e).__name__, e)
top.__name__ = 'renamed'
print(top.__name__, top.__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)
def with_ann(a: int, b: str = 'x') -> bool:
    pass
print(with_ann.__annotations__)
print(callable(top), type(top).__name__, type(K().method).__name__)
print(K().method.__self__.__class__.__name__, K().method.__func__ is K.method)
