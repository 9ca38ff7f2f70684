# threading.local: per-thread attributes; a subclass __init__ runs again in each
# thread with the constructor's arguments
import threading

data = threading.local()
data.x = 'main'
print(type(data).__name__, data.x, data.__dict__)
seen = []

def worker(i):
    seen.append(hasattr(data, 'x'))
    data.x = i
    seen.append(data.x)
    seen.append(sorted(data.__dict__.items()))

for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
print(seen, data.x)

# two threads alive at the same time keep separate values
a_set, b_set = threading.Event(), threading.Event()
vals = {}

def first():
    data.x = 'first'
    a_set.set()
    b_set.wait()
    vals['first'] = data.x

def second():
    a_set.wait()
    data.x = 'second'
    b_set.set()
    vals['second'] = data.x

t1 = threading.Thread(target=first)
t2 = threading.Thread(target=second)
t1.start()
t2.start()
t1.join()
t2.join()
print(sorted(vals.items()), data.x)

# attribute errors
for action in (lambda: data.missing, lambda: delattr(data, 'missing')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
del data.x
print(hasattr(data, 'x'), data.__dict__)
try:
    threading.local(1, k=2)
except TypeError as e:
    print('TypeError:', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)


class Config(threading.local):
    default = 'class attribute'

    def __init__(self, color, size=1):
        self.color = color
        self.size = size
        self.inits = getattr(self, 'inits', 0) + 1

    @property
    def label(self):
        return '%s/%s' % (self.color, self.size)

    @label.setter
    def label(self, value):
        self.color, self.size = value.split('/')

    def describe(self):
        return '%s %s' % (self.label, self.default)


cfg = Config('red', size=3)
cfg.color = 'blue'
cfg.extra = True
print(cfg.describe(), cfg.inits, sorted(cfg.__dict__))

out = []

def in_thread():
    out.append((cfg.describe(), cfg.inits, hasattr(cfg, 'extra'), sorted(cfg.__dict__)))
    cfg.label = 'green/9'
    out.append(cfg.describe())

t = threading.Thread(target=in_thread)
t.start()
t.join()
print(out)
print(cfg.describe())
cfg.label = 'black/0'
print(cfg.describe(), cfg.__dict__['color'])

try:
    cfg.nothing
except AttributeError as e:
    print('AttributeError:', e)

# the subclass __init__ also runs for a thread that first touches __dict__
def touch_dict():
    out.append(sorted(cfg.__dict__.items()))

t = threading.Thread(target=touch_dict)
t.start()
t.join()
print(out[-1])


class NoInit(threading.local):
    value = 0

n = NoInit()
n.value = 5
res = []
t = threading.Thread(target=lambda: res.append(n.value))
t.start()
t.join()
print(n.value, res, isinstance(n, threading.local))

# locals are independent of each other
l1, l2 = threading.local(), threading.local()
l1.v = 1
l2.v = 2
print(l1.v, l2.v)

# a thread's values are dropped when the thread ends
import gc
import weakref


class Payload:
    pass

refs = []

def keep():
    data.payload = Payload()
    refs.append(weakref.ref(data.payload))

t = threading.Thread(target=keep)
t.start()
t.join()
gc.collect()
print('payload freed:', refs[0]() is None, hasattr(data, 'payload'))
