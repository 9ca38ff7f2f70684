# Uncaught TypeError calling None
handler = None
print('calling')
handler('event')
