# Uncaught exception raised inside a generator propagates to the consumer
def g():
    yield 1
    yield 2
    raise ValueError('generator failed')
for v in g():
    print(v)
print('unreachable')
