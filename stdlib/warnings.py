"""A small warnings module: filters, simplefilter, catch_warnings and warn.

Warnings are not tied to source locations here: a shown warning is written to stderr as
'Category: message'."""

import sys

filters = []
_onceregistry = set()


def _check_action(action):
    if action not in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        raise ValueError('invalid action: %r' % (action,))


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    item = (action, None, category, None, lineno)
    _add_filter(item, append)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _check_action(action)
    item = (action, message or None, category, module or None, lineno)
    _add_filter(item, append)


def _add_filter(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def resetwarnings():
    filters[:] = []


def _action_for(message, category):
    text = str(message)
    for action, msg, cat, mod, lineno in filters:
        if msg is not None and not text.lower().startswith(msg.lower()):
            continue
        if issubclass(category, cat):
            return action
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return 'ignore'
    return 'default'


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    action = _action_for(message, category)
    if action == 'ignore':
        return
    if action == 'error':
        if isinstance(message, Warning):
            raise message
        raise category(message)
    key = (str(message), category)
    if action in ('default', 'module', 'once'):
        if key in _onceregistry:
            return
        _onceregistry.add(key)
    sys.stderr.write('%s: %s\n' % (category.__name__, message))


class catch_warnings:
    def __init__(self, *, record=False):
        self._record = record
        self._entered = False

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = filters[:]
        if self._record:
            log = []
            global warn
            self._warn = warn

            def _recording_warn(message, category=None, stacklevel=1, source=None):
                if isinstance(message, Warning):
                    category = message.__class__
                if category is None:
                    category = UserWarning
                action = _action_for(message, category)
                if action == 'ignore':
                    return
                if action == 'error':
                    raise category(message)
                log.append(WarningMessage(message, category))

            warn = _recording_warn
            return log
        return None

    def __exit__(self, *exc_info):
        filters[:] = self._filters
        if self._record:
            global warn
            warn = self._warn
        return False


class WarningMessage:
    def __init__(self, message, category, filename=None, lineno=None):
        self.message = message if isinstance(message, Warning) else category(message)
        self.category = category
        self.filename = filename
        self.lineno = lineno

    def __str__(self):
        return '{message : %r, category : %r, filename : %r, lineno : %s}' % (
            self.message, self.category.__name__, self.filename, self.lineno)
