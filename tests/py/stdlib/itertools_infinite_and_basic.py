# itertools: count, cycle, repeat, chain, islice, zip_longest, starmap, takewhile, dropwhile, filterfalse, pairwise
import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 5), 3)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle('abc'), 7)), list(it.repeat('x', 3)), list(it.islice(it.repeat(0), 2)))
print(list(it.chain([1, 2], 'ab', range(2))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice(range(10), 3)), list(it.islice(range(10), 1, 8, 3)))
print(list(it.zip_longest('ab', [1, 2, 3])), list(it.zip_longest('a', 'bc', fillvalue='-')))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(7))), list(it.pairwise('abcd')), list(it.compress('abcdef', [1, 0, 1, 0, 1])))
try:
    it.islice('abc', -1)
except ValueError as e:
    print(type(e).__name__, e)
