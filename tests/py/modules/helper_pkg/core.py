# Helper submodule using relative imports
print('helper_pkg.core runs, __name__ =', __name__)
def core_func():
    return 'core_func result'
