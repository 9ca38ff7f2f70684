# assign to literal with compare suggestion
1 = x
