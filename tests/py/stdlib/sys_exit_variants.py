# SystemExit codes: None, int, string; sys.exit inside try/except
import sys
for arg in [None, 0, 1, 'msg', (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print('no-arg', e.code)
try:
    raise SystemExit
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
print('exiting with 3')
sys.exit(3)
