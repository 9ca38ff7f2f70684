# encode/decode utf-8 and other codecs, errors handlers
s = 'héllo wörld €'
b = s.encode('utf-8')
print(b, len(s), len(b), b.decode('utf-8') == s, s.encode())
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('utf-16-le'), 'é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'))
print('é'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'))
print(b'\xc3\xa9'.decode(), b'\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
print('😀'.encode('utf-8'), len('😀'), len('😀'.encode('utf-16')), '😀'.encode('utf-8').decode('utf-8'))
