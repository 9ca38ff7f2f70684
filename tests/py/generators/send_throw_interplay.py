# Mixed send/throw/next with state preserved across resumptions
def worker():
    state = []
    while True:
        try:
            cmd = yield state[:]
        except ValueError as e:
            state.append(f'err:{e}')
            continue
        if cmd is None:
            state.append('tick')
        elif cmd == 'reset':
            state.clear()
        else:
            state.append(cmd)
w = worker()
print(next(w))
print(w.send('a'))
print(next(w))
print(w.throw(ValueError('bad')))
print(w.send('b'))
print(w.send('reset'))
print(w.send('c'))
w.close()
print(w.gi_frame)
