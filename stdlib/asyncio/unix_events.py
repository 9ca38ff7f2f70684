"""The default event loop class and policy."""

__all__ = (
    'SelectorEventLoop',
    'DefaultEventLoopPolicy',
)

from . import base_events
from . import events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The default event loop (CPython's class name, for reprs)."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
