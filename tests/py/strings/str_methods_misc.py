# Less common str methods and constructors
print(str(123), str(1.5), str([1]), str(None), str(b'x'), str(), str('already'))
print('a,b'.split(','), 'Hello'.center(11, '='), 'x'.isascii())
print('tab\tsep'.split('\t'), 'MiXeD'.lower().capitalize())
print('{:,}'.format(10 ** 9), '%08.3f' % -3.14159)
print(' '.join(w.capitalize() for w in 'the quick brown fox'.split()))
print('abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1), 'a'.__add__('b'))
words = 'the cat and the hat and the bat'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(str.join(',', ['a', 'b']), str.upper('q'), str.__name__)
print('%s' % 'x' * 3, ('%s' % 'x') * 3)
