# sys.exit with an integer status stops the program
import sys
print('before exit')
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code)
for i in range(5):
    print('loop', i)
    if i == 2:
        sys.exit(3)
print('not reached')
