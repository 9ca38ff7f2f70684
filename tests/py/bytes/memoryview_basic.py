# memoryview over bytes and bytearray
ba = bytearray(b'abcdef')
m = memoryview(ba)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m), m.readonly)
m[0] = ord('Z')
print(ba)
m2 = memoryview(b'xyz')
print(m2.readonly, bytes(m2[::-1]))
try:
    m2[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
