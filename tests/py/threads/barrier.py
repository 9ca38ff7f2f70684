# threading.Barrier: indexes, action, reuse across rounds, abort, reset, timeouts
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


actions = []
b = threading.Barrier(3, action=lambda: actions.append('action'))
print(shape(b), b.parties, b.n_waiting, b.broken)
lock = threading.Lock()
indexes = []

def party(rounds):
    for r in range(rounds):
        i = b.wait()
        with lock:
            indexes.append((r, i))

threads = [threading.Thread(target=party, args=(2,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indexes), actions, shape(b))

# n_waiting while parties arrive
b2 = threading.Barrier(2)
t = threading.Thread(target=b2.wait)
t.start()
while b2.n_waiting != 1:
    threading.Event().wait(0.001)
print(shape(b2))
print('main index', b2.wait())
t.join()
print(shape(b2))

# abort wakes the waiters with BrokenBarrierError
b3 = threading.Barrier(3)
errors = []

def breaker_victim():
    try:
        b3.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)

threads = [threading.Thread(target=breaker_victim) for _ in range(2)]
for t in threads:
    t.start()
while b3.n_waiting != 2:
    threading.Event().wait(0.001)
b3.abort()
for t in threads:
    t.join()
print(errors, b3.broken, shape(b3), b3.n_waiting)
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print('still broken:', repr(e), isinstance(e, RuntimeError))
b3.reset()
print('after reset:', b3.broken, shape(b3))

# reset while a thread is waiting: it gets BrokenBarrierError, the barrier is usable again
b4 = threading.Barrier(2)
out = []

def reset_victim():
    try:
        b4.wait()
        out.append('passed')
    except threading.BrokenBarrierError:
        out.append('broken by reset')

t = threading.Thread(target=reset_victim)
t.start()
while b4.n_waiting != 1:
    threading.Event().wait(0.001)
b4.reset()
t.join()
print(out, b4.broken)
t = threading.Thread(target=reset_victim)
t.start()
b4.wait()
t.join()
print(out)

# a timeout breaks the barrier
b5 = threading.Barrier(2, timeout=0.01)
try:
    b5.wait()
except threading.BrokenBarrierError:
    print('timed out, broken:', b5.broken)
b6 = threading.Barrier(2)
try:
    b6.wait(0.01)
except threading.BrokenBarrierError:
    print('timed out (explicit), broken:', b6.broken)

# an action that raises breaks the barrier; the raising thread sees the exception
def bad_action():
    raise ValueError('action failed')

b7 = threading.Barrier(2, action=bad_action)
seen = []

def other():
    try:
        b7.wait()
    except Exception as e:
        seen.append(type(e).__name__)

t = threading.Thread(target=other)
t.start()
while b7.n_waiting != 1:
    threading.Event().wait(0.001)
try:
    b7.wait()
except ValueError as e:
    print('ValueError:', e)
t.join()
print(seen, b7.broken)

# a barrier of one never blocks
print(threading.Barrier(1).wait(), threading.Barrier(1).wait(0))
