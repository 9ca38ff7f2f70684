# Comprehension variables don't leak; generator expression evaluation order
i = 'outer i'
squares = [i * i for i in range(4)]
print(squares, i)
d = {k: v for k, v in [('a', 1)]}
print(d, 'k' in dir())
s = {j % 3 for j in range(10)}
print(sorted(s), 'j' in dir())
g = (m for m in range(3))
print(list(g), 'm' in dir())
n = 2
print([n * x for x in range(3)])
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
print([[c for c in range(r)] for r in range(4)])
def f():
    y = 10
    return [y + z for z in range(3)]
print(f())
funcs = [lambda: q for q in range(3)]
print([fn() for fn in funcs])
x = [1, 2]
gen = (v * 2 for v in x)
x = [100]
print(list(gen))
