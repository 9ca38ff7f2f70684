# Uncaught ValueError from unpacking
a, b = (1, 2)
print(a, b)
x, y, z = [1, 2]
