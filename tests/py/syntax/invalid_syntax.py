# invalid syntax
x = 1 +
print(x)
