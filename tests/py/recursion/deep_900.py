# Recursion 900 deep works with the default limit
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def sum_list(l):
    return 0 if not l else l[0] + sum_list(l[1:])
print(sum_list(list(range(800))))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(500)
d = 0
while x:
    x = x[0]
    d += 1
print(d)
