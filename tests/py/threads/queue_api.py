# queue: the API of Queue/LifoQueue/PriorityQueue/SimpleQueue without contention,
# error paths and timeouts
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
for i in range(3):
    q.put(i)
q.put_nowait('x')
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks, list(q.queue))
print([q.get(), q.get_nowait(), q.get(False), q.get(timeout=1)], q.empty())
for getter in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01),
               lambda: q.get(True, 0)):
    try:
        getter()
    except queue.Empty as e:
        print('Empty', repr(e), type(e).__module__)
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
for _ in range(4):
    q.task_done()
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
q.join()
print('joined', q.unfinished_tasks)

b = queue.Queue(maxsize=2)
b.put(1)
b.put(2, timeout=0.5)
print(b.full(), b.qsize())
for putter in (lambda: b.put(3, block=False), lambda: b.put_nowait(3),
               lambda: b.put(3, timeout=0.01), lambda: b.put(3, True, 0)):
    try:
        putter()
    except queue.Full as e:
        print('Full', repr(e), type(e).__module__)
try:
    b.put(3, timeout=-0.5)
except ValueError as e:
    print('ValueError:', e)
print(b.get(), b.full())
b.put(3)
print(list(b.queue))

# maxsize <= 0 means unbounded; a negative timeout only matters when it must wait
u = queue.Queue(-1)
for i in range(50):
    u.put(i, timeout=-1)
print(u.qsize(), u.full())

lq = queue.LifoQueue()
for x in 'abc':
    lq.put(x)
print([lq.get() for _ in range(3)], lq.empty(), type(lq.queue).__name__)

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    pq.put(item)
print([pq.get() for _ in range(4)], type(pq.queue).__name__)
try:
    pq.get_nowait()
except queue.Empty:
    print('priority queue empty')
bp = queue.PriorityQueue(1)
bp.put(5)
try:
    bp.put_nowait(4)
except queue.Full:
    print('priority queue full')

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize(), type(sq).__module__)
sq.put(1)
sq.put(2, block=False, timeout=-3)
sq.put_nowait(3)
print(sq.qsize(), sq.empty(), [sq.get(), sq.get(False), sq.get_nowait()])
for getter in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(False, -1)):
    try:
        getter()
    except queue.Empty:
        print('SimpleQueue Empty')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)

try:
    queue.SimpleQueue(5)
except TypeError as e:
    print('TypeError:', e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__module__, sorted(queue.__all__))
print(hasattr(queue.Queue, '__class_getitem__'), hasattr(queue.SimpleQueue, '__class_getitem__'))


class Sized(queue.Queue):
    """A queue that reports its capacity."""

    def _init(self, maxsize):
        super()._init(maxsize)
        self.capacity = maxsize

s = Sized(7)
s.put('item')
print(s.capacity, s.get())
