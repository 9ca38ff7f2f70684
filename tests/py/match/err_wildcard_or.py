match 1:
    case _ | 2:
        pass
