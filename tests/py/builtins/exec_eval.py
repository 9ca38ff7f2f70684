# eval and exec with globals and locals dictionaries
print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'), eval('len("abc")'))
g = {'a': 5}
print(eval('a + 1', g), eval('a * b', g, {'b': 3}))
ns = {}
exec('x = 10\ndef f(y):\n    return x + y\nresult = f(5)', ns)
print(ns['x'], ns['result'], sorted(k for k in ns if k != '__builtins__'))
exec('print("exec prints", 1 + 1)')
loc = {}
exec('z = 3', {}, loc)
print(loc)
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('undefined_name_q')
except NameError as e:
    print(type(e).__name__, e)
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
code = compile('3 ** 2', '<string>', 'eval')
print(eval(code), type(code).__name__)
