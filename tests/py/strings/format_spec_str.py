# Format-spec mini-language for strings
s = 'text'
for spec in ['', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.2', '-<8', '^^9', '0>6']:
    print(repr(spec), repr(format(s, spec)))
print(repr(f'{"é":^5}'), repr(f'{"":>3}'), repr(f'{"long string":5}'))
for bad in ['d', '+', ',', '#']:
    try:
        format(s, bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(format(None, ''), format([1, 2]), format(object, '') == str(object))
try:
    format(None, 'x')
except TypeError as e:
    print(type(e).__name__, e)
