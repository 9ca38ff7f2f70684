"""A minimal email package: email.message.Message and email.utils date helpers."""


def message_from_string(s, _class=None, *, policy=None):
    from email.message import Message
    msg = (_class or Message)()
    lines = s.split('\n')
    i = 0
    name = None
    while i < len(lines):
        line = lines[i].rstrip('\r')
        i += 1
        if not line:
            break
        if line[0] in ' \t' and name is not None:
            msg._headers[-1] = (name, msg._headers[-1][1] + '\n' + line)
            continue
        if ':' in line:
            name, value = line.split(':', 1)
            msg.set_raw(name.rstrip(' \t'), value.lstrip(' \t'))
    msg.set_payload('\n'.join(lines[i:]))
    return msg
