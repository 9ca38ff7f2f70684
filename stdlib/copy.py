"""Generic (shallow and deep) copying operations."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_immutable = {type(None), int, float, bool, complex, str, tuple, bytes,
              frozenset, type, range, slice, property, type(Ellipsis),
              type(NotImplemented), type(len), type(lambda: None)}


def _own_reduce(cls):
    for name in ('__reduce_ex__', '__reduce__'):
        m = getattr(cls, name, None)
        if m is not None and m is not getattr(object, name, None):
            return True
    return False


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _immutable:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if _own_reduce(cls):
        rv = _get_reduce(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _generic_copy(x, cls, None)


def _get_reduce(x):
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        try:
            return reductor(4)
        except TypeError:
            pass
    return x.__reduce__()


def _generic_copy(x, cls, memo):
    deep = memo is not None
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, tuple):
        items = tuple(x)
        if deep:
            items = deepcopy(items, memo)
        y = cls.__new__(cls, items)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    getstate = getattr(x, '__getstate__', None)
    state = None
    if getstate is not None:
        try:
            state = getstate()
        except TypeError:
            state = getattr(x, '__dict__', None)
    else:
        state = getattr(x, '__dict__', None)
    if isinstance(x, list):
        y.extend(deepcopy(i, memo) for i in x) if deep else y.extend(x)
    elif isinstance(x, dict):
        if deep:
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        else:
            for k, v in x.items():
                y[k] = v
    elif isinstance(x, (set, frozenset)) and not isinstance(x, frozenset):
        for i in x:
            y.add(deepcopy(i, memo) if deep else i)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and getattr(type(y), '__setstate__', None) is not getattr(object, '__setstate__', None):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, '__deepcopy__', None)
            if copier is not None:
                y = copier(memo)
            elif _own_reduce(cls):
                rv = _get_reduce(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _generic_copy(x, cls, memo)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for _t in _immutable:
    if _t is not tuple and _t is not frozenset:
        d[_t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset([deepcopy(a, memo) for a in x])


d[frozenset] = _deepcopy_frozenset


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


d[bytearray] = _deepcopy_bytearray

del d, _t


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
