# str() of SyntaxError shows the file's base name and the line when known.
e = SyntaxError('m', ('/a/b.py', 3, 1, 'x'))
print(str(e), e.msg, e.filename, e.lineno, e.offset, e.text)
print(str(SyntaxError('m', (None, 3, 1, 'x'))))
print(str(SyntaxError('m', ('f', None, 1, 'x'))))
e = SyntaxError('only message')
print(str(e), e.args)
try:
    compile("x = (", "prog.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.lineno)
try:
    exec("x = = 1")
except SyntaxError as e:
    print(e)
print(str(IndentationError('bad', ('m.py', 2, 1, ' x'))))
