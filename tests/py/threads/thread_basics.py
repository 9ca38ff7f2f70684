# threading.Thread: names, start/join/is_alive, daemon flag, repr, subclasses,
# current_thread()/main_thread()/enumerate()/active_count(), error messages
import threading
import time


def shape(t):
    # repr without the (non-deterministic) ident
    r = repr(t)
    if t.ident is not None:
        r = r.replace(' %d)' % t.ident, ' <ident>)')
    return r


def worker(n, out, *, scale=1):
    out.append((n * scale, threading.current_thread().name))


main = threading.main_thread()
print(main.name, type(main).__name__, main is threading.current_thread())
print(main.daemon, main.is_alive(), type(main.ident) is int, type(main.native_id) is int)
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
print(shape(main))
print(threading.active_count(), threading.enumerate() == [main])

out = []
t = threading.Thread(target=worker, args=(3, out), kwargs={'scale': 2})
print(t.name, t.ident, t.native_id, t.daemon, t.is_alive())
print(shape(t))
t.start()
t.join()
print(out, t.is_alive(), type(t.ident) is int, t.ident != main.ident)
print(shape(t))

# default names: Thread-N, with the target's name when there is one
class Callable:
    def __call__(self):
        pass

names = [threading.Thread().name, threading.Thread(target=print).name,
         threading.Thread(target=Callable()).name, threading.Thread(name='custom').name,
         threading.Thread(name=42).name, threading.Thread(target=lambda: None).name]
print(names)

# errors
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
u = threading.Thread(target=worker, args=(1, out))
try:
    u.join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    main.join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)

# a subclass that forgot to call Thread.__init__()
class NoInit(threading.Thread):
    def __init__(self):
        pass

bad = NoInit()
for action in (bad.start, bad.join, lambda: setattr(bad, 'daemon', True)):
    try:
        action()
    except RuntimeError as e:
        print('RuntimeError:', e)

# joining the current thread from inside it
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        out.append(str(e))

s = threading.Thread(target=self_join)
s.start()
s.join()
print(out[-1])

# daemon flag and the deprecated accessors
d = threading.Thread(target=worker, args=(5, out), daemon=True)
print(d.daemon)
d.daemon = False
d.setDaemon(True)
print(d.isDaemon(), d.getName() == d.name)
d.setName('renamed')
print(d.name, shape(d))
d.start()
d.join()
print(shape(d))

# daemon status is inherited from the creating thread
inherit = []
def spawn():
    inherit.append(threading.Thread().daemon)

for flag in (False, True):
    p = threading.Thread(target=spawn, daemon=flag)
    p.start()
    p.join()
print(inherit)

# subclass overriding run()
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name='counter')
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i

c = Counter(10)
c.start()
c.join()
print(c.total, shape(c))

# join with a timeout while the thread is still running
ev = threading.Event()
w = threading.Thread(target=ev.wait, name='waiter')
w.start()
w.join(0.01)
print(w.is_alive(), shape(w))
print(threading.active_count(), sorted(x.name for x in threading.enumerate()))
print(threading.current_thread() is main)
w.join(-1)
print(w.is_alive())
ev.set()
w.join()
print(w.is_alive(), threading.active_count())

# a thread sees itself through current_thread()
seen = []
def who():
    me = threading.current_thread()
    seen.append((me.name, me is threading.enumerate()[-1] or me in threading.enumerate(),
                 me.ident == threading.get_ident(), me.native_id == threading.get_native_id()))

t2 = threading.Thread(target=who, name='who')
t2.start()
t2.join()
print(seen)

# run() may be called directly: it runs in the calling thread
r = threading.Thread(target=worker, args=(7, out))
r.run()
print(out[-1], r.is_alive())

print(threading.currentThread() is main, threading.activeCount())
print(threading.TIMEOUT_MAX > 1e6, threading.ThreadError is RuntimeError)
print(threading.stack_size())
print(threading.Lock is not None, type(threading.Lock()).__name__)
