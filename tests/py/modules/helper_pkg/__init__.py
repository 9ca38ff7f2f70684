# Helper package for modules/ tests
print('helper_pkg/__init__ runs')
PKG_CONST = 'pkg'
from .core import core_func
