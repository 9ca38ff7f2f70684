# Recursive list and dict reprs, identity vs equality
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {'k': 1}
d['self'] = d
print(d)
b = [a, [a]]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
t = ([],)
t[0].append(t)
print(t)
print([[]] * 3, [[0] * 2 for _ in range(2)])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
print([1, 2] == [1, 2], [1, 2] is [1, 2], [[1]] == [[1.0]])
