# Smoke test 2: json, datetime, copy, itertools, functools.wraps, string.Formatter, OrderedDict, heapq
import json, datetime, copy, types, itertools, functools, string, textwrap, collections, heapq, operator
print(json.dumps({'b': 1, 'a': [1.0, 1e20, -0.0]}, separators=(',', ':')), json.dumps('é\n', ensure_ascii=True), json.dumps('é', ensure_ascii=False))
try: json.loads('{"a": }')
except json.JSONDecodeError as e: print(e)
print(json.loads('[1e3, -2, 3.5, "\\u00e9", true, false, null]'))
d = datetime.date(2024, 1, 31); print(d + datetime.timedelta(days=1), d.isoformat(), d.weekday(), d.strftime('%d/%m/%Y'), repr(datetime.timedelta(hours=1, seconds=3)))
print(datetime.datetime(2020, 5, 17, 8, 30).isoformat(), datetime.datetime.fromisoformat('2021-03-04T05:06:07'), datetime.date.fromisoformat('2022-02-02'))
print(sorted([datetime.date(2020, 1, 2), datetime.date(2019, 5, 5)]), datetime.timedelta(days=1) // datetime.timedelta(hours=5), datetime.timedelta(minutes=90).total_seconds())
class C:
    def __init__(self): self.l = [1]; self.t = (self.l,)
c = copy.deepcopy(C()); print(c.t[0] is c.l)
print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)), [(k, list(g)) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.combinations_with_replacement('ab', 2)), list(itertools.batched('abcde', 2)) if hasattr(itertools, 'batched') else 'nobatched')
print(functools.reduce(lambda a, b: a + b, [], 0))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(x):
    "doc"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(string.Formatter().format('{0}-{x}', 1, x=2), textwrap.wrap('', 5), collections.OrderedDict(a=1, b=2))
od = collections.OrderedDict.fromkeys('abc'); od.move_to_end('a'); print(list(od), od.popitem(last=False))
print(heapq.heappushpop([1, 2], 0), heapq.nlargest(2, ['a', 'ccc', 'bb'], key=len))
print(types.MappingProxyType({'a': 1})['a'], type(types.SimpleNamespace()).__name__)
