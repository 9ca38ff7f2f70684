# An uncaught exception in the main thread: the traceback is printed, then the
# interpreter still waits for the non-daemon threads
import threading

go = threading.Event()


def worker():
    go.wait()
    print('worker finished')


threading.Thread(target=worker).start()
threading.Thread(target=threading.Event().wait, daemon=True).start()
threading._register_atexit(go.set)
print('main raises')
raise ValueError('main failed')
