# input() with stdin at EOF raises EOFError
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input('prompt> ')
except EOFError as e:
    print()
    print(type(e).__name__, e)
