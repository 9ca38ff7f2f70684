# missing colon after if
x = 1
if x
    pass
