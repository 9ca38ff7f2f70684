# expandtabs, translate/maketrans, str.count edge cases
print(repr('a\tb\tc'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('abcd\te'.expandtabs(4)), repr('\t'.expandtabs(0)))
print(repr('12\t3\n1\t2'.expandtabs(3)))
t = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'J'}))
print('remove vowels'.translate(str.maketrans('', '', 'aeiou')))
print(str.maketrans({'a': '1'}), 'a-b'.translate(str.maketrans('-', '_')))
try:
    str.maketrans('ab', 'x')
except ValueError as e:
    print(type(e).__name__, e)
