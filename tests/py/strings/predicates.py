# is* predicate methods
tests = ['abc', 'ABC', 'Abc Def', 'abc123', '123', '12.5', ' ', '', '\t\n', 'a b', '½', '²', '٣', 'Ⅻ', '_id', '2x', 'class', 'héllo']
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isidentifier(), s.isnumeric(), s.isdecimal(), s.isascii(), s.isprintable())
