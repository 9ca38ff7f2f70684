# A generator pipeline, a send()-driven coroutine and a round-robin scheduler.
from collections import deque


def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


print("pipeline:", sum(evens(squares(numbers(20)))))


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
for v in (10, 20, 30, 40):
    print(f"sent {v:>3} -> average {avg.send(v):.2f}")
try:
    avg.send(None)
except StopIteration as stop:
    print("values seen:", stop.value)


def worker(name, steps):
    for i in range(steps):
        print(f"  {name} step {i}")
        yield
    return f"{name} done"


def run(tasks):
    ready = deque(tasks)
    results = []
    while ready:
        task = ready.popleft()
        try:
            next(task)
            ready.append(task)
        except StopIteration as stop:
            results.append(stop.value)
    return results


print("scheduler:")
print(run([worker("spam", 2), worker("eggs", 3), worker("ham", 1)]))
