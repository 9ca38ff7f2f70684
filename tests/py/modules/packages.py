# Package import: __init__, submodules, import a.b, relative imports inside the package
import helper_pkg
print(helper_pkg.PKG_CONST, helper_pkg.core_func())
import helper_pkg.core
print(helper_pkg.core.core_func(), helper_pkg.core.__name__)
import helper_pkg.sub.leaf
print(helper_pkg.sub.leaf.leaf())
from helper_pkg.sub import leaf as leaf_mod
print(leaf_mod.leaf(), leaf_mod.__name__)
from helper_pkg.sub.leaf import leaf
print(leaf())
print(helper_pkg.__name__, helper_pkg.core.__package__)
