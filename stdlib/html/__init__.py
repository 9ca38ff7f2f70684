"""A minimal html: escape and unescape (named entities limited to the common ones)."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and quotes if quote is true) with HTML-safe sequences."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace('\'', '&#x27;')
    return s


_ENTITIES = {'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'", 'nbsp': '\xa0',
             'copy': '\xa9', 'reg': '\xae', 'hellip': '\u2026', 'mdash': '\u2014',
             'ndash': '\u2013', 'laquo': '\xab', 'raquo': '\xbb', 'euro': '\u20ac'}


def unescape(s):
    """Replace character references (&name;, &#nn;, &#xhh;) by the characters."""
    if '&' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != '&':
            out.append(c)
            i += 1
            continue
        j = s.find(';', i + 1, i + 34)
        if j < 0:
            out.append(c)
            i += 1
            continue
        ref = s[i + 1:j]
        try:
            if ref[:2] in ('#x', '#X'):
                out.append(chr(int(ref[2:], 16)))
            elif ref[:1] == '#':
                out.append(chr(int(ref[1:])))
            elif ref in _ENTITIES:
                out.append(_ENTITIES[ref])
            else:
                raise ValueError
        except (ValueError, OverflowError):
            out.append(c)
            i += 1
            continue
        i = j + 1
    return ''.join(out)
