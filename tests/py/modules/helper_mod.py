# Helper module imported by the modules/ tests (not a test itself)
print('helper_mod body runs, __name__ =', __name__)
VALUE = 42
def greet(name):
    return f'hello {name} from helper_mod'
class Thing:
    def __repr__(self):
        return 'Thing()'
_private = 'underscore'
if __name__ == '__main__':
    print('never printed on import')
