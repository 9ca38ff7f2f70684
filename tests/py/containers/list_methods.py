# list methods: append/extend/insert/remove/pop/index/count/reverse/copy/clear
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); l.extend('ab'); l.extend(range(2)); print(l)
l.insert(0, 'first'); l.insert(100, 'last'); l.insert(-1, 'before last'); l.insert(-100, 'very first'); print(l)
l.remove('a'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(2), l.index(1, 2) if 1 in l[2:] else 'n/a', l.count(1), l.count('zz'))
l.reverse(); print(l)
c = l.copy(); c.append('copy only'); print(len(l), len(c), c[-1])
l.clear(); print(l, c[:2])
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1].insert(0), lambda: [].append(1, 2), lambda: [1, 2].index(1, 1)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
