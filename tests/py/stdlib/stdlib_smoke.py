# Smoke test of the Python-implemented stdlib modules
import collections, itertools, functools, heapq, contextlib, operator, string, json, copy, types, abc, dataclasses, textwrap
from collections import Counter, deque, OrderedDict, defaultdict, namedtuple, ChainMap
c = Counter('abracadabra'); print(c.most_common(3), c['z'], sorted(c.elements())[:4])
c2 = Counter(a=1, b=5); print(c + c2, c - c2, c & c2, c | c2)
d = deque([1, 2, 3], maxlen=4); d.appendleft(0); d.append(4); print(d, d.maxlen); d.rotate(1); print(d)
P = namedtuple('P', 'x y', defaults=[0]); p = P(1); print(p, p._replace(y=5), p._asdict(), P._fields, P.__module__)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.islice(itertools.count(5, 2), 4)))
print(list(itertools.product('ab', repeat=2)), list(itertools.permutations(range(3), 2))[:3])
print(list(itertools.zip_longest('abc', 'x', fillvalue='-')), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, range(10))), list(itertools.dropwhile(lambda x: x < 8, range(10))))
print(list(itertools.compress('abcdef', [1, 0, 1])), list(itertools.pairwise('abcd')), list(itertools.repeat('x', 3)))
print(functools.reduce(operator.mul, range(1, 6)), functools.partial(int, base=2)('101'))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class W:
    @functools.cached_property
    def val(self):
        print('computing'); return 42
w = W(); print(w.val, w.val)
@functools.singledispatch
def f(x): return 'obj'
@f.register
def _(x: int): return 'int'
print(f(1), f('s'))
h = [5, 1, 4, 2]; heapq.heapify(h); print(heapq.heappop(h), heapq.nsmallest(2, [5, 3, 9, 1]), heapq.nlargest(2, [5, 3, 9, 1]), list(heapq.merge([1, 4], [2, 3])))
@contextlib.contextmanager
def cm1(n):
    print('enter', n); yield n * 2; print('exit', n)
with cm1(3) as v: print('body', v)
with contextlib.suppress(KeyError): {}['x']
with contextlib.ExitStack() as st:
    st.callback(print, 'cb1'); st.enter_context(cm1(1))
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.capwords('hello world'))
print(string.Template('$a and ${b}').substitute(a=1, b=2), string.Template('$a $c').safe_substitute(a=1))
print(json.dumps({'a': [1, 2.5, None, True], 'b': 'x"y'}, sort_keys=True), json.loads('{"a": [1, 2, {"b": null}]}'))
print(json.dumps([1, {'a': 2}], indent=2))
x = [1, [2, 3], {'a': [4]}]; y = copy.deepcopy(x); y[1].append(9); print(x, y, copy.copy(x)[1] is x[1])
print(types.SimpleNamespace(a=1, b=2), type(lambda: 0) is types.FunctionType, isinstance(len, types.BuiltinFunctionType))
class A(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
try: A()
except TypeError as e: print(e)
class B(A):
    def m(self): return 1
print(B().m(), isinstance(B(), A))
@dataclasses.dataclass(order=True)
class D:
    x: int
    y: str = 'a'
    z: list = dataclasses.field(default_factory=list)
d1 = D(1); print(d1, D(1) == D(1), D(1) < D(2), dataclasses.asdict(d1), dataclasses.fields(D)[0].name)
@dataclasses.dataclass(frozen=True)
class F:
    a: int
try: F(1).a = 2
except dataclasses.FrozenInstanceError as e: print('frozen', e)
print(hash(F(1)) == hash(F(1)), dataclasses.replace(d1, x=5))
print(textwrap.wrap('The quick brown fox jumps over the lazy dog', 12), textwrap.dedent('  a\n  b'), textwrap.fill('aaa bbb ccc', 7))
print(textwrap.indent('a\nb', '> '), textwrap.shorten('Hello world, how are you', 15))
