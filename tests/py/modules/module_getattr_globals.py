import types, sys
m = types.ModuleType('lazy')
exec("""
def __getattr__(name):
    global loaded
    loaded = name
    return 42
""", m.__dict__)
print(m.foo, m.loaded)
