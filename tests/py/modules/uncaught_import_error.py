# Uncaught ModuleNotFoundError
print('trying import')
import nope
