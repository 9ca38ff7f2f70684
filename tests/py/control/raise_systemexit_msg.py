# raise SystemExit with a message prints it to stderr and exits with 1
print('starting')
try:
    raise SystemExit(0)
except SystemExit as e:
    print('code', repr(e.code))
def main():
    print('in main')
    raise SystemExit('fatal: something went wrong')
main()
