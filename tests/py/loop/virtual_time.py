# aspic-args: --virtual-time
# Under --virtual-time, sleeps and idle event-loop waits take no real time but the
# clocks move exactly as if they had (python3 records this in real time).
import datetime
import time
from helper_poller import Poller, loop_time


def tenths(d):
    # Rounded down: real sleeps (when python3 records this) only ever overshoot.
    return int(d * 10 + 1e-9) / 10


t0 = time.monotonic()
w0 = time.time()
p0 = time.perf_counter()
n0 = time.time_ns()
l0 = loop_time()
time.sleep(0.5)
print('sleep 0.5:', tenths(time.monotonic() - t0), tenths(time.time() - w0),
      tenths(time.perf_counter() - p0), tenths((time.time_ns() - n0) / 1e9),
      tenths(loop_time() - l0))

t0 = time.monotonic()
for _ in range(4):
    time.sleep(0.25)
print('4 x 0.25:', tenths(time.monotonic() - t0))

p = Poller()
l0 = loop_time()
print('idle wait:', p.wait(0.75), tenths(loop_time() - l0))
l0 = loop_time()
print('poll:', p.wait(0), tenths(loop_time() - l0))
p.wakeup()
l0 = loop_time()
print('wait with a wakeup pending:', p.wait(5), tenths(loop_time() - l0))
p.close()

d0 = datetime.datetime.now()
time.sleep(1)
print('datetime:', tenths((datetime.datetime.now() - d0).total_seconds()))
print('time.sleep(0):', time.sleep(0))
for bad in (-1, 'x', None):
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
