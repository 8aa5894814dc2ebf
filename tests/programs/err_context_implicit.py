# Implicit chaining: an exception in an except block, shown with "During handling".
class ConfigError(Exception):
    pass
def read(cfg):
    try:
        return cfg["port"]
    except KeyError:
        raise ConfigError("port not configured")
print("start")
read({"host": "x"})
