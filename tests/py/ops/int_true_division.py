# int / int is correctly rounded even past 2**53.
print(10**25 / 10**5, 2**80 / 3, -(2**70) / 7, 1 / 2**60, 12345678901234567891 / 10)
print((2**53 + 1) / 1, (2**64 + 1) / 2**11, 10**400 // 10**390 / 3, 3 / 10**20, -7 / 2**100)
print(10**30 / 10**29, (10**17 + 1) / 10**17, 2**1023 * 3 // 2 / 2, 123456789 ** 3 / 987654321)
try:
    10**400 / 3
except OverflowError as e:
    print(e)
try:
    10**30 / 0
except ZeroDivisionError as e:
    print(e)
