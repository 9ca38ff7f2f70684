# Reference cycles (instances, lists, dicts, closures) are found by gc.collect().
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def make_cycles():
    a = Node("a")
    b = Node("b")
    a.peer = b
    b.peer = a
    lst = [1, 2]
    lst.append(lst)
    d = {}
    d["me"] = d

    def inner():
        return cells

    cells = [inner]


gc.collect()
for _ in range(10):
    make_cycles()
print(gc.collect() > 0)
print(gc.collect() == 0)
kept = Node("kept")
kept.peer = kept
print(gc.collect() == 0, kept.peer.name)
