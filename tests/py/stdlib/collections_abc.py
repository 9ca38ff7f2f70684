# collections.abc: virtual subclasses, __subclasshook__, mixin methods
from collections.abc import Mapping, Iterable, Sequence, MutableMapping, Callable, Hashable, Sized, Iterator, Generator
import collections.abc
print(isinstance({}, Mapping), isinstance([], Iterable), isinstance((), Sequence), isinstance({}, MutableMapping))
print(isinstance(len, Callable), isinstance(1, Hashable), isinstance([], Hashable), isinstance([], Sized), isinstance(iter([]), Iterator))
def g(): yield 1
print(isinstance(g(), Generator), isinstance(g(), Iterator), issubclass(list, Sequence), issubclass(dict, Sequence))
class M(Mapping):
    def __init__(self): self.d = {'a': 1}
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = M()
print(m.get('a'), m.get('b', 2), 'a' in m, list(m.keys()), list(m.items()), m == {'a': 1})
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), isinstance(It(), Iterable), isinstance(5, Iterable))
try:
    Mapping()
except TypeError as e:
    print(e)
