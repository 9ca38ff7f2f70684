class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), [x * 2 for x in Count(3)])
for x in Count(2):
    print(x)
else:
    print("else")
class Bad:
    def __iter__(self): return self
    def __next__(self): raise ValueError("bad next")
try:
    for x in Bad(): pass
except ValueError as e:
    print("caught", e)
def gen():
    for x in Count(3):
        yield x
print(list(gen()))
import threading, queue
q = queue.Queue()
class Lines:
    def __iter__(self): return self
    def __next__(self):
        v = q.get()
        if v is None: raise StopIteration
        return v
def producer():
    for i in range(3): q.put(i)
    q.put(None)
out = []
def consumer():
    for v in Lines(): out.append(v)
c = threading.Thread(target=consumer); c.start()
import time; time.sleep(0.05)
producer(); c.join(); print(out)
