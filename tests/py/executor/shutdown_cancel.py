# shutdown(): wait, cancel_futures, cancelled work items are not run,
# futures cancelled before they start
import threading
import time
from concurrent.futures import ThreadPoolExecutor, CancelledError

gate = threading.Event()
ran = []


def job(i):
    if i == 0:
        gate.wait()
    ran.append(i)
    return i


ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(job, i) for i in range(5)]
time.sleep(0.02)  # job 0 is running
print([f.running() for f in fs])
print(fs[4].cancel(), fs[0].cancel())


def open_gate():
    time.sleep(0.02)  # shutdown() below has cancelled the queued jobs
    gate.set()


threading.Thread(target=open_gate).start()
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs], fs[0].result())
print(sorted(ran))
try:
    fs[1].result()
except CancelledError:
    print('CancelledError')

# shutdown(wait=False) returns at once; the jobs still finish
gate2 = threading.Event()
ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(lambda i=i: gate2.wait() and i) for i in range(3)]
ex.shutdown(wait=False)
print([f.done() for f in fs])
try:
    ex.submit(job, 9)
except RuntimeError as e:
    print(e)
gate2.set()
print([f.result() for f in fs])
for t in list(ex._threads):
    t.join()
print([t.is_alive() for t in ex._threads])

# without cancel_futures, the queued work still runs
ran.clear()
with ThreadPoolExecutor(1) as ex:
    fs = [ex.submit(job, i) for i in range(1, 4)]
print(sorted(ran), [f.result() for f in fs])

# the workers of an executor never shut down are joined at exit
ex = ThreadPoolExecutor(2)
late = ex.submit(time.sleep, 0.02)
late.add_done_callback(lambda f: print('late job done'))
print('end of main')
