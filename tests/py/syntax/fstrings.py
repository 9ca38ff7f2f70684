# f-strings: nested expressions, conversions, nested specs, = specifier
x = 3.14159
w, p = 10, 3
name = 'Ana'
items = [1, 2, 3]
print(f'{x}')
print(f'{x:.2f}|{x:10.3f}|{x:<10.1f}|')
print(f'{x:{w}.{p}f}|')
print(f'{name!r} {name!s} {"é"!a}')
print(f'{x=}', f'{name=}', f'{1+1=}', f'{x = :.1f}')
print(f'{items[1]} {items[-1] * 2} {len(items)}')
print(f'{ {"a": 1}["a"] }')
print(f'{"nested " + f"{name.upper()}"}')
print(f'{{literal braces}} {{{name}}}')
d = {'k': 'v'}
print(f"{d['k']}", f'{d!r}')
print(f'{42:#x} {42:08b} {1234567:,} {0.25:%}')
print(f'{"left":<8}|{"right":>8}|{"mid":^9}|{"fill":*^10}|')
print(f'{name!r:>10}|')
print(F'upper F {w + p}')
print(rf'raw {name}\n', fr'{w}\t')
print(f'{3 if x > 3 else 0}', f'{(lambda v: v * 2)(4)}')
print(f'''multi
{name}''')
print(f'{x!r:>12}')
