# 'Task was destroyed but it is pending!': the task is freed by the cycle
# collector (task -> coroutine -> future -> done callback -> task)
import asyncio
import gc
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def handler(loop, context):
    print('handler:', context['message'].replace(HERE, ''))
    for key in sorted(context):
        if key != 'message':
            print('   ', key, type(context[key]).__name__)
    exc = context.get('exception')
    if exc is not None:
        print('    exception:', repr(exc))


# a task still pending when its loop is closed and dropped
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)


async def forever():
    await asyncio.sleep(100)

t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
loop.close()
del t
gc.collect()
print('end')
