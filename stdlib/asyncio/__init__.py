"""The asyncio package: an event loop, tasks, futures and synchronization
primitives for coroutines (CPython 3.11's API, written for aspic)."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .streams import *
from .tasks import *
from .taskgroups import *
from .threads import *
from .timeouts import *
from .transports import *
from .unix_events import *

# Legacy (Python 3.4): the @asyncio.coroutine decorator and asyncio.async,
# an alias of ensure_future (`async` is a keyword, hence globals()).
from .coroutines import coroutine
globals()['async'] = ensure_future

# (as in CPython 3.11, TaskGroup is exported but not listed in __all__)
__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           queues.__all__ +
           runners.__all__ +
           streams.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           transports.__all__ +
           unix_events.__all__)
