"""Weak references (instances of Python classes only) and WeakValueDictionary."""

from _weakref import ref, ReferenceType, getweakrefcount

__all__ = ['ref', 'ReferenceType', 'getweakrefcount', 'WeakValueDictionary', 'WeakSet']


class WeakValueDictionary:
    def __init__(self, other=(), /, **kw):
        self.data = {}
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def _remover(self, key):
        data = self.data

        def remove(wr):
            if data.get(key) is wr:
                del data[key]
        return remove

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def keys(self):
        return list(self)

    def values(self):
        return [o for o in (wr() for wr in list(self.data.values())) if o is not None]

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((k, o))
        return out

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)


class WeakSet:
    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            for x in data:
                self.add(x)

    def add(self, item):
        key = id(item)
        data = self.data

        def remove(wr):
            if data.get(key) is wr:
                del data[key]
        self.data[key] = ref(item, remove)

    def discard(self, item):
        self.data.pop(id(item), None)

    def remove(self, item):
        del self.data[id(item)]

    def __contains__(self, item):
        wr = self.data.get(id(item))
        return wr is not None and wr() is item

    def __iter__(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for _ in self)
