# Uncaught NameError for a misspelled name
values = [1, 2, 3]
print(sum(values))
print(len(qzx_missing))
