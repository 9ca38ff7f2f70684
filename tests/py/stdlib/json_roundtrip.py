# json dumps (indent, sort_keys, separators), loads of nested structures, round trips
import json
data = {'name': 'Ann', 'age': 30, 'tags': ['a', 'b'], 'nested': {'x': None, 'y': True, 'z': 1.5}, 'uni': 'é'}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2, {'a': 3}], separators=(',', ':')), json.dumps('é', ensure_ascii=False), json.dumps((1, 2)))
back = json.loads(s)
print(back == data, back['nested'], type(back['tags']).__name__)
print(json.loads('[1, 2.5, "s", null, true, false, {"k": [{}]}]'))
print(json.loads('"\\u00e9\\n"'), json.loads(' 42 '), json.dumps(float('inf')), json.dumps({1: 'int key'}))
for bad in ['{bad}', '[1,]', '', "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({'b': 1, 'a': [1, {'c': 2}]}, indent=4))
