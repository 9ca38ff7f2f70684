# Searching with nested loops and flags vs else clauses
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == target:
            print('found at', r, c)
            break
    else:
        print('not in row', r)
        continue
    break
else:
    print('not found')
def find(t):
    for row in grid:
        for v in row:
            if v == t:
                return 'yes'
    return 'no'
print(find(9), find(10))
out = []
i = 0
while i < 3:
    j = 0
    while j < 3:
        if (i + j) % 2 == 0:
            out.append((i, j))
        j += 1
    i += 1
print(out)
