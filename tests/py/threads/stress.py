# Contention with a tiny switch interval: RLock, Queue, SimpleQueue, thread names,
# Semaphore, local, Barrier, Condition must stay consistent
import sys, threading, queue
sys.setswitchinterval(0.00001)
r = threading.RLock()
cnt = [0]
def rl():
    for _ in range(300):
        with r:
            with r:
                v = cnt[0]; cnt[0] = v + 1
ts = [threading.Thread(target=rl) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print('rlock', cnt[0])
q = queue.Queue(5)
out = []
def prod(b):
    for i in range(200): q.put(b + i)
def cons():
    while True:
        x = q.get()
        if x is None: q.task_done(); return
        out.append(x); q.task_done()
ps = [threading.Thread(target=prod, args=(k * 1000,)) for k in range(4)]
cs = [threading.Thread(target=cons) for _ in range(4)]
for t in ps + cs: t.start()
for t in ps: t.join()
q.join()
for _ in cs: q.put(None)
for t in cs: t.join()
print('queue', len(out), len(set(out)))
sq = queue.SimpleQueue(); got = []
def sprod():
    for i in range(300): sq.put(i)
def scons():
    for i in range(300): got.append(sq.get())
ts = [threading.Thread(target=sprod) for _ in range(3)] + [threading.Thread(target=scons) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print('simple', len(got), sorted(got) == sorted(list(range(300)) * 3))
names = []
def mk():
    for _ in range(100): names.append(threading.Thread().name)
ts = [threading.Thread(target=mk) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print('names', len(names), len(set(names)))
sem = threading.Semaphore(3); inside = [0]; peak = [0]; lk = threading.Lock()
def sw():
    for _ in range(100):
        with sem:
            with lk: inside[0] += 1; peak[0] = max(peak[0], inside[0])
            with lk: inside[0] -= 1
ts = [threading.Thread(target=sw) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print('sem', peak[0] <= 3, sem._value)
loc = threading.local(); bad = []
def lw(i):
    for k in range(200):
        loc.v = (i, k)
        if loc.v != (i, k): bad.append(1)
ts = [threading.Thread(target=lw, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print('local', len(bad))
b = threading.Barrier(4); rounds = []
def bw():
    for k in range(50):
        rounds.append(b.wait())
ts = [threading.Thread(target=bw) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('barrier', len(rounds), sorted(rounds) == sorted(list(range(4)) * 50))
ev = threading.Event(); c = threading.Condition(); items = []; taken = []
def cw():
    while True:
        with c:
            c.wait_for(lambda: items)
            x = items.pop(0)
        if x is None: return
        taken.append(x)
ts = [threading.Thread(target=cw) for _ in range(4)]
for t in ts: t.start()
for i in range(400):
    with c:
        items.append(i); c.notify()
for _ in ts:
    with c: items.append(None); c.notify()
for t in ts: t.join()
print('cond', len(taken), sorted(taken) == list(range(400)))
