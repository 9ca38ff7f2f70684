# urllib.parse: splitting, joining, quoting and query strings.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs,
                          parse_qsl, quote_from_bytes, unquote_to_bytes)

u = urlparse('http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.hostname, u.port, u.username, u.password, u.geturl())
print(u._replace(fragment='').geturl())
s = urlsplit('https://example.org/path/to/page.html?x=1#top')
print(s)
print(s[0], s[2], tuple(s), s.port)
print(urlsplit('//host/p'), urlsplit('/only/path?q'), urlsplit('mailto:me@x.org'))
print(urlsplit('http://[::1]:80/x').hostname, urlsplit('http://[::1]:80/x').port)
print(urlunparse(('http', 'h', '/p', 'a', 'q=1', 'f')))
print(urlunsplit(('https', 'h:1', 'p', '', '')), urlunsplit(('', '', 'rel', 'q', '')))
for base, rel in [('http://a/b/c/d;p?q', 'g'), ('http://a/b/c/d;p?q', '../g'),
                  ('http://a/b/c/d;p?q', '/g'), ('http://a/b/c/d;p?q', '//g'),
                  ('http://a/b/c/d;p?q', '?y'), ('http://a/b/c/d;p?q', '#s'),
                  ('http://a/b/c/d;p?q', '../../../g'), ('http://a/b/c/d;p?q', './'),
                  ('http://a/b/c/', 'https://other/x'), ('http://a/b/c', ''),
                  ('http://a/b/c/d', '..')]:
    print(repr(rel), '->', urljoin(base, rel))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'))
print(quote('a b/c?d=é&f'), quote('a b/c', safe=''), quote(b'\x00\xff'), quote(''))
print(quote_plus('a b+c/d'), quote_plus('x&y=z', safe='&'))
print(unquote('a%20b%2Fc%C3%A9%zz%'), unquote_plus('a+b%2B'), unquote('%E2%82'))
print(quote_from_bytes(b'a b'), unquote_to_bytes('a%20b%ff'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é'}))
print(urlencode([('k', 'v1'), ('k', 'v2')]), urlencode({'k': ['a', 'b']}, doseq=True))
print(urlencode({'k': ['a', 'b']}), urlencode({'s': b'by tes'}))
print(parse_qs('a=1&b=2&a=3&c=&d=x+y%21'))
print(parse_qs('a=1&c=', keep_blank_values=True))
print(parse_qsl('a=1;b=2&c=3'), parse_qsl('a=1;b=2', separator=';'))
print(parse_qsl('x&y=1', keep_blank_values=True), parse_qsl(''))
try:
    parse_qsl('x&y=1', strict_parsing=True)
except ValueError as e:
    print('ValueError:', e)
try:
    urlparse('http://host:port/').port
except ValueError as e:
    print('ValueError:', e)
print(urlparse(b'http://h/p?q'))
