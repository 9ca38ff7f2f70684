# Ranges with bounds beyond 64 bits: indexing, membership, iteration across 2**63.
r = range(2**70, 2**70 + 10, 3)
print(r, list(r), len(r), r[1], r[-1], 2**70 + 3 in r, 2**70 + 1 in r, r.start)
print(hash(range(5)) == hash(range(0, 5)), range(0) == range(5, 5))
print(list(range(10))[::3], range(10)[2:8:2], list(reversed(range(5))))
print(range(0, 10, 3).index(6), range(5).count(2), 2**80 in range(10))
for i in range(2**63 - 3, 2**63 + 1):
    print(i)
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError", e)
try:
    range(2**70)[2**70]
except IndexError as e:
    print("IndexError", e)
print(range(2**70)[-1], range(-2**70, 0)[0])
