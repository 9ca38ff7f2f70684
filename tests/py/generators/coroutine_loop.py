# Coroutine-style generators driven by send
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
for v in [10, 20, 30, 45]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print('result', e.value)
def grep(pattern):
    print('looking for', pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print('matches', matches)
gr = grep('py')
next(gr)
for line in ['python', 'rust', 'pypy', 'go']:
    gr.send(line)
gr.close()
def broadcaster(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
def printer(tag):
    while True:
        item = yield
        print(tag, item)
p1, p2 = printer('p1'), printer('p2')
next(p1); next(p2)
b = broadcaster([p1, p2])
next(b)
b.send('hello')
b.send(42)
