# unclosed paren
print("start"
x = 1
