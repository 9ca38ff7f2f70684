# An uncaught exception raised inside nested loops ends the program
data = {'a': 1, 'b': 2}
for key in ['a', 'b', 'c']:
    for _ in range(1):
        print(key, data[key])
print('unreachable')
