"""typing: the names scripts import for annotations (no static checking happens at run
time). Subscripted forms are _Alias objects that remember their origin and arguments;
Generic, Protocol, NamedTuple and TypedDict work as base classes."""

import collections
import collections.abc
import functools

TYPE_CHECKING = False

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'List', 'Dict', 'Set',
           'FrozenSet', 'NamedTuple', 'TypedDict', 'cast', 'overload', 'NoReturn']


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


class _Alias:
    """A subscripted form such as List[int]: calling it makes an origin instance."""

    def __init__(self, name, origin, args):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return self

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _Special:
    """An unsubscripted special form or generic alias (List, Optional, Any, ...)."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return Union[params[0], None]
        if self._name == 'Union':
            flat = []
            for p in params:
                p = type(None) if p is None else p
                inner = p.__args__ if isinstance(p, _Alias) and p.__origin__ is Union else (p,)
                for q in inner:
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                alias = _Alias('Optional', Union, tuple(flat))
                alias._optional_of = other
                return alias
            return _Alias('Union', Union, tuple(flat))
        return _Alias(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError('Cannot instantiate %r' % self)
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if self.__origin__ is None or not isinstance(self.__origin__, type):
            raise TypeError('%r cannot be used with isinstance()' % self)
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if self.__origin__ is None or not isinstance(self.__origin__, type):
            raise TypeError('%r cannot be used with issubclass()' % self)
        return issubclass(cls, self.__origin__)

    def __reduce__(self):
        return self._name


def _optional_repr(self):
    if getattr(self, '_optional_of', None) is not None:
        return 'typing.Optional[%s]' % _type_repr(self._optional_of)
    return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))


_Alias.__repr__ = _optional_repr

Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
LiteralString = _Special('LiteralString')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Union = _Special('Union')
Optional = _Special('Optional')
Literal = _Special('Literal')
Annotated = _Special('Annotated')
Concatenate = _Special('Concatenate')
TypeAlias = _Special('TypeAlias')
TypeGuard = _Special('TypeGuard')

List = _Special('List', list)
Dict = _Special('Dict', dict)
Set = _Special('Set', set)
FrozenSet = _Special('FrozenSet', frozenset)
Tuple = _Special('Tuple', tuple)
Type = _Special('Type', type)
DefaultDict = _Special('DefaultDict', collections.defaultdict)
OrderedDict = _Special('OrderedDict', collections.OrderedDict)
Counter = _Special('Counter', collections.Counter)
ChainMap = _Special('ChainMap', collections.ChainMap)
Deque = _Special('Deque', collections.deque)
Text = str
AnyStr = None  # replaced below, once TypeVar exists

for _name in ('Callable', 'Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence',
              'Mapping', 'MutableMapping', 'Collection', 'Container', 'Hashable', 'Sized',
              'Reversible', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
              'AsyncGenerator', 'KeysView', 'ValuesView', 'ItemsView', 'AbstractSet',
              'MutableSet'):
    _abc_name = {'AbstractSet': 'Set'}.get(_name, _name)
    globals()[_name] = _Special(_name, getattr(collections.abc, _abc_name, None))
del _name, _abc_name


class TypeVar:
    """A type variable: only its name and constraints are kept."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    pass


class Generic:
    """Base class of user generics: `class Box(Generic[T])` and `Box[int]`."""

    def __class_getitem__(cls, params):
        # The class itself stands for its parametrisations (`Generic[T]` as a base).
        return cls


class Protocol(Generic):
    """Structural base class; runtime checks use the methods a protocol lists."""

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if Protocol in cls.__bases__:
            cls._is_protocol = True


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return tuple(getattr(tp, '__args__', ()))


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        field_names = list(types)
        defaults = [ns[n] for n in field_names if n in ns]
        nt = collections.namedtuple(typename, field_names, defaults=defaults or None,
                                    module=ns.get('__module__'))
        nt.__annotations__ = dict(types)
        for key, val in ns.items():
            if key in ('__annotations__', '__module__', '__qualname__') or key in field_names:
                continue
            setattr(nt, key, val)
        return nt

    def __call__(cls, typename, fields=None, **kwargs):
        # The functional form: NamedTuple('P', [('x', int)]) or NamedTuple('P', x=int).
        if fields is None:
            fields = list(kwargs.items())
        nt = collections.namedtuple(typename, [n for n, _ in fields])
        nt.__annotations__ = dict(fields)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    """A base class with annotated fields makes a collections.namedtuple."""

    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for b in bases:
            annotations.update(getattr(b, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns['__annotations__'] = annotations
        ns['__total__'] = total
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    """A class whose instances are plain dicts with the annotated keys."""
