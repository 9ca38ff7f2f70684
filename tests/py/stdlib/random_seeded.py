# random with a fixed seed produces exact sequences
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(5)])
print([random.randrange(0, 50, 5) for _ in range(5)], random.randrange(10))
print(random.choice('abcdefg'), random.choice([10, 20, 30]))
l = list(range(10))
random.shuffle(l)
print(l)
print(random.uniform(1, 2), random.getrandbits(16), random.getrandbits(70))
print(random.sample(range(100), 5), random.choices('xyz', k=4))
random.seed(42)
print(random.random())
r = random.Random(7)
print(r.random(), r.randint(0, 9))
random.seed('text seed')
print(random.random())
print(round(random.gauss(0, 1), 12))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__, e)
