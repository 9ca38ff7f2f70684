# Nested list/dict/set comprehensions and conditions
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({x: [y for y in range(x)] for x in range(4)})
print({(x, y) for x in range(3) for y in range(3) if x < y} == {(0, 1), (0, 2), (1, 2)})
print([(x, y) for x in range(3) if x for y in 'ab' if y != 'b'])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([i if i % 3 else 'fizz' for i in range(7)])
print(sum([[1], [2, 3], []], []), [c.upper() for c in 'abc' if c != 'b'])
print([v for v in (x * x for x in range(5)) if v > 3])
words = ['apple', 'bob', 'civic', 'dog']
print({w: w == w[::-1] for w in words})
print(sorted({len(w) for w in words}))
