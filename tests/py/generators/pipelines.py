# Generator pipelines composing stages
def read(lines):
    for line in lines:
        yield line
def strip(src):
    for s in src:
        yield s.strip()
def nonempty(src):
    for s in src:
        if s:
            yield s
def numbers(src):
    for s in src:
        try:
            yield int(s)
        except ValueError:
            print('skip', repr(s))
def running_total(src):
    t = 0
    for n in src:
        t += n
        yield t
data = [' 1', '2 ', '', 'x', ' 10 ', '  ', '7']
print(list(running_total(numbers(nonempty(strip(read(data)))))))
def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunks(range(10), 3)))
def window(seq, n):
    it = iter(seq)
    w = []
    for x in it:
        w.append(x)
        if len(w) > n:
            w.pop(0)
        if len(w) == n:
            yield tuple(w)
print(list(window('abcde', 3)))
