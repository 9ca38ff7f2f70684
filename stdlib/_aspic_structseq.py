"""Struct sequences (time.struct_time, sys.float_info, ...): tuples with named fields."""


class _Field:
    def __init__(self, index):
        self._index = index

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')


def structseq(module, name, fields):
    def __new__(cls, seq=()):
        seq = tuple(seq)
        if len(seq) != len(fields):
            raise TypeError('%s.%s() takes a %d-sequence (%d-sequence given)'
                            % (module, name, len(fields), len(seq)))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        parts = ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self))
        return '%s.%s(%s)' % (module, name, parts)

    def __reduce__(self):
        return (type(self), (tuple(self),))

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
          'n_sequence_fields': len(fields), 'n_fields': len(fields),
          'n_unnamed_fields': 0, '__module__': module, '_fields': tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = _Field(i)
    return type(name, (tuple,), ns)
