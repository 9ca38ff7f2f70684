"""types.UnionType (the value of `int | str`, built by the VM's `|` on classes) and
types.GenericAlias (the value of `list[int]`, built by subscripting a built-in type)."""


def _member_repr(t):
    if t is type(None):
        return 'None'
    if t is ...:
        return '...'
    if isinstance(t, list):
        return '[' + ', '.join(_member_repr(a) for a in t) + ']'
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
        if not (x is None or isinstance(x, (type, UnionType, GenericAlias))):
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


class GenericAlias:
    """`list[int]`: remembers origin and arguments; calling it makes an origin instance."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        args = ', '.join(_member_repr(a) for a in self.__args__) if self.__args__ else '()'
        return '%s[%s]' % (_member_repr(self.__origin__), args)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, item):
        return GenericAlias(self.__origin__, item)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


GenericAlias.__module__ = 'types'
