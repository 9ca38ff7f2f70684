# Counting, grouping and inverting with dicts
text = 'the quick brown the lazy the end quick'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {}
for i in range(3):
    nested.setdefault(i % 2, {})[i] = i * i
print(nested)
d = {'a': 1, 'b': 2, 'c': 3}
print({k: v for k, v in d.items() if v != 2}, dict(filter(lambda kv: kv[1] > 1, d.items())))
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
