# An exception escaping a _thread function is reported and the program goes on;
# SystemExit ends the thread silently.
import _thread, time, sys

def bad():
    raise ValueError("boom")

def leave():
    sys.exit(3)

_thread.start_new_thread(bad, ())
_thread.start_new_thread(leave, ())
time.sleep(0.02)
print("main goes on")
