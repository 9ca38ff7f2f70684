# Module-level dunders and dir() of a module
import helper_mod
print(sorted(n for n in dir(helper_mod) if not n.startswith('__')))
print(helper_mod.__name__, helper_mod.__file__.endswith('helper_mod.py'), helper_mod.__doc__)
print(__name__, __file__.endswith('module_attributes.py'), __doc__)
import sys
me = sys.modules[__name__]
print(me.__name__, hasattr(me, 'helper_mod'))
