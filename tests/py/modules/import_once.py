# sys.modules caching: module body runs only once
import sys
print('helper_mod' in sys.modules)
import helper_mod
import helper_mod
from helper_mod import VALUE
print('helper_mod' in sys.modules, sys.modules['helper_mod'] is helper_mod)
helper_mod.VALUE = 'mutated'
import helper_mod as again
print(again.VALUE)
import importlib
reloaded = importlib.reload(helper_mod)
print(reloaded is helper_mod, helper_mod.VALUE)
