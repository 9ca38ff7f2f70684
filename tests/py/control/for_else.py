# for loops with else, break, continue, nested loops
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('empty loop else')
for i in range(5):
    if i % 2:
        continue
    print('even', i)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
result = []
for i, ch in enumerate('abc'):
    for k in range(i + 1):
        result.append(ch * k)
print(result)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for i in range(3):
    pass
print('loop var after', i)
