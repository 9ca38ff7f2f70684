# Uncaught TypeError from adding int and str
total = 0
for item in [1, 2, 'three']:
    print('adding', repr(item))
    total = total + item
print(total)
