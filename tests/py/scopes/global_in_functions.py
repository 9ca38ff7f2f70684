# Reading, writing and creating globals from nested functions
counter = 0
def incr():
    global counter
    counter += 1
def read():
    return counter
for _ in range(3):
    incr()
print(counter, read())
def make():
    global made
    made = 'made it'
    def inner():
        global made
        made += '!'
    inner()
make()
print(made)
print('counter' in globals(), 'nope' in globals())
globals()['dynamic'] = 42
print(dynamic)
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
