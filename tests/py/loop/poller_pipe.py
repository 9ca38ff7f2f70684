# The event loop's poller on a pipe: level-triggered readiness, masks, modify,
# unregister, hang-up, wakeup, errors as selectors.EpollSelector reports them.
import os
import time
from helper_poller import Poller

p = Poller()
r, w = os.pipe()
names = {r: 'R', w: 'W'}


def show(events):
    return [(names.get(fd, fd), mask) for fd, mask in events]


def err(f, *args):
    try:
        f(*args)
    except Exception as e:
        msg = str(e)
        for fd, name in names.items():
            msg = msg.replace(str(fd), name)
        print('  ', type(e).__name__, msg)
    else:
        print('   no error')


p.register(r, 1)
print('empty pipe:', show(p.wait(0)))
os.write(w, b'hello')
print('after write:', show(p.wait(0)))
print('still readable (level-triggered):', show(p.wait(0)))
print('read', os.read(r, 2))
print('partly read:', show(p.wait(0)))
print('read', os.read(r, 100))
print('drained:', show(p.wait(0)))

p.register(w, 2)
print('writer:', show(p.wait(1)))
p.modify(w, 1)
print('writer watched for reading:', show(p.wait(0)))
p.modify(w, 3)
os.write(w, b'x')
print('both:', show(p.wait(0)))
os.read(r, 1)
p.unregister(w)
print('writer unregistered:', show(p.wait(0)))

t0 = time.monotonic()
print('timeout:', show(p.wait(0.05)), time.monotonic() - t0 >= 0.04)

p.wakeup()
print('wakeup:', show(p.wait(None)))
print('wakeup consumed:', show(p.wait(0)))

os.close(w)
print('writer closed (hang-up reads as readable):', show(p.wait(1)))
print('eof:', os.read(r, 10))
p.unregister(r)
os.close(r)

print('errors:')
err(p.register, -1, 1)
err(p.register, 'x', 1)
err(p.register, 0, 0)
err(p.register, 0, 4)
err(p.register, 0, 'x')
err(p.unregister, r)
err(p.modify, r, 1)
err(p.register, r, 1)
r2, w2 = os.pipe()
names = {r2: 'R2', w2: 'W2'}
p.register(r2, 1)
err(p.register, r2, 2)
p.unregister(r2)
err(os.read, 10000, 1)
print('fileno is an fd:', isinstance(p.fileno(), int) and p.fileno() > 2)
p.close()
print('closed:')
err(p.wait, 0)
err(p.register, r2, 1)
err(p.unregister, r2)
os.close(r2)
os.close(w2)
