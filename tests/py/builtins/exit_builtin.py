# exit() and quit() raise SystemExit (the site module's builtins).
for f in (exit, quit):
    try:
        f(2)
    except SystemExit as e:
        print('caught', repr(e.code))
try:
    exit()
except SystemExit as e:
    print('no code', e.code)
try:
    quit('message')
except SystemExit as e:
    print(e.code)
print('before exit')
exit(3)
print('never')
