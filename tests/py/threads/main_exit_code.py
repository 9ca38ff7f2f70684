# sys.exit() in the main thread still waits for non-daemon threads; an exception in
# a thread does not change the exit status
import sys
import threading

go = threading.Event()


def worker():
    go.wait()
    print('worker finished after main')


def boom():
    {}['missing']


t = threading.Thread(target=boom)
t.start()
t.join()
threading.Thread(target=worker).start()
threading._register_atexit(go.set)
print('main exits')
sys.exit(3)
