"""signal: set handlers for asynchronous events (aspic).

The native `_signal` module does the work; this wraps signal numbers and the two
special handlers in small int-enum classes so they print as CPython's do
(`Signals.SIGINT`, `Handlers.SIG_DFL`).
"""

import _signal
from _signal import default_int_handler, NSIG


class _IntEnumMember(int):
    __slots__ = ()

    def __new__(cls, value, name):
        self = int.__new__(cls, value)
        cls._names[int(value)] = name
        return self

    @property
    def name(self):
        return type(self)._names[int(self)]

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return '<%s.%s: %d>' % (type(self).__name__, self.name, int(self))

    # As IntEnum in 3.11: str() and format() show the number.
    def __str__(self):
        return str(int(self))

    def __format__(self, spec):
        return format(int(self), spec)

    def __reduce__(self):
        return type(self), (int(self),)


class Signals(_IntEnumMember):
    _names = {}
    _members = {}


class Handlers(_IntEnumMember):
    _names = {}
    _members = {}


Signals.__module__ = 'signal'
Handlers.__module__ = 'signal'

for _name in dir(_signal):
    if _name.startswith('SIG') and not _name.startswith('SIG_'):
        _m = Signals(getattr(_signal, _name), _name)
        Signals._members[int(_m)] = _m
        globals()[_name] = _m
for _name in ('SIG_DFL', 'SIG_IGN'):
    _m = Handlers(getattr(_signal, _name), _name)
    Handlers._members[int(_m)] = _m
    globals()[_name] = _m
del _name, _m


def _enum_to_int(value):
    if isinstance(value, _IntEnumMember):
        return int(value)
    return value


def _int_to_enum(value, members):
    if type(value) is int and value in members:
        return members[value]
    return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers._members)


def getsignal(signalnum):
    handler = _signal.getsignal(_enum_to_int(signalnum))
    return _int_to_enum(handler, Handlers._members)


def raise_signal(signalnum):
    _signal.raise_signal(_enum_to_int(signalnum))


def strsignal(signalnum):
    names = {2: 'Interrupt', 15: 'Terminated', 1: 'Hangup', 9: 'Killed', 3: 'Quit',
             10: 'User defined signal 1', 12: 'User defined signal 2', 14: 'Alarm clock',
             13: 'Broken pipe', 17: 'Child exited'}
    return names.get(int(signalnum))


def valid_signals():
    return set(Signals._members.values())
