# Uncaught KeyError shows repr of the key
d = {}
d[(1, 'a')] = 1
print(d[(1, 'a')])
print(d[(2, 'b')])
