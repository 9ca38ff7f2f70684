# Loop variables remain bound after loops; closures in loops
for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
fs = []
for k in range(3):
    def f():
        return k
    fs.append(f)
print([f() for f in fs])
fs2 = []
for k in range(3):
    def f(k=k):
        return k
    fs2.append(f)
print([f() for f in fs2])
while (w := 0):
    pass
print(w)
try:
    pass
except Exception as exc:
    pass
try:
    exc
except NameError as e:
    print(type(e).__name__, e)
