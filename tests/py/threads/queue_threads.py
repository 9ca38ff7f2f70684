# queue between threads: several producers and consumers, a bounded queue that
# blocks producers, task_done()/join(), sentinels, timeouts that get satisfied
import queue
import threading

# 3 producers, 2 consumers, bounded queue
q = queue.Queue(maxsize=3)
consumed = []
clock = threading.Lock()
STOP = object()


def producer(base):
    for i in range(20):
        q.put(base + i)


def consumer():
    while True:
        item = q.get()
        if item is STOP:
            q.task_done()
            return
        with clock:
            consumed.append(item)
        q.task_done()


producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print('all processed:', len(consumed),
      sorted(consumed) == list(range(20)) + list(range(100, 120)) + list(range(200, 220)))
for _ in consumers:
    q.put(STOP)
for t in consumers:
    t.join()
print('consumers done', q.empty(), q.unfinished_tasks)

# per-producer order is preserved through a FIFO queue
fifo = queue.Queue()
got = []

def ordered_producer(tag):
    for i in range(10):
        fifo.put((tag, i))

ts = [threading.Thread(target=ordered_producer, args=(tag,)) for tag in 'ab']
for t in ts:
    t.start()
for t in ts:
    t.join()
while not fifo.empty():
    got.append(fifo.get())
print([i for tag, i in got if tag == 'a'] == list(range(10)),
      [i for tag, i in got if tag == 'b'] == list(range(10)))

# a producer blocked on a full queue resumes when the consumer makes room
small = queue.Queue(1)
small.put('first')
log = []

def blocked_put():
    small.put('second')
    log.append('put done')

t = threading.Thread(target=blocked_put)
t.start()
t.join(0.02)
print('blocked:', t.is_alive(), log)
print(small.get())
t.join()
print(log, small.get())

# get with a timeout satisfied by another thread
waiting = queue.Queue()
answers = queue.Queue()

def answer():
    answers.put(waiting.get(timeout=5) * 2)

t = threading.Thread(target=answer)
t.start()
waiting.put(21)
print('answer:', answers.get(timeout=5))
t.join()

# put with a timeout that expires in a thread
full = queue.Queue(1)
full.put(0)
res = []

def try_put():
    try:
        full.put(1, timeout=0.01)
    except queue.Full:
        res.append('Full')

t = threading.Thread(target=try_put)
t.start()
t.join()
print(res)

# join() waits for task_done() from workers
jobs = queue.Queue()
results = []

def job_worker():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        with clock:
            results.append(n * n)
        jobs.task_done()

workers = [threading.Thread(target=job_worker, daemon=True) for _ in range(3)]
for w in workers:
    w.start()
for n in range(12):
    jobs.put(n)
jobs.join()
print('squares:', sorted(results))
for w in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
print('workers alive:', [w.is_alive() for w in workers])

# LifoQueue and PriorityQueue shared between threads
pq = queue.PriorityQueue()
lq = queue.LifoQueue()

def fill():
    for p in (5, 1, 4, 2, 3):
        pq.put((p, 'job%d' % p))
        lq.put(p)

t = threading.Thread(target=fill)
t.start()
t.join()
print([pq.get()[1] for _ in range(5)], [lq.get() for _ in range(5)])

# SimpleQueue between threads
sq = queue.SimpleQueue()
back = queue.SimpleQueue()

def echo():
    while True:
        item = sq.get()
        if item is None:
            break
        back.put(item.upper())

t = threading.Thread(target=echo)
t.start()
for word in ('alpha', 'beta', 'gamma'):
    sq.put(word)
    print(back.get(timeout=5))
sq.put(None)
t.join()
print(sq.empty(), back.empty())
