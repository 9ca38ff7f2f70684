"""A minimal email.message: Message, a header container with a payload."""

__all__ = ['Message']


class Message:
    """An ordered multi-map of header fields with case-insensitive lookups
    (the header part of CPython's email.message.Message) and a payload."""

    def __init__(self, policy=None):
        self._headers = []
        self._payload = None
        self.policy = policy

    # mapping-like interface
    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return True
        return False

    def __iter__(self):
        for k, v in self._headers:
            yield k

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def add_header(self, _name, _value, **params):
        parts = [_value] if _value is not None else []
        for k, v in params.items():
            k = k.replace('_', '-')
            parts.append(k if v is None else '%s="%s"' % (k, v))
        self._headers.append((_name, '; '.join(parts)))

    def replace_header(self, _name, _value):
        name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == name:
                self._headers[i] = (k, _value)
                return
        raise KeyError(_name)

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers)

    # payload (kept for Message compatibility)
    def get_payload(self, i=None, decode=False):
        return self._payload

    def set_payload(self, payload, charset=None):
        self._payload = payload

    def is_multipart(self):
        return False

    # content-type helpers
    def _params(self, header='content-type'):
        value = self.get(header)
        if value is None:
            return None
        out = []
        for part in value.split(';'):
            part = part.strip()
            if not part:
                continue
            if '=' in part:
                k, v = part.split('=', 1)
                v = v.strip()
                if len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                out.append((k.strip().lower(), v))
            else:
                out.append((part.lower() if not out else part, ''))
        return out

    def get_params(self, failobj=None, header='content-type', unquote=True):
        params = self._params(header)
        return failobj if params is None else params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        params = self._params(header) or []
        for k, v in params[1:]:
            if k == param.lower():
                return v
        return failobj

    def get_content_type(self):
        value = self.get('content-type')
        if value is None:
            return self.get_default_type()
        ctype = value.split(';', 1)[0].strip().lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return 'text/plain'

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset')
        if charset is None:
            return failobj
        return charset.lower()

    def get_filename(self, failobj=None):
        name = self.get_param('filename', None, 'content-disposition')
        if name is None:
            name = self.get_param('name', None, 'content-type')
        return failobj if name is None else name.strip()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        out = ''.join('%s: %s\n' % (k, v.replace('\r\n', '\n')) for k, v in self._headers)
        out += '\n'
        if self._payload:
            out += str(self._payload).replace('\r\n', '\n')
        return out

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string().encode('utf-8')

    def __str__(self):
        return self.as_string()

    def __bytes__(self):
        return self.as_bytes()
