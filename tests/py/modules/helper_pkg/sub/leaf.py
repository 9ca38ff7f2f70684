# Helper nested submodule with a parent-relative import
from ..core import core_func
from .. import PKG_CONST
def leaf():
    return f'leaf sees {core_func()} and {PKG_CONST}'
print('helper_pkg.sub.leaf runs, __package__ =', __package__)
