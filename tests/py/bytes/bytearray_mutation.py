# bytearray mutation: item/slice assignment, append, extend, pop, insert
ba = bytearray(b'hello')
ba[0] = ord('J')
print(ba)
ba.append(33)
ba.extend(b' world')
print(ba, len(ba))
ba[1:5] = b'ELLO'
print(ba)
ba[0:0] = b'>>'
del ba[-6:]
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 60)
ba.remove(ord('E'))
print(ba, ba.find(b'L'), bytes(ba), ba.decode())
ba.reverse()
print(ba)
ba2 = bytearray(3)
ba2 += b'\x01'
print(ba2, ba2 * 2, ba2 == b'\x00\x00\x00\x01')
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, b'x'), lambda: ba.append(-1), lambda: ba.remove(200), lambda: bytearray().pop()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
ba3 = bytearray(b'abc')
ba3[::2] = b'XY'
print(ba3, ba3.upper(), ba3.hex())
