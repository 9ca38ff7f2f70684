# The signal module: numbers, special handlers, Python handlers and their errors.
import os
import signal

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGINT.name, signal.SIGTERM == 15)
print(signal.SIG_DFL, repr(signal.SIG_IGN), signal.SIG_IGN == 1)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1))

got = []


def handler(sig, frame):
    got.append(sig)


print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print('handled:', got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print('ignored:', got, signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))


def raising(sig, frame):
    raise RuntimeError('from handler %d' % sig)


signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print('RuntimeError', e)

for args in [(signal.SIGKILL, handler), (signal.SIGSTOP, signal.SIG_IGN), (0, handler),
             (100, handler), (signal.SIGINT, 5), (signal.SIGINT, None), ('x', handler)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('default_int_handler raises', repr(e))
