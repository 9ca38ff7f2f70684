# copy.copy vs copy.deepcopy
import copy
orig = {'a': [1, 2], 'b': {'c': [3]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig['a'].append(99)
orig['b']['c'].append(100)
print(sh, dp)
print(sh['a'] is orig['a'], dp['a'] is orig['a'])
lst = [1]
lst.append(lst)
dl = copy.deepcopy(lst)
print(dl, dl[1] is dl)
class C:
    def __init__(self): self.items = [1]
    def __copy__(self):
        print('custom copy')
        n = C(); n.items = self.items
        return n
c2 = copy.copy(C())
print(c2.items)
