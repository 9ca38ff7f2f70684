# nonlocal rebinding through multiple levels and shadowing
def a():
    v = 'a'
    def b():
        v = 'b'
        def c():
            nonlocal v
            v = 'c changed b'
        c()
        return v
    return b(), v
print(a())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
try:
    exec('def f():\n    nonlocal zz\n')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec('x = 1\ndef f():\n    x = 2\n    global x\n')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
