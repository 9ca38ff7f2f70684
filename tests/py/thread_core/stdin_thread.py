# sys.stdin: reading in a thread at end of input (stdin is /dev/null in the tests).
import sys, threading
print(repr(sys.stdin), sys.stdin.fileno(), sys.stdin.readable())
got = []
t = threading.Thread(target=lambda: got.append(sys.stdin.readline()))
t.start(); t.join()
print(got, repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError', e)
