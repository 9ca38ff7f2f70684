# String literal kinds, escapes, implicit concatenation
print('single', "double", '''triple
single''', """triple
double""")
print('it\'s', "say \"hi\"", 'tab\there', 'nl\\n literal')
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600' == '\N{GRINNING FACE}')
print(len('\N{LATIN SMALL LETTER E WITH ACUTE}'))
print(r'raw\n\t', R'raw\\', rb'\x00'.hex() if False else len(r'\x00'))
print('con' 'cat' "enation", 'a' r'\b' 'c')
s = ('multi '
     'line '
     'concat')
print(s)
print(repr('quote\'s'), repr("both ' and \""), repr('\n\t\\'))
print(repr('\x00\x1f\x7f'), repr('é'), repr('\u200b'))
print('\a\b\f\v' == '\x07\x08\x0c\x0b')
print("line1\
 continued")
print(u'unicode prefix', U'also')
print(ascii('héllo ☃'))
