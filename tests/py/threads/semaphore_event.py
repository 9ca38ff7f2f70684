# Semaphore, BoundedSemaphore and Event: errors, timeouts, handoffs between threads
import threading


def shape(obj):
    # repr without addresses and owner idents
    s = repr(obj)
    for mark in (' at 0x', 'owner='):
        i = s.find(mark)
        while i >= 0:
            j = i + len(mark)
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            s = s[:i] + ('owner=N' if mark == 'owner=' else '') + s[j:]
            i = s.find(mark, i + 1)
    return s


s = threading.Semaphore(2)
print(shape(s))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s.acquire(True, 0))
print(shape(s))
s.release()
s.release(3)
print(shape(s))
with s:
    print('inside', shape(s))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
print(shape(threading.Semaphore()), shape(threading.Semaphore(0)))

b = threading.BoundedSemaphore(2)
print(shape(b))
b.acquire()
print(shape(b))
b.release()
for n in (1, 2):
    try:
        b.release(n)
    except ValueError as e:
        print('ValueError:', e)
b.acquire()
b.acquire()
b.release(2)
print(shape(b))

# a semaphore limiting concurrency: at most 2 workers inside at once
sem = threading.BoundedSemaphore(2)
lock = threading.Lock()
inside = [0]
peak = [0]
done = []

def work(i):
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        threading.Event().wait(0.005)
        with lock:
            inside[0] -= 1
            done.append(i)

threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('peak', peak[0], sorted(done), shape(sem))

# semaphore as a signal between threads
sig = threading.Semaphore(0)
order = []

def signaller():
    order.append('signal')
    sig.release()

t = threading.Thread(target=signaller)
t.start()
print('acquired', sig.acquire(timeout=5))
order.append('main')
t.join()
print(order)

# Event
e = threading.Event()
print(shape(e), e.is_set(), e.isSet(), e.wait(0), e.wait(0.01))
e.set()
print(shape(e), e.is_set(), e.wait(), e.wait(0))
e.clear()
print(shape(e), e.is_set())

# several threads waiting on one event
go = threading.Event()
arrived = threading.Semaphore(0)
results = []
rlock = threading.Lock()

def waiter(i):
    arrived.release()
    r = go.wait(5)
    with rlock:
        results.append((i, r))

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    arrived.acquire()
go.set()
for t in threads:
    t.join()
print(sorted(results))

# a wait that times out while another thread does not set the event
late = threading.Event()
res = []
t = threading.Thread(target=lambda: res.append(late.wait(0.02)))
t.start()
t.join()
print(res)

# ping-pong between two threads with two events
ping, pong = threading.Event(), threading.Event()
trace = []

def ponger():
    for i in range(3):
        ping.wait()
        ping.clear()
        trace.append('pong %d' % i)
        pong.set()

t = threading.Thread(target=ponger)
t.start()
for i in range(3):
    trace.append('ping %d' % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)
