# An uncaught KeyboardInterrupt ends the program with a traceback and status 130
# (the process ends by SIGINT, as in CPython); a caught one is an ordinary exception.
import signal

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('caught KeyboardInterrupt from SIGINT')

hits = []
old = signal.signal(signal.SIGINT, lambda sig, frame: hits.append(sig))
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print('handler ran:', hits)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
signal.signal(signal.SIGINT, signal.default_int_handler)
print('about to be interrupted')
raise KeyboardInterrupt
