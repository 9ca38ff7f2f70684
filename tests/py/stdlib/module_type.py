import types, sys
m = types.ModuleType('lazy', 'doc')
print(m, m.__name__, m.__doc__, sorted(m.__dict__))
for args in [(), (1,)]:
    try: types.ModuleType(*args)
    except TypeError as e: print(e)
sys.modules['fake'] = m
m.x = 5
import fake
print(fake.x)
from fake import x
print(x)
