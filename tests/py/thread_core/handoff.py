# Threads waiting for a lock get it in turn; sleeping threads let others run.
import _thread, time

lock = _thread.allocate_lock()
done = _thread.allocate_lock()
order = []
remaining = [3]

def worker(n):
    with lock:
        order.append(('got', n))
        time.sleep(0.005)
        order.append(('left', n))
    remaining[0] -= 1
    if remaining[0] == 0:
        done.release()

done.acquire()
lock.acquire()
for n in range(3):
    _thread.start_new_thread(worker, (n,))
    time.sleep(0.005)
order.append('main releases')
lock.release()
done.acquire()
print(order)
print(_thread._count() >= 0)
