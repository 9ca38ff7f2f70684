# Uncaught exception raised during handling of another
try:
    [][0]
except IndexError:
    print('handling index error')
    None.foo
