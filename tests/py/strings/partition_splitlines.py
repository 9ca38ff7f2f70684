# partition/rpartition and splitlines with keepends
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='), 'novalue'.partition('='), 'novalue'.rpartition('='))
print('a::b'.partition('::'), ''.partition('x'))
try:
    'a'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
text = 'line1\nline2\r\nline3\rline4\n\nlast'
print(text.splitlines())
print(text.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), 'a\n'.splitlines(True), 'x\x0by\x0cz\x1cw\u2028v'.splitlines())
print('a\nb'.split('\n'), 'a\nb\n'.split('\n'))
