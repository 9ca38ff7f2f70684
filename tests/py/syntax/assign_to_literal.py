# assign to literal inside a tuple target
x = (1, 2)
(a, 1) = x
