"""Functional tools for creating and using iterators (pure Python)."""

import sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _is_number(x):
    return isinstance(x, (int, float, complex)) or hasattr(type(x), '__add__') and not isinstance(x, (str, bytes, list, tuple))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        self._cnt = c + self._step
        return c

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._cnt,)
        return 'count(%r, %r)' % (self._cnt, step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return (type(self), (self._cnt,))
        return (type(self), (self._cnt, self._step))


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._cnt = -1
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        if c == 0:
            raise StopIteration
        if c > 0:
            self._cnt = c - 1
        return self._obj

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._cnt)

    def __reduce__(self):
        if self._cnt == -1:
            return (type(self), (self._obj,))
        return (type(self), (self._obj, self._cnt))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    return _cycle(iter(iterable))


def _chain_gen(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    """chain(*iterables) --> chain object"""

    def __init__(self, *iterables):
        self._gen = _chain_gen(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._gen = _chain_gen(iterable)
        return self


def _islice_gen(it, nxt, stop, step):
    cnt = 0
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        yield item
        nxt += step
        if stop != -1 and nxt > stop:
            nxt = stop


def _islice_index(v):
    if v is None:
        return None
    try:
        v = v.__index__() if not isinstance(v, int) else v
    except AttributeError:
        return -1
    return v


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    nargs = len(args)
    if nargs == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if nargs > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
    start = 0
    step = 1
    if nargs == 1:
        stop = args[0]
        if stop is None:
            stop = -1
        else:
            stop = _islice_index(stop)
            if stop is None or stop < 0:
                raise ValueError('Stop argument for islice() must be None or an '
                                 'integer: 0 <= x <= sys.maxsize.')
    else:
        a1 = args[0]
        a2 = args[1]
        if a1 is not None:
            start = _islice_index(a1)
            if start < 0:
                start = -1
        if a2 is not None:
            stop = _islice_index(a2)
            if stop < 0:
                stop = -2
        else:
            stop = -1
        if start == -1 or stop == -2:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if nargs == 3 and args[2] is not None:
            step = _islice_index(args[2])
            if step is None or step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(iterable)
    return _islice_gen(it, start, stop, step)


def _zip_longest_gen(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    iterators = list(iterators)
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*args, fillvalue=None):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"""
    iterators = [iter(it) for it in args]
    return _zip_longest_gen(iterators, fillvalue)


def _product_gen(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    indices = [0] * n
    result = [p[0] for p in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def product(*args, repeat=1):
    """product(*iterables, repeat=1) --> product object"""
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    return _product_gen(pools)


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def permutations(iterable, r=None):
    """permutations(iterable[, r]) --> permutations object"""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations(iterable, r):
    """combinations(iterable, r) --> combinations object"""
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_gen(pool, r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement(iterable, r) --> combinations_with_replacement object"""
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr_gen(pool, r)


def _accumulate_gen(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate_gen(iter(iterable), func, initial)


def _groupby_gen(iterator, keyfunc):
    state = [None, None, False]  # curr_value, curr_key, exhausted

    def _grouper(target_key):
        yield state[0]
        while True:
            try:
                v = next(iterator)
            except StopIteration:
                state[2] = True
                return
            state[0] = v
            k = v if keyfunc is None else keyfunc(v)
            state[1] = k
            if not (k == target_key):
                return
            yield v

    try:
        v = next(iterator)
    except StopIteration:
        return
    state[0] = v
    state[1] = v if keyfunc is None else keyfunc(v)
    while not state[2]:
        target_key = state[1]
        curr_group = _grouper(target_key)
        yield (state[1], curr_group)
        if state[1] == target_key:
            for _ in curr_group:
                pass


def groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    return _groupby_gen(iter(iterable), key)


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            link[0] = next(self._it)
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


_tee.__name__ = 'tee'
_tee.__qualname__ = 'tee'


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(iter(iterable), [None, None])
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


def _starmap_gen(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    return _starmap_gen(function, iter(iterable))


def _takewhile_gen(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the
    predicate evaluates to true for each entry."""
    return _takewhile_gen(predicate, iter(iterable))


def _dropwhile_gen(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile_gen(predicate, iter(iterable))


def _filterfalse_gen(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse_gen(function, iter(iterable))


def _compress_gen(data, selectors):
    while True:
        try:
            d = next(data)
            s = next(selectors)
        except StopIteration:
            return
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress_gen(iter(data), iter(selectors))


def _pairwise_gen(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise_gen(iter(iterable))
