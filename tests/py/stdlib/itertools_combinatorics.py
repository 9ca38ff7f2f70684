# itertools: product, permutations, combinations, combinations_with_replacement
import itertools as it
print(list(it.product('ab', [1, 2])))
print(list(it.product([0, 1], repeat=3)))
print(list(it.permutations('abc')))
print(list(it.permutations(range(4), 2)))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(3), 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)))
print(len(list(it.product(range(3), repeat=4))), len(list(it.permutations(range(6)))))
print(list(it.product()), list(it.permutations([])))
