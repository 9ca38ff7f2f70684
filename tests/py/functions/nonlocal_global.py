# nonlocal and global declarations
x = 'global x'
def read_global():
    return x
def write_global():
    global x
    x = 'modified'
print(read_global())
write_global()
print(x)
def new_global():
    global created_later
    created_later = 99
new_global()
print(created_later)
def outer():
    y = 1
    def inner():
        nonlocal y
        y += 1
        def innermost():
            nonlocal y
            y *= 10
        innermost()
    inner()
    return y
print(outer())
def shadow():
    x = 'local'
    def inner():
        global x
        return x
    return inner(), x
print(shadow())
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(5)
print(counter)
