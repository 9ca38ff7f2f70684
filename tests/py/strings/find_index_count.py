# find/rfind/index/rindex/count with ranges, substring not found
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.rfind('hello'), s.find('xyz'), s.rfind('o', 0, 10), s.find(''), s.rfind(''))
print(s.index('world'), s.rindex('o'), s.count('o'), s.count('hello'), s.count(''), 'aaaa'.count('aa'), s.count('o', 5, 20))
print(s.find('o', -5), s.find('h', 100), 'abc'.find('c', -1))
for bad in [lambda: s.index('xyz'), lambda: s.rindex('q'), lambda: s.index('hello', 20), lambda: s.find(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
