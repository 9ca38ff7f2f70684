# Deeply nested containers and linked objects are freed without exhausting the
# interpreter's own stack (CPython's "trashcan").
l = []
for _ in range(200000):
    l = [l]
del l
t = ()
for _ in range(200000):
    t = (t,)
del t
d = {}
for _ in range(200000):
    d = {'k': d}
del d


class Node:
    def __init__(self, nxt):
        self.next = nxt


n = None
for _ in range(200000):
    n = Node(n)
del n
print("freed")
