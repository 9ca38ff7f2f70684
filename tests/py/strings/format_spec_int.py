# Format-spec mini-language for integers
n = 123456
for spec in ['d', '10d', '<10d', '^10d', '>10d', '010d', '+d', '-d', ' d', ',', '_', '_b', '_x', 'b', '#b', 'o', '#o', 'x', '#X', 'c', 'n', '*^12,', '=+12', '#010x', 'e', '.2f', '%']:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)) if spec != 'c' else '')
print(format(0, '#x'), format(255, '08b'), format(65, 'c'), format(True, 'd'), format(-0, '+d'))
for bad in ['s', ',d,', '.2d', 'z']:
    try:
        format(5, bad)
    except ValueError as e:
        print(type(e).__name__, e)
