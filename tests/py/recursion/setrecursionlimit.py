# sys.setrecursionlimit raises and lowers the limit
import sys
old = sys.getrecursionlimit()
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit(), depth(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
