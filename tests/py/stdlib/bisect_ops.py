import bisect
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
for x in [7, 0, 2, 9]:
    bisect.insort(a, x)
bisect.insort_left(a, 5)
print(a)
recs = [('a', 1), ('b', 3), ('c', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 5), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)
try:
    bisect.bisect([1, 'a'], 2)
except TypeError as e:
    print(e)
