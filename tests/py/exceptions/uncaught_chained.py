# Uncaught chained exception: only the final exception line is compared
def load():
    try:
        return {}['config']
    except KeyError as e:
        raise RuntimeError('config missing') from e
print('loading')
load()
