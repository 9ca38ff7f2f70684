"""A Poller for tests: `_aspic_loop.Poller` under aspic; under CPython the same API
built from `selectors.EpollSelector` and a self-pipe, so both print the same lines."""

import os

try:
    import _aspic_loop
    Poller = _aspic_loop.Poller
    loop_time = _aspic_loop.time
except ImportError:
    import selectors
    import time

    loop_time = time.monotonic

    class Poller:
        def __init__(self):
            self._sel = selectors.EpollSelector()
            self._r, self._w = os.pipe()
            os.set_blocking(self._r, False)
            os.set_blocking(self._w, False)
            self._sel.register(self._r, selectors.EVENT_READ)
            self._user = set()

        def register(self, fd, mask):
            self._sel.register(fd, mask)
            self._user.add(self._sel.get_key(fd).fd)

        def modify(self, fd, mask):
            self._sel.modify(fd, mask)

        def unregister(self, fd):
            self._sel.unregister(fd)
            self._user.discard(fd)

        def wait(self, timeout=None):
            ready = []
            for key, ev in self._sel.select(timeout):
                if key.fd == self._r:
                    try:
                        os.read(self._r, 4096)
                    except BlockingIOError:
                        pass
                else:
                    ready.append((key.fd, ev))
            return sorted(ready)

        def wakeup(self):
            os.write(self._w, b'x')

        def fileno(self):
            return self._sel.fileno()

        def close(self):
            self._sel.close()
