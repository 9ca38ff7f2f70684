# RuntimeWarning: coroutine '...' was never awaited, when a coroutine that never ran is
# dropped; the last one is still referenced at shutdown (reported as sys:1).
import sys


async def f():
    print('never printed')


def g():
    f()


g()
print('after g')
c = f()
del c
print('after del')
closed = f()
closed.close()
del closed
print('closed coroutines do not warn')
leftover = f()
print('exiting')
sys.exit(3)
