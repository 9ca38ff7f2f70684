# Five threads each sleeping 0.1 s all finish after about 0.1 s, in deadline order.
import _thread, time

done = _thread.allocate_lock()
done.acquire()
finished = []

def sleeper(n, delay):
    time.sleep(delay)
    finished.append(n)
    if len(finished) == 5:
        done.release()

t0 = time.monotonic()
for n, d in enumerate([0.10, 0.06, 0.08, 0.02, 0.04]):
    _thread.start_new_thread(sleeper, (n, d))
done.acquire()
elapsed = time.monotonic() - t0
print(finished)
print("concurrent:", elapsed < 0.25)
