# ImportError and ModuleNotFoundError messages
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import helper_pkg.nope_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    from nope2 import x
except ImportError as e:
    print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))
print(issubclass(ModuleNotFoundError, ImportError))
