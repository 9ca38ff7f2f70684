# printf-style % formatting
print('%s %d %f' % ('s', 42, 3.5))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%.2f|%10.3f|%-10.1f|%e|%E|%g|%G' % (3.14159, 2.71828, 1.5, 12345.678, 0.00012, 0.00001234, 1e20))
print('%x|%X|%#x|%o|%#o|%c|%c' % (255, 255, 255, 8, 8, 65, 'z'))
print('%r|%s|%a' % ('q', 'q', 'é'))
print('%(name)s is %(age)03d' % {'name': 'Bo', 'age': 7})
print('%%|%s%%' % 50, '%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),))
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%i %u' % (3, 4), '%.3s' % 'abcdef', '%5.1s|' % 'xyz')
for bad in [lambda: '%d' % 'a', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '%z' % 1, lambda: '%(k)s' % {}, lambda: '%c' % 'ab']:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
