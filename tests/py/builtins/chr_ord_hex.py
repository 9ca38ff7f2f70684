# chr/ord, hex/oct/bin, format() builtin
print(chr(65), chr(97), chr(0x20AC), chr(233), ord('A'), ord('€'), ord('\n'), ord('é'))
print([chr(i) for i in range(48, 58)])
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(format(255, 'x'), format(255, '#X'), format(5, '08b'), format(3.14159, '.2f'), format('s', '>4'), format(42))
print(format(1234567, ','), format(0.5, '%'), format(-3, '+d'), format(12, 'o'))
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: ord(''), lambda: ord('ab'), lambda: hex(1.5), lambda: ord(65), lambda: format(1, 'q')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(chr(ord('a') + 1), ''.join(chr(ord(c) ^ 32) for c in 'Hello'))
