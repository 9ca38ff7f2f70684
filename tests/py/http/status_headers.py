# http.HTTPStatus, http.client.responses/parse_headers/HTTPMessage, email.utils, html, mimetypes.
import io
import http
import http.client
import email.utils
import html
import mimetypes
from http import HTTPStatus

print(HTTPStatus.OK, HTTPStatus.NOT_FOUND.phrase, HTTPStatus(404).description)
print(repr(HTTPStatus.IM_A_TEAPOT), HTTPStatus.OK == 200, HTTPStatus(200) is HTTPStatus.OK)
print(HTTPStatus.CREATED.name, HTTPStatus.CREATED.value, f'{HTTPStatus.ACCEPTED}', isinstance(HTTPStatus.OK, int))
print(len(HTTPStatus), [s.value for s in HTTPStatus][:5], HTTPStatus.OK + 1)
print({HTTPStatus.OK: 'ok'}[200], 404 in {HTTPStatus.NOT_FOUND: 1})
try:
    HTTPStatus(999)
except ValueError as e:
    print('ValueError:', e)
print(http.client.responses[404], http.client.responses[503], http.client.OK)
print(http.HTTPMethod.GET, http.HTTPMethod.POST.description)

raw = (b'Content-Type: text/html; charset=UTF-8\r\n'
       b'X-Multi: one\r\n'
       b'Set-Cookie: a=1\r\n'
       b'set-cookie: b=2\r\n'
       b'X-Folded: first\r\n'
       b'  second\r\n'
       b'\r\n'
       b'body')
fp = io.BytesIO(raw)
m = http.client.parse_headers(fp)
print(fp.read())
print(type(m).__name__, len(m), m.keys())
print(m['content-type'], m.get('X-MULTI'), m['missing'], m.get('missing', 'dflt'))
print(m.get_all('Set-Cookie'), m.get_all('nope'), 'x-multi' in m, 'nope' in m)
print(repr(m['X-Folded']))
print(m.get_content_type(), m.get_content_charset(), m.get_param('charset'))
print(m.items()[:2], list(m)[:2])
print(str(m).replace('\r', '\\r').splitlines()[:3])
m2 = http.client.HTTPMessage()
m2['A'] = '1'
m2['B'] = '2'
del m2['a']
print(m2.items(), m2.get_content_type())

print(email.utils.formatdate(0, usegmt=True), email.utils.formatdate(1e9))
print(email.utils.parsedate_tz('Sun, 09 Sep 2001 01:46:40 GMT'))
print(email.utils.parsedate_to_datetime('Sun, 09 Sep 2001 01:46:40 +0200'))
print(html.escape('<a href="x">&\'</a>'), html.escape('<"\'>', quote=False))
print(html.unescape('&lt;p&gt; &amp;amp; &#65;&#x42; &nosuch; &'))
for name in ['a.html', 'b.TXT', 'c.json', 'd.tar.gz', 'e.unknownext', 'f', 'g.png', 'h.pdf']:
    print(name, mimetypes.guess_type(name))
