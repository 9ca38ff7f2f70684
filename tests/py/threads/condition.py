# threading.Condition: errors, wait/notify handoffs, wait_for, notify(n), notify_all
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


c = threading.Condition()
print(shape(c))
for meth in (c.wait, c.notify, c.notify_all, lambda: c.wait_for(lambda: True)):
    try:
        meth()
    except RuntimeError as e:
        print('RuntimeError:', e)
with c:
    print(shape(c))
    print(c.wait(0), c.wait(0.01), c.wait_for(lambda: 0, 0.01), c.wait_for(lambda: 'yes'))
    c.notify()
    c.notify_all()
print(c.acquire(), c.acquire(False))
c.release()
c.release()

# a condition over a plain Lock
pc = threading.Condition(threading.Lock())
print(shape(pc))
try:
    pc.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
with pc:
    print(pc.wait(0.001))

# producer/consumer handoff through a condition
items = []
cond = threading.Condition()
log = []

def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            log.append(('got', items.pop(0)))

t = threading.Thread(target=consumer, args=(5,))
t.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print(log)

# notify(n) and notify_all with several waiters
ready = threading.Semaphore(0)
state = {'go': 0}
woken = []

def waiter(i):
    with cond:
        ready.release()
        while state['go'] <= 0:
            cond.wait()
        state['go'] -= 1
        woken.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
with cond:
    print('waiting:', len(cond._waiters))
    state['go'] = 2
    cond.notify(2)
while True:
    with cond:
        if len(woken) == 2:
            break
print('after notify(2):', len(woken))
with cond:
    print('still waiting:', len(cond._waiters))
    state['go'] = 2
    cond.notify_all()
for t in threads:
    t.join()
print('all woken:', sorted(woken))

# wait with a timeout that expires while another thread holds nothing
with cond:
    print('timed out:', cond.wait(0.02))

# wait_for with a timeout that succeeds after a notify
flag = []

def setter():
    with cond:
        flag.append(1)
        cond.notify()

with cond:
    t = threading.Thread(target=setter)
    t.start()
    print('wait_for:', cond.wait_for(lambda: flag, timeout=5))
t.join()

# the deprecated alias
with cond:
    cond.notifyAll()
print('done')
