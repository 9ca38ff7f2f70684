# Reference cycles are finalised by gc.collect()
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('finalising', self.name)
gc.disable()
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('cycle unreachable, not yet collected')
n = gc.collect()
print('collected something:', n >= 2)
s = Node('self')
s.other = s
del s
gc.collect()
print('done')
gc.enable()
