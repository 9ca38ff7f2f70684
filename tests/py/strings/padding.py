# center/ljust/rjust/zfill with fill characters
print(repr('abc'.center(9)), repr('abc'.center(8, '*')), repr('abc'.center(2)), repr('ab'.center(5, '-')))
print(repr('abc'.ljust(6, '.')), repr('abc'.rjust(6, '.')), repr('abc'.ljust(1)), repr(''.rjust(3, 'x')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3), '-'.zfill(3), ''.zfill(2))
try:
    'a'.center(5, 'xy')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.ljust('5')
except TypeError as e:
    print(type(e).__name__, e)
for i in range(1, 4):
    print(('*' * (2 * i - 1)).center(7, '.'))
