# Indexing, slicing with steps, iteration over unicode strings
s = 'héllo wörld'
print(s[0], s[1], s[-1], s[-5], s[1:4], s[::2], s[::-1], s[8:3:-1], s[-3:], s[:100], s[100:], s[5:2])
print(len(s), s[len(s) - 1], list(s[:3]), [c for c in 'añb'], 'naïve'.upper())
emoji = 'a😀b'
print(len(emoji), emoji[1], emoji[::-1], emoji.index('b'))
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'H'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
for i, ch in enumerate('über'):
    print(i, ch, ord(ch))
