"""Filename matching with shell patterns (after CPython's fnmatch).

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by compiling the pattern into a small list of tokens matched
directly (aspic has no re module); translate() still returns CPython's regular
expression text.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


_cache = {}


def _compile(pat):
    """Tokens: ('*',), ('?',), ('lit', text), ('set', negate, items) with items chars or ranges."""
    key = (type(pat), pat)
    toks = _cache.get(key)
    if toks is not None:
        return toks
    if isinstance(pat, bytes):
        pat_str = str(pat, 'ISO-8859-1')
    else:
        pat_str = pat
    toks = []
    i, n = 0, len(pat_str)
    lit = ''
    while i < n:
        c = pat_str[i]
        i += 1
        if c == '*':
            if lit:
                toks.append(('lit', lit))
                lit = ''
            if not toks or toks[-1] != ('*',):
                toks.append(('*',))
        elif c == '?':
            if lit:
                toks.append(('lit', lit))
                lit = ''
            toks.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat_str[j] == '!':
                j += 1
            if j < n and pat_str[j] == ']':
                j += 1
            while j < n and pat_str[j] != ']':
                j += 1
            if j >= n:
                lit += '['
                continue
            stuff = pat_str[i:j]
            i = j + 1
            negate = False
            if stuff.startswith('!'):
                negate = True
                stuff = stuff[1:]
            items = []
            k = 0
            m = len(stuff)
            while k < m:
                if k + 2 < m and stuff[k + 1] == '-':
                    lo, hi = stuff[k], stuff[k + 2]
                    if lo <= hi:
                        items.append((lo, hi))
                    k += 3
                else:
                    items.append((stuff[k], stuff[k]))
                    k += 1
            if lit:
                toks.append(('lit', lit))
                lit = ''
            toks.append(('set', negate, tuple(items)))
        else:
            lit += c
    if lit:
        toks.append(('lit', lit))
    if len(_cache) > 32768:
        _cache.clear()
    _cache[key] = toks
    return toks


def _match(toks, ti, s, si):
    n = len(s)
    while ti < len(toks):
        t = toks[ti]
        kind = t[0]
        if kind == 'lit':
            lit = t[1]
            if not s.startswith(lit, si):
                return False
            si += len(lit)
        elif kind == '?':
            if si >= n:
                return False
            si += 1
        elif kind == 'set':
            if si >= n:
                return False
            c = s[si]
            hit = False
            for lo, hi in t[2]:
                if lo <= c <= hi:
                    hit = True
                    break
            if hit == t[1]:
                return False
            si += 1
        else:
            # '*': try the rest of the pattern at every later position.
            if ti + 1 == len(toks):
                return True
            nxt = toks[ti + 1]
            for k in range(si, n + 1):
                if nxt[0] == 'lit' and not s.startswith(nxt[1], k):
                    continue
                if _match(toks, ti + 1, s, k):
                    return True
            return False
        ti += 1
    return si == n


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    for name in names:
        if fnmatchcase(os.path.normcase(name), pat):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    toks = _compile(pat)
    if isinstance(name, bytes):
        name = str(name, 'ISO-8859-1')
    return _match(toks, 0, name, 0)


def _escape(s):
    special = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')
    return ''.join('\\' + c if c in special else c for c in s)


def translate(pat):
    """Translate a shell PATTERN to a regular expression (as CPython's fnmatch.translate)."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if not res or res[-1] != '.*':
                res.append('.*')
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                res.append('\\[')
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if not stuff:
                    res.append('(?!)')
                elif stuff == '!':
                    res.append('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    res.append('[%s]' % stuff)
        else:
            res.append(_escape(c))
    return '(?s:%s)\\Z' % ''.join(res)
