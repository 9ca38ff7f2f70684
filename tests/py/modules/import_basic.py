# import of a helper module beside the script; attributes and module repr
import helper_mod
print(helper_mod.VALUE, helper_mod.greet('x'), helper_mod.Thing(), helper_mod.__name__)
print(type(helper_mod).__name__, hasattr(helper_mod, '_private'))
import helper_mod as hm
print(hm is helper_mod)
from helper_mod import greet, VALUE as V
print(greet('y'), V)
print(__name__, __name__ == '__main__')
