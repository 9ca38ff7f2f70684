# Equivalence of comprehensions and loops, and comprehension with side effects
res = []
for x in range(5):
    if x % 2 == 0:
        res.append(x ** 2)
print(res == [x ** 2 for x in range(5) if x % 2 == 0], res)
log = []
vals = [log.append(i) or i for i in range(3)]
print(vals, log)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [list(r) for r in zip(*matrix)])
print([[c for c in w] for w in ['ab', 'c']])
flat = [y for x in [[1, 2], [3]] for y in x]
print(flat)
print(list(map(list, zip(*[(1, 'a'), (2, 'b')]))))
