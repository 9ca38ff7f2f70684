"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (the everyday subset of
CPython 3.11's module: members, aliases, value and name lookup, the functional API,
_missing_, _generate_next_value_, mixed-in types, reprs and Flag composition)."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique']

_auto_null = object()


class auto:
    """Stands for a member value chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern)


class _MembersView:
    """A read-only mapping of member names to members (CPython's mappingproxy)."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, k, default=None):
        return self._d.get(k, default)

    def __eq__(self, other):
        if isinstance(other, _MembersView):
            other = other._d
        return self._d == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


_MembersView.__name__ = _MembersView.__qualname__ = 'mappingproxy'


def _member_type(bases):
    """The data type mixed into an enum (int for IntEnum), or object."""
    for base in bases:
        for c in base.__mro__:
            if c is object:
                continue
            if isinstance(c, EnumType):
                if c._member_type_ is not object:
                    return c._member_type_
                continue
            if '__new__' in c.__dict__ or c in (int, str, float, bytes, tuple):
                return c
    return object


class EnumType(type):
    """Metaclass of Enum: turns the class body's plain attributes into members."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        candidates = []
        for key, value in list(classdict.items()):
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            if _is_descriptor(value) and not isinstance(value, auto):
                continue
            if isinstance(value, type):
                continue
            candidates.append((key, value))
        for key, _ in candidates:
            del classdict[key]
        custom_new = classdict.get('__new__')
        if custom_new is not None:
            classdict['_new_member_'] = custom_new
            del classdict['__new__']
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type = _member_type(bases)
        enum_class._member_type_ = member_type
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        new_member = getattr(enum_class, '_new_member_', None)
        if new_member is None:
            new_member = member_type.__new__ if member_type is not object else None
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        last_values = []
        is_flag = issubclass(enum_class, Flag) if Flag is not None else False
        for name, value in candidates:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(
                    enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                    if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is None:
                member = object.__new__(enum_class)
            else:
                member = new_member(enum_class, *args)
            if not hasattr(member, '_value_'):
                if member_type is object:
                    member._value_ = value
                else:
                    member._value_ = member_type(*args)
            value = member._value_
            # An equal value already defined: this name is an alias of that member.
            existing = None
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
            if existing is not None:
                enum_class._member_map_[name] = existing
                setattr(enum_class, name, existing)
                continue
            member._name_ = name
            init = _find_init(enum_class)
            if init is not None:
                init(member, *args)
            # Composite flag values (RW = R | W) are aliases in iteration, as in 3.11.
            if not is_flag or _is_single_bit(value):
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            setattr(enum_class, name, member)
        # A mixed-in type's repr/str/format must not hide Enum's (`class S(str, Enum)`).
        for meth in ('__repr__', '__str__', '__format__'):
            owner = next(c for c in enum_class.__mro__ if meth in c.__dict__)
            if isinstance(owner, EnumType):
                continue
            enum_owner = next((c for c in enum_class.__mro__
                               if isinstance(c, EnumType) and meth in c.__dict__), None)
            if enum_owner is not None:
                setattr(enum_class, meth, enum_owner.__dict__[meth])
        if is_flag:
            flag_mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    flag_mask |= m._value_
            enum_class._flag_mask_ = flag_mask
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return _lookup_member(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        classdict = {}
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        metacls = cls.__class__
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _MembersView(dict(cls._member_map_))

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__



EnumMeta = EnumType
Flag = None


def _is_single_bit(num):
    if not isinstance(num, int) or num <= 0:
        return False
    return num & (num - 1) == 0


def _find_init(enum_class):
    """The __init__ members get: the nearest one defined by an enum class (Planet's)."""
    for c in enum_class.__mro__:
        if not isinstance(c, EnumType):
            return None
        if '__init__' in c.__dict__:
            return c.__dict__['__init__']
    return None


def _lookup_member(cls, value):
    """Color(value): the member with that value, else _missing_'s answer."""
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    for member in cls._member_map_.values():
        if member._value_ == value:
            return member
    result = cls._missing_(value)
    if isinstance(result, cls):
        return result
    if result is None:
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                    % (cls.__name__, result))


class Enum(metaclass=EnumType):
    """Generic enumeration: subclass it and give members as class attributes."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_




class ReprEnum(Enum):
    """Members' str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) == 1 and isinstance(values[0], str):
            return str.__new__(cls, values[0])
        raise TypeError('%r is not a string' % (values[0],))

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members combine with | & ^ ~ into composite flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if issubclass(cls, int) else value % (mask + 1)
        if issubclass(cls, int):
            pseudo = int.__new__(cls, value)
        else:
            if value & ~mask:
                raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value]
        extra = value & ~mask if issubclass(cls, int) else 0
        if value == 0:
            pseudo._name_ = None
        else:
            parts = names + ([str(extra)] if extra else [])
            pseudo._name_ = '|'.join(parts)
        return cls._value2member_map_.setdefault(value, pseudo)

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_ and m._value_)

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (isinstance(other, int) and issubclass(self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (isinstance(other, int) and issubclass(self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (isinstance(other, int) and issubclass(self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    # int's operators come first in the MRO; a flag's must win.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __repr__ = Flag.__repr__

    def __invert__(self):
        return self.__class__(~self._value_ & self.__class__._flag_mask_)


def unique(enumeration):
    """Class decorator: no two names may share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
