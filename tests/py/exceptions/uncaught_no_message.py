# Uncaught exception with no message prints only the class name
class Quiet(Exception):
    pass
print('about to raise')
raise Quiet
