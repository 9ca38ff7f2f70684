# unterminated string
print("hello)
