# Lock and RLock: acquire/release, timeouts, ownership across threads, reprs
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


lock = threading.Lock()
print(type(lock).__name__, lock.locked(), shape(lock))
print(lock.acquire(), lock.locked(), shape(lock))
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with lock:
    print('inside', lock.locked())
print(lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print('ValueError:', e)

# a lock held by one thread blocks another until released
log = []
lock.acquire()
got = threading.Event()

def grab():
    log.append(('try', lock.acquire(False)))
    got.set()
    log.append(('blocking', lock.acquire()))
    lock.release()

t = threading.Thread(target=grab)
t.start()
got.wait()
log.append('main releases')
lock.release()
t.join()
print(log)

# a plain lock may be released by another thread
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print('released elsewhere:', lock.locked())

# RLock
r = threading.RLock()
print(shape(r))
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r._is_owned())
print(shape(r))
r.release()
r.release()
print(shape(r))
r.release()
print(shape(r))
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with r:
    with r:
        print('nested', shape(r))
for args in ((False, 1), (True, -5)):
    try:
        r.acquire(*args)
    except ValueError as e:
        print('ValueError:', e)

# another thread cannot acquire it (or release it) while we hold it
r.acquire()
res = []

def other():
    res.append(r.acquire(False))
    res.append(r.acquire(timeout=0.01))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))

t = threading.Thread(target=other)
t.start()
t.join()
print(res)
r.release()

# after we released it, the other thread gets it
def other2():
    res.append(r.acquire(timeout=1))
    res.append(r.acquire())
    r.release()
    r.release()

t = threading.Thread(target=other2)
t.start()
t.join()
print(res[-2:], shape(r))

# many threads incrementing under a lock
counter = [0]
glock = threading.Lock()

def bump(n):
    for _ in range(n):
        with glock:
            v = counter[0]
            counter[0] = v + 1

threads = [threading.Thread(target=bump, args=(500,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter[0])
