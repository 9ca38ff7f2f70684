# sys.exit inside try runs finally blocks before exiting
import sys
def work():
    try:
        print('working')
        sys.exit(2)
    finally:
        print('cleanup in finally')
try:
    work()
finally:
    print('outer finally')
