# _asyncio.ReadyQueue is aspic's optional native ready queue; CPython has none, so the
# test falls back to an equivalent deque-based class there and the output must match.
import _asyncio
import collections


class PyReadyQueue:
    def __init__(self):
        self._q = collections.deque()

    def append(self, h):
        self._q.append(h)

    def appendleft(self, h):
        self._q.appendleft(h)

    def popleft(self):
        return self._q.popleft()

    def clear(self):
        self._q.clear()

    def __len__(self):
        return len(self._q)

    def __bool__(self):
        return bool(self._q)

    def __iter__(self):
        return iter(list(self._q))

    def run(self, ntodo):
        done = 0
        while done < ntodo and self._q:
            h = self._q.popleft()
            done += 1
            if h._cancelled:
                continue
            h._run()
        return done


ReadyQueue = getattr(_asyncio, "ReadyQueue", PyReadyQueue)


class Handle:
    def __init__(self, name, q=None):
        self.name = name
        self._cancelled = False
        self.q = q

    def _run(self):
        print("run", self.name)
        if self.q is not None:
            self.q.append(Handle(self.name + "'"))

    def __repr__(self):
        return "<H %s>" % self.name


q = ReadyQueue()
print(len(q), bool(q), list(q))
a, b, c = Handle("a", q), Handle("b"), Handle("c")
q.append(a)
q.append(b)
q.appendleft(c)
print(len(q), bool(q), list(q))
b._cancelled = True
print(q.run(len(q)))
print(list(q))
print(q.run(10))
print(q.run(10), len(q))
q.append(a)
print(q.popleft() is a)
try:
    q.popleft()
except IndexError as e:
    print("IndexError", e)
q.append(a)
q.clear()
print(len(q))


class Boom:
    _cancelled = False

    def _run(self):
        raise ValueError("in handle")


q.append(Boom())
q.append(Handle("after"))
try:
    q.run(2)
except ValueError as e:
    print("raised", e, len(q))
print(q.run(1))
