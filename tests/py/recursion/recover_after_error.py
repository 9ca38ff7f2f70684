# After a RecursionError is caught, recursion works again
import sys
def inf(n):
    return inf(n + 1)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
for attempt in range(3):
    try:
        inf(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)
    print('depth ok', depth(500))
