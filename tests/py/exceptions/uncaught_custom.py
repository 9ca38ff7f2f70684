# Uncaught custom exception with a message
class ConfigError(Exception):
    pass
print('checking')
raise ConfigError('bad setting: 42')
