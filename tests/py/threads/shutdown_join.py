# At exit the interpreter runs threading's atexit callbacks (last registered first),
# then waits for every non-daemon thread; daemon threads are abandoned
import threading
import time

release = threading.Event()
never = threading.Event()


def worker(name):
    release.wait()
    time.sleep(0.01)
    print(name, 'finished')


def spawner():
    release.wait()
    # a thread started while the interpreter is already joining threads
    t = threading.Thread(target=print, args=('late thread ran',))
    t.start()


def callback(tag, **kw):
    print('threading atexit', tag, kw)
    if tag == 'first':
        try:
            threading._register_atexit(print, 'too late')
        except RuntimeError as e:
            print('RuntimeError:', e)
        release.set()


threading._register_atexit(callback, 'first', key=1)
threading._register_atexit(callback, 'second')
threading.Thread(target=worker, args=('worker',)).start()
threading.Thread(target=spawner).start()
threading.Thread(target=never.wait, daemon=True).start()
blocked = threading.Lock()
blocked.acquire()
threading.Thread(target=blocked.acquire, daemon=True, name='blocked').start()
threading.Thread(target=time.sleep, args=(100,), daemon=True).start()
print('alive at end of main:', threading.active_count())
print('main done')
