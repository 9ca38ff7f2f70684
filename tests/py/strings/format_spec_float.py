# Format-spec mini-language for floats
vals = [3.14159265, -0.5, 1234567.891, 1e-7, 1e20, 0.0, float('inf'), float('nan'), 2.5]
for spec in ['', 'f', '.2f', '10.3f', '<10.1f', '+.1f', ' .1f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', ',.2f', '_.1f', '012.2f', '#.0f', '.0f', 'n', '=+10.2f', '*>12.3g']:
    print(repr(spec), [format(v, spec) for v in vals])
print(f'{2.675:.2f} {0.125:.2f} {0.375:.2f} {1.5:.0f} {2.5:.0f}')
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
