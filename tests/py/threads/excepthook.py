# Uncaught exceptions in threads: threading.excepthook, custom hooks, SystemExit,
# a hook that fails
import io
import sys
import threading


def boom():
    1 / 0


def quit_thread():
    sys.exit(5)


def run(target, name=None):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
    return t


def summary(text):
    lines = text.splitlines()
    if not lines:
        return ['<nothing>']
    return [lines[0], lines[1], any(', in boom' in l for l in lines), lines[-1]]


# the default hook writes to sys.stderr
saved = sys.stderr
sys.stderr = buf = io.StringIO()
t = run(boom)
run(quit_thread)
run(lambda: (_ for _ in ()).throw(KeyError('k')), name='gen')
sys.stderr = saved
text = buf.getvalue()
parts = text.split('Exception in thread ')
print(len(parts))
print(summary('Exception in thread ' + parts[1]))
print(summary('Exception in thread ' + parts[2])[0], summary(parts[2])[-1])
print('after thread:', t.is_alive())

# a custom hook receives ExceptHookArgs
def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None, type(args).__name__)

threading.excepthook = hook
run(boom, name='custom')
run(quit_thread, name='exiting')

class Worker(threading.Thread):
    def run(self):
        raise RuntimeError('from run()')

w = Worker(name='worker')
w.start()
w.join()

# calling the default hook directly
sys.stderr = buf = io.StringIO()
try:
    1 / 0
except ZeroDivisionError as e:
    threading.__excepthook__(threading.ExceptHookArgs([type(e), e, e.__traceback__, None]))
    threading.__excepthook__(threading.ExceptHookArgs([SystemExit, SystemExit(1), None, w]))
sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0].startswith('Exception in thread '), lines[0].endswith(str(threading.get_ident()) + ':'))
print(lines[-1])

# a hook that fails itself
def bad_hook(args):
    raise ValueError('bad hook')

threading.excepthook = bad_hook
sys.stderr = buf = io.StringIO()
run(boom, name='bad')
sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0], lines[-1])

threading.excepthook = threading.__excepthook__
print('main continues')
