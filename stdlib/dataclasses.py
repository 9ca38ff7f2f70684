"""Simplified dataclasses implementation (no exec)."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % (type_name,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _FieldType:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldType('_FIELD')
_FIELD_CLASSVAR = _FieldType('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldType('_FIELD_INITVAR')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        s = tp.strip()
        return s.startswith('ClassVar') or s.startswith('typing.ClassVar')
    name = getattr(tp, '__origin__', None)
    if name is not None:
        return getattr(name, '_name', None) == 'ClassVar' or repr(name) == 'typing.ClassVar'
    return repr(tp) == 'typing.ClassVar'


def _is_initvar(tp):
    if isinstance(tp, InitVar) or tp is InitVar:
        return True
    if isinstance(tp, str):
        s = tp.strip()
        return s.startswith('InitVar') or s.startswith('dataclasses.InitVar')
    return False


def _is_kw_only_marker(tp):
    if tp is KW_ONLY:
        return True
    if isinstance(tp, str):
        s = tp.strip()
        return s == 'KW_ONLY' or s == 'dataclasses.KW_ONLY'
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    if (f._field_type is _FIELD and f.default is not MISSING
            and type(f.default).__hash__ is None
            and not isinstance(f.default, (list, dict, set))):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _join_names(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return ', '.join(names[:-1]) + ', and ' + names[-1]


_running = set()


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f.init and f._field_type in (_FIELD, _FIELD_INITVAR)]
    pos_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in pos_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument %r follows default argument' % (f.name,))
    npos = len(pos_fields)
    nrequired = len([f for f in pos_fields
                     if f.default is MISSING and f.default_factory is MISSING])
    index = {}
    for i, f in enumerate(init_fields):
        index[f.name] = i
    qual = cls.__qualname__ + '.__init__'
    other_fields = [f for f in all_fields if not f.init and f._field_type is _FIELD]
    initvar_names = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
    missing = MISSING
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        n = len(args)
        values = list(args[:npos]) + [missing] * (len(init_fields) - min(n, npos))
        for k in kwargs:
            i = index.get(k)
            if i is None:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual, k))
            if i < n:
                raise TypeError("%s() got multiple values for argument '%s'" % (qual, k))
            values[i] = kwargs[k]
        if n > npos:
            if nrequired != npos:
                raise TypeError('%s() takes from %d to %d positional arguments but %d were given'
                                % (qual, nrequired + 1, npos + 1, n + 1))
            raise TypeError('%s() takes %d positional argument%s but %d %s given'
                            % (qual, npos + 1, '' if npos == 0 else 's', n + 1,
                               'was' if n + 1 == 1 else 'were'))
        missing_pos = []
        missing_kw = []
        for i, f in enumerate(init_fields):
            if values[i] is missing:
                if f.default is not MISSING:
                    values[i] = f.default
                elif f.default_factory is not MISSING:
                    values[i] = f.default_factory()
                elif f.kw_only:
                    missing_kw.append(f.name)
                else:
                    missing_pos.append(f.name)
        if missing_pos:
            c = len(missing_pos)
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qual, c, '' if c == 1 else 's', _join_names(missing_pos)))
        if missing_kw:
            c = len(missing_kw)
            raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                            % (qual, c, '' if c == 1 else 's', _join_names(missing_kw)))
        initvars = {}
        for i, f in enumerate(init_fields):
            if f._field_type is _FIELD_INITVAR:
                initvars[f.name] = values[i]
            elif frozen:
                setter(self, f.name, values[i])
            else:
                setattr(self, f.name, values[i])
        for f in other_fields:
            if f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            if frozen:
                setter(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if has_post_init:
            self.__post_init__(*[initvars[nm] for nm in initvar_names])

    __init__.__qualname__ = qual
    return __init__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot=False):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only_marker(type_):
            if KW_ONLY_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % (name,))
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        cls.__init__ = _make_init(cls, all_init_fields, frozen, has_post_init)

    if repr:
        flds = [f for f in field_list if f.repr]

        def __repr__(self):
            key = (id(self), id(type(self)))
            if key in _running:
                return '...'
            _running.add(key)
            try:
                parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in flds]
                return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))
            finally:
                _running.discard(key)
        __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
        if '__repr__' not in cls.__dict__:
            cls.__repr__ = __repr__

    cmp_fields = [f for f in field_list if f.compare]

    def _tuple(obj):
        return tuple([getattr(obj, f.name) for f in cmp_fields])

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple(self) == _tuple(other)
            return NotImplemented
        if '__eq__' not in cls.__dict__:
            cls.__eq__ = __eq__

    if order:
        def _make_cmp(name, op):
            def cmp(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple(self), _tuple(other))
                return NotImplemented
            cmp.__name__ = name
            return cmp
        for name, op in [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]:
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))
            setattr(cls, name, _make_cmp(name, op))

    if frozen:
        field_names = set(fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError('cannot assign to field %r' % (name,))
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError('cannot delete field %r' % (name,))
            super(cls, self).__delattr__(name)
        for name, fn in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))
            setattr(cls, name, fn)

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple([getattr(self, f.name) for f in hash_fields]))

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        cls.__hash__ = __hash__
    elif not has_explicit_hash:
        if eq and frozen:
            cls.__hash__ = __hash__
        elif eq:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + '(' + ', '.join(
                '%s' % f.name for f in field_list) + ')'
        except (TypeError, ValueError):
            cls.__doc__ = ''

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_init_fields
                                   if f.init and not f.kw_only)
    if slots:
        cls = _add_slots(cls)
    return cls


def _add_slots(cls):
    """slots=True: the class made again with __slots__ for its fields (as CPython)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        base_slots = base.__dict__.get('__slots__', ())
        inherited.update((base_slots,) if isinstance(base_slots, str) else base_slots)
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _copy_value(v):
    try:
        import copy
        return copy.deepcopy(v)
    except ImportError:
        return v


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return _copy_value(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return _copy_value(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot '
                                 'be specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False):
    if namespace is None:
        namespace = {}
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
