"""types.UnionType: the value of `int | str`, built by the VM's `|` on classes."""


def _member_repr(t):
    if t is type(None):
        return 'None'
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return f'{t.__module__}.{t.__qualname__}'
    return repr(t)


def _members(x):
    if isinstance(x, UnionType):
        return x.__args__
    if x is None:
        return (type(None),)
    return (x,)


def _union(a, b):
    for x in (a, b):
        if not (x is None or isinstance(x, (type, UnionType))):
            return NotImplemented
    args = []
    for t in _members(a) + _members(b):
        if t not in args:
            args.append(t)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    u._args = tuple(args)
    return u


class UnionType:
    @property
    def __args__(self):
        return self._args

    def __repr__(self):
        return ' | '.join(_member_repr(t) for t in self._args)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __instancecheck__(self, obj):
        return isinstance(obj, self._args)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._args)


UnionType.__module__ = 'types'
