"""asyncio.to_thread(): run a blocking function in the default executor."""

__all__ = "to_thread",

import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a separate thread (the loop's default
    executor), in a copy of the current contextvars context; return its
    result."""
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
