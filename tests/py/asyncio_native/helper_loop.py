# A tiny event loop for testing _asyncio directly (no asyncio package needed).
import collections
import os

_HERE = os.path.dirname(os.path.abspath(__file__)) + "/"


def mask(s):
    """Hide addresses and the test directory so reprs compare across interpreters."""
    s = str(s).replace(_HERE, "")
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            if j > i + 2:
                out.append("0x?")
                i = j
                continue
        out.append(s[i])
        i += 1
    return "".join(out)


class Loop:
    def __init__(self, name="loop"):
        self.name = name
        self.ready = collections.deque()
        self.debug = False

    def __repr__(self):
        return "<Loop %s>" % self.name

    def call_soon(self, cb, *args, context=None):
        self.ready.append((cb, args, context))

    def get_debug(self):
        return self.debug

    def call_exception_handler(self, ctx):
        keys = sorted(ctx)
        exc = ctx.get("exception")
        obj = ctx.get("future", ctx.get("task"))
        print("HANDLER:", keys, ctx["message"], repr(exc), type(obj).__name__)

    def run_once(self):
        n = len(self.ready)
        for _ in range(n):
            cb, args, ctx = self.ready.popleft()
            if ctx is not None:
                ctx.run(cb, *args)
            else:
                cb(*args)

    def run_until_complete(self, fut, limit=1000):
        while not fut.done() and limit > 0:
            self.run_once()
            limit -= 1
        return fut.result()

    def drain(self, limit=100):
        while self.ready and limit > 0:
            self.run_once()
            limit -= 1


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except BaseException as e:
        print("  raised", type(e).__name__, mask(e))
    else:
        print("  ->", mask(repr(r)))
