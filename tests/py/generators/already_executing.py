# A generator cannot be resumed while it is running; gi_running
def selfish():
    print('running inside:', me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print(type(e).__name__, e)
    yield 'done'
me = selfish()
print(me.gi_running)
print(next(me))
print(me.gi_running)
def sender():
    yield me2.send(None)
me2 = sender()
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)
