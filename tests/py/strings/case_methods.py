# upper/lower/title/capitalize/swapcase/casefold
for s in ['hello World', "they're bill's friends", 'ÉCOLE straße', 'mIxEd 123 caSe', '', 'a1b2']:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
print('ß'.upper(), 'ß'.casefold(), 'ß'.lower(), 'ǅ'.lower(), 'ǅ'.upper(), 'ﬁ'.upper())
print('Straße'.casefold() == 'STRASSE'.casefold())
