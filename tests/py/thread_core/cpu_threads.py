# Two CPU-bound threads and the main thread all make progress (time slices).
import _thread, time, sys

print(sys.getswitchinterval())
counts = [0, 0]
stop = []
finished = _thread.allocate_lock()
finished.acquire()
left = [2]
guard = _thread.allocate_lock()

def spin(i):
    while not stop:
        counts[i] += 1
    with guard:
        left[0] -= 1
        if not left[0]:
            finished.release()

_thread.start_new_thread(spin, (0,))
_thread.start_new_thread(spin, (1,))
t0 = time.monotonic()
mine = 0
while time.monotonic() - t0 < 0.1:
    mine += 1
stop.append(True)
finished.acquire()
print(counts[0] > 0, counts[1] > 0, mine > 0)
for bad in (0, -1.0, 'x'):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-9)
print(sys.getswitchinterval())
