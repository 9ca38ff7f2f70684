# threading.Timer, threads started with _thread (dummy threads), settrace/setprofile,
# ExceptHookArgs, __all__ names
import threading
import _thread

fired = []
t = threading.Timer(0.01, fired.append, args=['fired'])
print(t.name, t.interval, t.args, t.kwargs, t.finished.is_set())
t.start()
t.join()
print(fired, t.finished.is_set(), t.is_alive())

c = threading.Timer(5, fired.append, args=['never'])
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())

k = threading.Timer(0, lambda **kw: fired.append(sorted(kw)), kwargs={'b': 1, 'a': 2})
k.start()
k.join()
print(fired)

class Sub(threading.Timer):
    pass

s = Sub(0, fired.clear)
print(s.name)
s.start()
s.join()
print(fired)

# a thread started by _thread gets a _DummyThread from current_thread()
done = threading.Event()
info = []

def raw():
    me = threading.current_thread()
    info.append((type(me).__name__, me.name, me.daemon, me.is_alive(),
                 me.ident == threading.get_ident(), me is threading.current_thread(),
                 me in threading.enumerate()))
    done.set()

_thread.start_new_thread(raw, ())
done.wait()
print(info)
print(threading.Thread(target=raw).name)

# tracing/profiling hooks are accepted
print(threading.gettrace(), threading.getprofile())
def tracer(frame, event, arg):
    return None
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
t = threading.Thread(target=fired.append, args=[1])
t.start()
t.join()
print(fired)

args = threading.ExceptHookArgs([ValueError, ValueError('x'), None, None])
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread, len(args))
print(threading.excepthook is threading.__excepthook__)
print(sorted(threading.__all__))
print(threading.main_thread() in threading.enumerate())
