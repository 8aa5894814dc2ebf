"""Helper module for lang_module_state.py (not a test): module-level state shared by importers."""
counter = 0
registry = []


def bump(n=1):
    global counter
    counter += n
    return counter


def register(name):
    registry.append(name)
    return len(registry)
